// `npm run bench`: measures diplograph against the naive approaches side by side in
// one run. Builds the site first (extracting the seeds if public/graph.json is
// missing), prints each row as it finishes and rewrites docs/benchmarks.md after
// every row, so a failure late in the run keeps every figure measured before it.
//   --quick            small sizes, one pair: a smoke run
//   --extraction-only, --rendering-only
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import zlib from 'node:zlib';
import { benchExtraction, type ExtractionRow, type RunFigure } from './extraction';
import { generateGraph } from './graphgen';
import { benchLoad, benchRenderer, graphBody, RENDERERS, withBrowserAndSite, type FrameWindow, type RendererKind, type RenderRow } from './rendering';

const quick = process.argv.includes('--quick');
const doExtraction = !process.argv.includes('--rendering-only');
const doRendering = !process.argv.includes('--extraction-only');
const fmt = (x: number | null | undefined, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));
const int = (x: number | null | undefined) => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en-GB'));

const state: {
  extraction: ExtractionRow[];
  rendering: RenderRow[];
  load: number | null;
  bundle: { entry: number; all: number; files: number } | null;
  unfinished: string | null;
} = { extraction: [], rendering: [], load: null, bundle: null, unfinished: 'the run is still going' };

/** Gzipped JS: what the first page load fetches (the entry chunk), and everything (lazy chunks and workers too). */
function bundleGzipKB(): { entry: number; all: number; files: number } {
  const html = fs.readFileSync('dist/index.html', 'utf8');
  const assets = fs.readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(`dist/assets/${f}`)).length / 1024;
  const entry = assets.filter((f) => html.includes(`assets/${f}`)).reduce((n, f) => n + gz(f), 0);
  return { entry, all: assets.reduce((n, f) => n + gz(f), 0), files: assets.length };
}

const mbs = (mb: number, f: RunFigure, by: 'wall' | 'cpu') => fmt(mb / f[by], mb / f[by] < 0.1 ? 3 : 2);

function extractionTable(rows: ExtractionRow[]): string {
  const lines = [
    '| corpus | distinct sentences | diplograph --jobs 1: MB/s by CPU / wall | --jobs 2: MB/s by CPU / wall | naive: MB/s by CPU / wall | ratio by CPU, --jobs 1 | ratio by wall, --jobs 1 / --jobs 2 | floor (MB/s, wall) | fraction of the floor, --jobs 1 / 2 | peak memory --jobs 1 / 2 / naive (MB) | pairs |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.style}, ${fmt(r.mb)} MB, ${r.files} files | ${fmt(100 * r.distinct, 1)}% | ${mbs(r.mb, r.jobs1, 'cpu')} / ${mbs(r.mb, r.jobs1, 'wall')} | ${mbs(r.mb, r.jobs2, 'cpu')} / ${mbs(r.mb, r.jobs2, 'wall')} | ${mbs(r.mb, r.naive, 'cpu')} / ${mbs(r.mb, r.naive, 'wall')} | ` +
        `**${fmt(r.cpuRatio, 1)}×** | ${fmt(r.wallRatio1, 1)}× / ${fmt(r.wallRatio2, 1)}× | ${fmt(r.mb / r.floor.wall, 1)} | ${fmt(100 * r.floorFraction1, 1)}% / ${fmt(100 * r.floorFraction2, 1)}% | ${int(r.jobs1.peakMB)} / ${int(r.jobs2.peakMB)} / ${int(r.naive.peakMB)} | ${r.pairs} |`,
    );
  }
  return lines.join('\n');
}

const win = (w: FrameWindow | null) => (w ? `**${fmt(w.redraws, 1)}** (${fmt(w.copies, 1)}; ${fmt(w.raf, 0)})` : '–');
const drawn = (w: FrameWindow | null) => (w && w.redraws > 0 ? `${int(w.segments)} / ${int(w.shapes)}` : '–');

