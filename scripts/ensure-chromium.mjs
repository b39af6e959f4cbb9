// Makes sure a Chromium is there for the end-to-end tests. Playwright cannot
// download its own browser on our machines, so on Debian as root we install the
// distribution's package; anywhere else we say, in one sentence, what to install.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there: point it at a Chromium or Chrome binary.`);
  process.exit(1);
}

const isDebian = fs.existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot) {
  console.error('No Chromium found: installing Debian\'s chromium package with apt-get (one time)...');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('apt-get could not install chromium: install it by hand (apt-get install chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  if (findChromium()) process.exit(0);
}
console.error('The end-to-end tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium binary.');
process.exit(1);
