// Runs the project's own tools as child processes that stop when we are stopped.
// npm delivers SIGTERM (or Ctrl-C's SIGINT) to the script it runs; a child started
// through npx or a shell would not hear it and run on, orphaned (a leftover
// extraction once overwrote graph.json minutes later). So tools are started
// straight from node_modules with this Node, every stop signal is passed on to the
// child in hand, and we exit with the child once it has exited.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The JavaScript entry of a package's command (node_modules/.bin/<name> without its shell or npx layer). */
const BINS = { tsx: 'node_modules/tsx/dist/cli.mjs', vite: 'node_modules/vite/bin/vite.js' };

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let current = null;
let stopping = null;
for (const sig of SIGNALS) {
  process.on(sig, () => {
    stopping = sig;
    if (current) current.kill(sig);
    else process.exit(128 + os.constants.signals[sig]);
  });
}

/** Runs a JavaScript file with this Node in the project folder; resolves with its exit code. If we were told to stop while it ran, we exit as it exits. */
function run(file, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file, ...args], { stdio: 'inherit', cwd: root });
    current = child;
    child.on('exit', (code, signal) => {
      current = null;
      if (stopping) process.exit(128 + os.constants.signals[stopping]);
      resolve(code ?? (signal ? 128 + os.constants.signals[signal] : 1));
    });
    child.on('error', (e) => {
      current = null;
      console.error(`${path.basename(file)}: ${e.message}`);
      resolve(1);
    });
  });
}

/** Runs a package's command (a key of BINS) with `args`. */
export const runTool = (tool, args) => run(path.join(root, BINS[tool]), args);

/** Runs a script of ours (scripts/<name>). */
export const runScript = (name, args = []) => run(path.join(root, 'scripts', name), args);
