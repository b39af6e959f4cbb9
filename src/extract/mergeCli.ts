// `npm run merge -- PARTIAL... --output graph.json`: joins the partial results of
// `npm run extract -- --shard K/N` (one per shard, from any hosts) with the same
// cross-file stage as a single run, so the output is byte-identical to it.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS, formatGraph, isExportFormat } from '../export';
import { readCorrections, reviewGraph } from '../review/cli';
import { mergeFiles } from './merge';
import { joinPartials, PartialError, readPartial } from './shard';

const USAGE = `usage: npm run merge -- PARTIAL... [--output FILE] [--format F] [--corrections FILE] [--quiet]

Merges the partial results written by npm run extract -- --shard K/N (one file per
shard, all N of them) into one graph, byte-identical to a single run over every file.
Refuses, naming the file, a partial that is unreadable, cut short or of another
format; shards of different splits, inputs or settings; a shard given twice; a
missing shard.

  --output FILE  where to write the graph (default public/graph.json; with another
                 --format, graph.<format>)
  --format F     ${FORMATS.join('|')} (default json)
  --corrections FILE  an analyst's corrections (the explorer's Review panel export),
                 applied over the merged graph as npm run extract applies them
  --quiet        no summary on stderr
  -h, --help     this help`;

function fail(message: string, code = 2): never {
  console.error(`merge: ${message}`);
  process.exit(code);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f', default: 'json' },
      corrections: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  parsed = parse();
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = values.format!;
if (!isExportFormat(format)) fail(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}\n${USAGE}`);
if (positionals.length === 0) fail(`no partials given\n${USAGE}`);
const output = values.output ?? (format === 'json' ? 'public/graph.json' : `graph.${format}`);
// Read and checked before the partials are (readCorrections exits naming the file and field).
const corrections = values.corrections === undefined ? null : readCorrections(values.corrections);

let text: string;
let summary: string;
try {
  const partials = positionals.map((file) => ({ file, partial: readPartial(file) }));
  const results = joinPartials(partials);
  if (results.length === 0) fail(`nothing was extracted in any of the ${partials.length} partials (every file was skipped)`, 1);
  const graph = corrections ? reviewGraph(mergeFiles(results), corrections, values.corrections!) : mergeFiles(results);
  text = format === 'json' ? JSON.stringify(graph, null, 1) + '\n' : formatGraph(graph, format).text;
  summary = `${partials.length} partial${partials.length > 1 ? 's' : ''}, ${results.length} files, ${graph.corpus?.articles ?? 0} articles: ${graph.entities.length} entities, ${graph.meetings.length} meetings`;
} catch (e) {
  if (e instanceof PartialError) fail(e.message, 1);
  throw e;
}

// Written beside the output and renamed over it: a failed write leaves the previous file whole.
const temporary = path.join(path.dirname(output), `.${path.basename(output)}.merge-${process.pid}`);
try {
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, output);
} catch (e) {
  fs.rmSync(temporary, { force: true });
  fail(`cannot write ${output}: ${(e as NodeJS.ErrnoException)?.code ?? (e as Error).message}`, 1);
}
if (!values.quiet) console.error(`wrote ${output}: ${summary}`);
