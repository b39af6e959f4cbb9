// `npm test`: typecheck, unit tests (vitest), then end-to-end tests (Playwright in
// Chromium against the built site). Ends with one line that sums both suites.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;
const readJson = (f) => {
  try {
    return JSON.parse(fs.readFileSync(f, 'utf8'));
  } catch {
    return null;
  }
};
fs.rmSync('test-results', { recursive: true, force: true });

let passed = 0;
let failed = 0;
let broken = false;
const step = (name, status) => {
  if (status !== 0) {
    console.error(`\n${name} failed (exit ${status}).`);
    broken = true;
  }
};

step('typecheck', run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));

step('unit tests', run('npx', ['vitest', 'run']));
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}

const chromium = run('node', ['scripts/ensure-chromium.mjs']);
step('chromium', chromium);
if (chromium === 0) {
  step('build', run('npm', ['run', '-s', 'build']));
  step('e2e tests', run('npx', ['playwright', 'test']));
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
  }
}

if (broken && failed === 0) failed = 1; // a failed step that ran no test still fails the run
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(broken ? 1 : 0);
