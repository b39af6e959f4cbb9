// `npm start` serves the dev server: it must send the same Content-Security-Policy as
// the built site (it once sent none), and the app must run under it in Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveGraph } from './fixtures/serve';

const PORT = 4192;
const URL = `http://127.0.0.1:${PORT}/`;
let server: ChildProcess;

test.beforeAll(async () => {
  server = spawn(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(URL)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the dev server did not start');
});
test.afterAll(() => { server?.kill('SIGTERM'); });

test('the dev server sends the built policy (plus its preamble nonce) and the app runs under it without violations', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await serveGraph(page);
  const response = await page.goto(URL);
  const csp = response!.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[\w-]{24}'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'$/);
  await expect(page.locator('[data-entity-id]').first()).toBeAttached({ timeout: 30_000 });
  const inPage = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect([...violations, ...inPage]).toEqual([]);
  // An inline script without the nonce (as an injected name would be) does not run.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
