// Stopping npm stops what it started: SIGTERM to `npm start` or `npm run extract`
// must not leave Vite serving or an extraction running (one used to overwrite
// graph.json minutes later).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '..');

/** Every process below `pid`, read from ps. */
function descendants(pid: number): number[] {
  const rows = spawnSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).stdout.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const out: number[] = [];
  const walk = (p: number) => { for (const [c, pp] of rows) if (pp === p) { out.push(c); walk(c); } };
  walk(pid);
  return out;
}
const alive = (pids: number[]) => pids.filter((p) => { try { process.kill(p, 0); return true; } catch { return false; } });

/** Every npm started here: whatever of their trees a failed test leaves running is ended after the tests. */
const started: ChildProcess[] = [];
afterAll(() => {
  for (const npm of started) for (const p of [...descendants(npm.pid!), npm.pid!]) try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
});

/** Starts npm with `args`; resolves once its output matches `ready`. */
function startNpm(args: string[], ready: RegExp, env: NodeJS.ProcessEnv = {}): Promise<{ npm: ChildProcess; output: () => string }> {
  const npm = spawn('npm', args, { cwd: repo, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(npm);
  let output = '';
  return new Promise((resolve, reject) => {
    const hear = (d: Buffer) => {
      // (Colours off: with CI set, Vite's colour library writes escapes between the host and the port.)
      output += d.toString().replace(/\x1b\[[0-9;]*m/g, '');
      if (ready.test(output)) resolve({ npm, output: () => output });
    };
    npm.stdout!.on('data', hear);
    npm.stderr!.on('data', hear);
    npm.on('exit', (code) => reject(new Error(`npm ${args.join(' ')} exited (${code}) before it was ready:\n${output}`)));
  });
}

/** Sends SIGTERM to npm alone (as a supervisor or `kill` would) and returns what of its tree is still running after a while. */
async function stopAndSurvivors(npm: ChildProcess): Promise<number[]> {
  const tree = descendants(npm.pid!);
  expect(tree.length).toBeGreaterThan(0);
  const exited = new Promise((r) => npm.once('exit', r));
  npm.kill('SIGTERM');
  await exited;
  for (let i = 0; i < 50 && alive(tree).length; i++) await new Promise((r) => setTimeout(r, 200));
  const left = alive(tree);
  for (const p of left) try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
  return left;
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-signals-'));
  fs.mkdirSync(path.join(dir, 'in'));
  // Invented prose, every sentence different (nothing is read once), long enough to be running when stopped.
  const lines = Array.from({ length: 40_000 }, (_, i) => `Foreign Minister Ivo Marek of Croatia spoke about fishing quota ${i} with reporters in Zagreb on the ${i % 28 + 1}th day.`);
  fs.writeFileSync(path.join(dir, 'in', 'long.txt'), lines.join('\n') + '\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// `npm start` extracts the seeds first when public/graph.json is missing (a fresh clone): done here, before the clock of
// the test runs, so the test below times Vite's start alone, not an extraction competing with the other test files.
beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/ensure-graph.mjs'], { cwd: repo, encoding: 'utf8', timeout: 240_000 });
  expect(r.status, r.stderr).toBe(0);
}, 250_000);

describe('stopping npm', () => {
  it('SIGTERM to `npm run extract` stops the extraction, and the last output stays as it was', async () => {
    const out = path.join(dir, 'graph.json');
    fs.writeFileSync(out, '{"previous": true}\n');
    const { npm } = await startNpm(['run', 'extract', '--', '--input', path.join(dir, 'in'), '--output', out, '--jobs', '1'], /long\.txt: \d+%/);
    expect(await stopAndSurvivors(npm)).toEqual([]);
    expect(fs.readFileSync(out, 'utf8')).toBe('{"previous": true}\n');
  }, 60_000);

  it('SIGTERM to `npm start` stops Vite', async () => {
    const port = String(5400 + Math.floor(Math.random() * 400));
    const { npm } = await startNpm(['start'], new RegExp(`127\\.0\\.0\\.1:${port}`), { PORT: port, HOST: '127.0.0.1' });
    expect(await stopAndSurvivors(npm)).toEqual([]);
  }, 120_000);
});
