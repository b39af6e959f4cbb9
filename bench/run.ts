// `npm run bench`: measures diplograph against the naive approach side by side in
// one run, prints one table and writes it to docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import zlib from 'node:zlib';
import { execSync } from 'node:child_process';
import { benchExtraction, benchMemory, type ExtractionRow } from './extraction';
import { generateGraph } from './graphgen';
import { benchLoad, benchRendering, type FpsRow } from './rendering';

const quick = process.argv.includes('--quick');
const fmt = (x: number | null, d = 2) => (x === null ? '–' : x.toFixed(d));

/** Gzipped JS: what the first page load fetches (the entry chunk), and everything (lazy chunks and workers too). */
function bundleGzipKB(): { entry: number; all: number; files: number } {
  execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  const html = fs.readFileSync('dist/index.html', 'utf8');
  const assets = fs.readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(`dist/assets/${f}`)).length / 1024;
  const entry = assets.filter((f) => html.includes(`assets/${f}`)).reduce((n, f) => n + gz(f), 0);
  return { entry, all: assets.reduce((n, f) => n + gz(f), 0), files: assets.length };
}

function extractionTable(rows: ExtractionRow[]): string {
  const lines = [
    '| corpus | size (MB) | diplograph (MB/s) | naive compromise (MB/s) | ratio (median of pairs) | peak memory diplograph / naive (MB) |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(`| seeds ×${r.factor} | ${fmt(r.mb)} | ${fmt(r.diplographMBs)} | ${fmt(r.naiveMBs)} | ${r.ratio === null ? '–' : fmt(r.ratio, 1) + '×'} | ${fmt(r.diplographPeakMB, 0)} / ${fmt(r.naivePeakMB, 0)} |`);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first && last && last !== first) {
    const timeRatio = (last.mb / last.diplographMBs) / (first.mb / first.diplographMBs);
    lines.push('', `Scaling: ${fmt(last.mb / first.mb, 0)}× the text took ${fmt(timeRatio, 1)}× the time.`);
  }
  return lines.join('\n');
}

const factors = quick ? [1, 4] : [1, 4, 16];
console.error(`extraction: corpora ${factors.map((f) => f + 'x').join(', ')} …`);
// --rendering-only skips the slow extraction runs (handy when working on the renderer).
const rows = process.argv.includes('--rendering-only') ? [] : benchExtraction({ factors, pairs: quick ? 1 : 3, naiveUpTo: 16 });
const memory = process.argv.includes('--rendering-only') ? null : benchMemory(quick ? 8 : 64);
const bundle = bundleGzipKB();
const [entities, meetings] = quick ? [1000, 4000] : [5000, 20000];
console.error(`rendering: ${entities} entities / ${meetings} meetings …`);
const loadMs = await benchLoad(quick ? 3 : 5);
const fps = await benchRendering(generateGraph(entities, meetings), { seconds: quick ? 3 : 6 });

function renderingTable(rows: FpsRow[]): string {
  const [ours, naive] = rows;
  const lines = ['| renderer | fps while the layout runs | fps while panning and zooming | fps while dragging a node² | first paint (ms)¹ |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.renderer} | ${fmt(r.layoutFps, 1)} | ${fmt(r.panZoomFps, 1)} | ${r.nodeDragFps === null ? '—' : fmt(r.nodeDragFps, 1)} | ${fmt(r.firstPaintMs, 0)} |`);
  if (ours && naive) lines.push(`| ratio | ${fmt(ours.layoutFps / naive.layoutFps, 1)}× | ${fmt(ours.panZoomFps / naive.panZoomFps, 1)}× | | |`);
  return lines.join('\n');
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
const doc = `# Benchmarks

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.
Reproduce with \`npm run bench\` (\`npm run bench -- --quick\` for a short run). The machine is noisy: compare the ratios measured side by side in one run, not absolute times across runs.

## Extraction throughput

The naive baseline (\`bench/naive-extract.ts\`) is what a user would write first: each file's whole text through \`nlp()\`, then \`.people()\`, \`.places()\`, \`.organizations()\`. The corpora are the seeds repeated with variations (\`bench/corpus.ts\`). Each row alternates the two commands pair by pair; times are whole processes.

${extractionTable(rows)}

${memory ? `Peak memory on a large corpus (the seeds repeated to ${fmt(memory.mb, 0)} MB): ${fmt(memory.peakMB, 0)} MB for the whole process tree's largest process, in ${fmt(memory.seconds, 0)} s (${fmt(memory.mb / memory.seconds)} MB/s). Files are read and extracted one at a time per worker, so memory follows the largest file, not the corpus.` : ''}

## Rendering

A generated graph of ${entities} entities and ${meetings} meetings (\`bench/graphgen.ts\`, seeded preferential attachment), loaded in the real app and in the naive D3 SVG version (\`bench/naive-svg.js\`: a \`<circle>\`/\`<line>\` per element, all updated every tick) in the same headless Chromium (\`--disable-gpu\`), one after the other. Frames counted with requestAnimationFrame.

${renderingTable(fps)}

Panning drags the background, as a user pans: the bench first probes for a spot where a drag moves the map, then drags there and back and zooms about the pointer with the wheel, so the same background stays under it. (An earlier version of this bench pressed at the middle of the map, which on this graph is a node: half its "pans" dragged a node, and the other half ended in a click that selected one. It reported 28 fps.)

¹ The app's first paint counts from navigation (page, bundle, data, layout start); the naive page's from the moment its data is already in the page.
² Pressing on the biggest node in view and dragging it to and fro: each frame redraws the graph at motion detail (on a graph this size the layout is not woken). The naive page has no node drag.

## Load

- Navigation to an interactive graph of the seeds (first node clickable), median of ${quick ? 3 : 5} fresh pages: ${fmt(loadMs, 0)} ms.
- JavaScript fetched on first load (entry chunk, gzip): ${fmt(bundle.entry, 1)} KB. All JavaScript including the lazily loaded chunks and workers (the in-browser extractor with compromise, metrics, exports): ${fmt(bundle.all, 1)} KB in ${bundle.files} files.
`;
fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/benchmarks.md', doc);
console.log(doc);
