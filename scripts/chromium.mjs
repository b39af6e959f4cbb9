// Finds the Chromium the end-to-end tests drive. Order: $CHROMIUM_PATH, Debian's
// /usr/bin/chromium, then Playwright's own download where a machine has one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightOwnChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!fs.existsSync(cache)) return null;
  // Playwright resolves the exact build itself; we only need to know one is there.
  return fs.readdirSync(cache).some((d) => d.startsWith('chromium')) ? 'playwright' : null;
}

/** @returns {{ kind: 'path', path: string } | { kind: 'playwright' } | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? { kind: 'path', path: fromEnv } : null;
  if (fs.existsSync(DEBIAN_CHROMIUM)) return { kind: 'path', path: DEBIAN_CHROMIUM };
  if (playwrightOwnChromium()) return { kind: 'playwright' };
  return null;
}