function renderingTable(rows: RenderRow[]): string {
  const lines = [
    '| graph | renderer | first graph frame (ms from navigation) | longest main-thread task before it (ms) | layout running: redraws/s (bitmap copies/s; rAF/s) | drawn per redraw: edges / nodes | layout settled (s from navigation) | panning and zooming: redraws/s (copies/s; rAF/s) | drawn per redraw: edges / nodes | after a pan: last redraw (ms after the last move) / its draw calls (ms) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const settled = r.renderer !== 'app' ? 'stopped by the bench' : r.settledMs === null ? `not within ${fmt(r.settleBoundMs / 1000, 0)}` : fmt(r.settledMs / 1000, 1);
    lines.push(
      `| ${r.graph} | ${RENDERERS[r.renderer].label} | ${int(r.firstGraphFrameMs)} | ${r.blocking ? int(r.blocking.longestMs) : '–'} | ${win(r.layout)} | ${drawn(r.layout)} | ${settled} | ${win(r.pan)} | ${drawn(r.pan)} | ` +
        `${r.sharp ? `${int(r.sharp.afterMs)} / ${fmt(r.sharp.drawMs, 0)}` : '–'} |${r.problem ? ` (stopped: ${r.problem.replace(/\|/g, '/')})` : ''}`,
    );
  }
  const ratios: string[] = [];
  for (const g of [...new Set(rows.map((r) => r.graph))]) {
    const of = (k: RendererKind) => rows.find((r) => r.graph === g && r.renderer === k);
    const app = of('app');
    const canvas = of('d3-canvas');
    if (app && canvas) ratios.push(`${g}: the app's redraws/s ÷ D3 + one canvas's: ${fmt(app.layout && canvas.layout ? app.layout.redraws / canvas.layout.redraws : null, 1)}× while the layout runs, ${fmt(app.pan && canvas.pan ? app.pan.redraws / canvas.pan.redraws : null, 1)}× while panning.`);
  }
  return lines.join('\n') + (ratios.length ? '\n\n' + ratios.map((r) => `- ${r}`).join('\n') : '');
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;

function report(): string {
  const e = state.extraction;
  const r = state.rendering;
  return `# Benchmarks

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}${quick ? ' (a --quick run: small sizes, one pair)' : ''}.
Reproduce with \`npm run bench\` (\`-- --quick\` for a short run, \`-- --extraction-only\` or \`-- --rendering-only\` for one half); it runs on a fresh clone (it builds the site, extracting the seeds first) and rewrites this file after every row.
This machine is shared: other work ran beside this run, so absolute figures move by up to 50% between runs. The ratios are measured side by side in one run (extraction: within each pair of runs) and are the figures to compare.
${state.unfinished ? `\n**Incomplete: ${state.unfinished}.** Rows below are those measured so far.\n` : ''}
## Extraction

The corpora are generated (\`bench/distinctCorpus.ts\`): invented people (names built from syllables), real countries, capitals and demonyms, varied dates, figures and topics, so nearly every sentence is new (the column counts them, split as the floor splits): nothing can be skipped as a repeat. **news**: articles of one readout sentence among about fifteen sentences of background (figures, places, dates; 7% of sentences carry a meeting word, 12% in \`seeds/\`), 8 a file; **readouts**: articles of six sentences that all name people (every sentence a candidate: the extractor's worst case), 24 a file.

Four whole processes in turn, pair by pair, the order rotating each pair: diplograph at \`--jobs 1\` and \`--jobs 2\`, the naive baseline (\`bench/naive-extract.ts\`: each file's whole text through compromise's \`nlp()\`, then \`.people()\`, \`.places()\`, \`.organizations()\`, single-threaded), and the floor (\`bench/floor.mjs\`: read every file's bytes and split its text into sentences with one regex, as plain Node — nothing real extraction could do costs less). CPU time is user + system of the whole process with its threads (GNU time); wall time includes start-up. Ratios are naive ÷ diplograph within each pair, then the median; the fair comparison with a one-thread baseline is **by CPU time** (or by wall at \`--jobs 1\`); at \`--jobs 2\` the wall ratio uses this machine's two cores. One untimed warm-up of each command comes first.

${e.length ? extractionTable(e) : '(not measured in this run)'}

## Rendering

Generated graphs (\`bench/graphgen.ts\`, seeded preferential attachment: a few hubs gather most meetings), each loaded in three pages in the same headless Chromium (\`--disable-gpu\`, 1280×800), one after the other: the app; D3 + one canvas (\`bench/d3-canvas.js\`: d3-force on the main thread, every edge as one batched path and every node as one filled path, every frame, redrawn at each zoom event, one draw per animation frame); naive D3 SVG (\`bench/naive-svg.js\`: a \`<line>\`/\`<circle>\` per edge and node, all set every tick). All three are navigated to from the same server and fetch the same \`graph.json\`, so every clock starts at navigation.

What is counted (\`bench/frameProbe.js\`, injected before the page's own scripts, the same for all three): a **redraw** is a frame in which the page stroked or filled on its graph canvas (SVG: changed the graph's elements) — a new picture; a **copy** is a frame that only put a bitmap on the canvas (the app's cached picture while panning: blank where the map was off screen, soft until the sharp redraw); **rAF/s** is how often requestAnimationFrame fired, whatever was drawn. "Drawn per redraw" is the median of edge segments stroked (SVG: elements set) and node shapes filled per redraw. The first graph frame is the first frame that drew graph elements; long tasks come from the browser's Long Tasks API. Panning drags the background and turns the wheel about the pointer (a spot probed first so a drag moves the map, not a node); the app is panned once its layout settled (or at the bound, still laying out), the baselines with their simulations stopped. "After a pan" (only with the layout settled or stopped): the last redraw after the gesture's last move, and how long that redraw's draw calls held the main thread (rasterising comes on top).

${r.length ? renderingTable(r) : '(not measured in this run)'}

## Load

${state.load !== null ? `- Navigation to an interactive graph of the seeds (first node button attached), median of ${quick ? 3 : 5} fresh pages: ${fmt(state.load, 0)} ms.` : '- (not measured in this run)'}
${state.bundle ? `- JavaScript fetched on first load (entry chunk, gzip): ${fmt(state.bundle.entry, 1)} KB. All JavaScript including the lazily loaded chunks and workers: ${fmt(state.bundle.all, 1)} KB in ${state.bundle.files} files.` : ''}
`;
}

const save = () => {
  fs.mkdirSync('docs', { recursive: true });
  fs.writeFileSync("docs/benchmarks.md", report());
};
const say = (line: string) => console.log(line);

// A fresh clone has no public/graph.json: the build extracts the seeds first.
const built = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (built.status !== 0) {
  console.error('bench: npm run build failed; nothing measured');
  process.exit(1);
}
state.bundle = bundleGzipKB();
save();

if (doExtraction) {
  const sizes: Parameters<typeof benchExtraction>[0] = quick
    ? [{ mb: 0.25, pairs: 1, style: 'news' }, { mb: 1, pairs: 1, style: 'news' }]
    : [{ mb: 0.01, pairs: 3, style: 'news' }, { mb: 0.5, pairs: 3, style: 'news' }, { mb: 2, pairs: 2, style: 'news' }, { mb: 6, pairs: 1, style: 'news' }, { mb: 1, pairs: 1, style: 'readouts' }];
  console.error(`extraction: ${sizes.map((s) => `${s.mb} MB (${s.style})`).join(', ')} …`);
  benchExtraction(sizes, (row) => {
    state.extraction.push(row);
    save();
    say(extractionTable([row]).split('\n').pop()!);
  }, (l) => console.error(l));
}

if (doRendering) {
  const sizes: Array<[number, number]> = quick ? [[1000, 4000], [5000, 20000]] : [[5000, 20000], [20000, 80000], [50000, 200000]];
  await withBrowserAndSite(async (browser) => {
    for (const [n, m] of sizes) {
      const label = `${n / 1000}k / ${m / 1000}k`;
      const body = graphBody(generateGraph(n, m));
      const seconds = quick ? 3 : 6;
      const settleBoundMs = quick ? 20_000 : n <= 5000 ? 40_000 : 60_000;
      for (const kind of ['app', 'd3-canvas', 'naive-svg'] as RendererKind[]) {
        console.error(`rendering ${label}: ${RENDERERS[kind].label} …`);
        const row = await benchRenderer(browser, kind, label, body, { seconds, settleBoundMs });
        state.rendering.push(row);
        save();
        say(renderingTable([row]).split('\n')[2]!);
      }
    }
  });
  state.load = await benchLoad(quick ? 3 : 5);
}
state.unfinished = null;
save();
say(`\nwrote docs/benchmarks.md`);
