// The extraction CLI: the only place with I/O. Reads text files, runs the pipeline, writes graph.json.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractGraph, type InputFile } from './pipeline';

const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'seeds' },
    output: { type: 'string', default: 'public/graph.json' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: npm run extract -- [--input DIR] [--output FILE]');
  process.exit(0);
}
const input = values.input!;
const files: InputFile[] = fs
  .readdirSync(input, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => path.join(d.parentPath, d.name))
  .sort()
  .map((p) => ({ name: path.relative(input, p), text: fs.readFileSync(p, 'utf8') }));
const graph = extractGraph(files);
fs.mkdirSync(path.dirname(values.output!), { recursive: true });
fs.writeFileSync(values.output!, JSON.stringify(graph, null, 1) + '\n');
console.error(`wrote ${values.output}: ${graph.entities.length} entities, ${graph.meetings.length} meetings`);
