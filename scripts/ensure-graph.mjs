// Runs the extraction when public/graph.json is missing or older than what it is
// made from (the seeds, the extractor's code, the model), so `npm start` and
// `npm run build` always show the current seeds without a manual step.
import fs from 'node:fs';
import path from 'node:path';
import { runTool } from './children.mjs';

const GRAPH = 'public/graph.json';
const SOURCES = ['seeds', 'src/extract', 'src/model'];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const d of fs.readdirSync(p, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) newest = Math.max(newest, fs.statSync(path.join(d.parentPath, d.name)).mtimeMs);
  }
  return newest;
}

const graphTime = fs.existsSync(GRAPH) ? fs.statSync(GRAPH).mtimeMs : 0;
const sourceTime = Math.max(...SOURCES.map(newestMtime));
if (graphTime > sourceTime && !process.argv.includes('--force')) {
  console.error(`${GRAPH} is up to date.`);
  process.exit(0);
}
console.error(graphTime ? `${GRAPH} is older than the seeds or the extractor: extracting again...` : `No ${GRAPH} yet: extracting the seeds...`);
// (Not spawnSync through npx: a stop signal would end this script and leave the extraction running.)
process.exit(await runTool('tsx', ['src/extract/cli.ts', '--input', 'seeds', '--output', GRAPH]));
