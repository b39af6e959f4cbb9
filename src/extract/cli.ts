// The extraction CLI: the only place with I/O. Reads text files, runs the pipeline, writes graph.json.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractFile, mergeFiles, type FileResult, type InputFile } from './pipeline';

const USAGE = `usage: npm run extract -- [--input DIR] [--output FILE] [--quiet]

Reads every text file under DIR (recursively), splits pages into articles, finds
people, organisations, countries and the meetings between them, and writes a
graph.json (schemaVersion 1) to FILE. Defaults: --input seeds --output public/graph.json.
The same input always gives a byte-identical output.

  --input DIR    folder of text files (UTF-8; other encodings are read as Latin-1)
  --output FILE  where to write graph.json (folders are created)
  --quiet        no progress on stderr
  -h, --help     this help`;

let values: { input?: string; output?: string; help?: boolean; quiet?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      input: { type: 'string', default: 'seeds' },
      output: { type: 'string', default: 'public/graph.json' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  console.error(`extract: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const input = values.input!;
const output = values.output!;

function listFiles(dir: string): string[] {
  try {
    const st = fs.statSync(dir);
    if (st.isFile()) return [dir];
    return fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => path.join(d.parentPath, d.name))
      .sort();
  } catch (e) {
    console.error(`extract: cannot read input folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return [];
  }
}

/** Decodes a file: UTF-8, else Latin-1 with a warning; null for binary files. */
function decode(name: string, buf: Buffer): string | null {
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) {
    console.error(`warning: skipped ${name}: binary file (contains NUL bytes)`);
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    console.error(`warning: ${name} is not valid UTF-8: decoded as Latin-1`);
    return new TextDecoder('latin1').decode(buf);
  }
}

const paths = listFiles(input);
const root = fs.existsSync(input) && fs.statSync(input).isFile() ? path.dirname(input) : input;
const results: FileResult[] = [];
const t0 = Date.now();
let bytes = 0;
let lastReport = 0;
paths.forEach((p, i) => {
  const name = path.relative(root, p).split(path.sep).join('/');
  let buf: Buffer;
  try {
    buf = fs.readFileSync(p);
  } catch (e) {
    console.error(`warning: skipped ${name}: unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return;
  }
  const text = decode(name, buf);
  if (text === null) return;
  const file: InputFile = { name, text };
  try {
    results.push(extractFile(file));
  } catch (e) {
    console.error(`warning: skipped ${name}: extraction failed (${(e as Error).message})`);
    return;
  }
  bytes += buf.length;
  const now = Date.now();
  if (!values.quiet && (now - lastReport > 1000 || i === paths.length - 1) && paths.length > 1) {
    lastReport = now;
    const mbs = bytes / 1e6 / Math.max(0.001, (now - t0) / 1000);
    process.stderr.write(`extract: ${i + 1}/${paths.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${mbs.toFixed(2)} MB/s\n`);
  }
});

if (results.length === 0) {
  console.error(`extract: nothing could be read under ${input}`);
  process.exit(1);
}
const graph = mergeFiles(results);
fs.mkdirSync(path.dirname(output) || '.', { recursive: true });
fs.writeFileSync(output, JSON.stringify(graph, null, 1) + '\n');

const secs = (Date.now() - t0) / 1000;
const count = <T,>(xs: T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].sort().map(([k, n]) => `${k} ${n}`).join(', ');
};
console.error(
  `wrote ${output}: ${results.length} files, ${graph.corpus?.articles ?? 0} articles, ${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(1)} s (${(bytes / 1e6 / Math.max(secs, 0.001)).toFixed(2)} MB/s)\n` +
    `  entities: ${count(graph.entities, (e) => e.type)}\n` +
    `  meetings: ${graph.meetings.length} (${count(graph.meetings, (m) => m.kind)})`,
);
