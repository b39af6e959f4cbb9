import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the scripts, no types needed
import { findChromium } from './scripts/chromium.mjs';

const chromium = findChromium() as { kind: 'path'; path: string } | { kind: 'playwright' } | null;
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    launchOptions: {
      // Debian's Chromium (or $CHROMIUM_PATH) where there is one; otherwise Playwright's own build.
      ...(chromium?.kind === 'path' ? { executablePath: chromium.path } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The e2e tests run against the built static site, as users deploy it.
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
