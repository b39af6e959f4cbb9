// Rendering as a user sees it: the real app, D3 + one canvas drawing everything,
// and naive D3 SVG, on the same generated graph, in the same headless Chromium, one
// after the other in one run. Every page is navigated to from the same server and
// fetches the same graph.json, so "first graph frame" starts at navigation on all
// three. bench/frameProbe.js counts what each page really drew, frame by frame.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
// @ts-expect-error plain ESM helper shared with the scripts
import { findChromium } from '../scripts/chromium.mjs';
import type { GraphDocument } from '../src/model';
import { median } from './stats';

const PORT = 4188;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1280, height: 800 };

export type RendererKind = 'app' | 'd3-canvas' | 'naive-svg';

export const RENDERERS: Record<RendererKind, { label: string; draws: string; canvas: string | null; zoomed: string }> = {
  app: {
    label: 'diplograph',
    draws: 'one canvas, layout in a worker; culled, fewer edges while moving, a cached bitmap while panning',
    canvas: 'canvas.dg-graph__canvas:not(.dg-graph__marks)',
    zoomed: '.dg-graph__stage',
  },
  'd3-canvas': { label: 'D3 + one canvas', draws: 'd3-force on the main thread; every edge and node, every frame', canvas: 'canvas', zoomed: 'canvas' },
  'naive-svg': { label: 'naive D3 SVG', draws: 'a <line>/<circle> per edge and node, all set every tick', canvas: null, zoomed: 'svg' },
};

/** Redraw counts over one measured window (bench/frameProbe.js). */
export interface FrameWindow {
  seconds: number;
  /** requestAnimationFrame callbacks per second: not pictures. */
  raf: number;
  /** Frames showing a new picture (stroke/fill on the graph canvas, or the SVG changed). */
  redraws: number;
  /** Frames that only copied a bitmap onto the graph canvas. */
  copies: number;
  /** Median per redraw: edge segments stroked (SVG: elements updated) and node shapes filled. */
  segments: number | null;
  shapes: number | null;
}

export interface RenderRow {
  graph: string;
  renderer: RendererKind;
  /** From navigation to the first frame that shows graph elements. */
  firstGraphFrameMs: number | null;
  /** Longest main-thread task before that frame, and their sum. */
  blocking: { longestMs: number; totalMs: number } | null;
  layout: FrameWindow | null;
  /** The app: from navigation until its layout settled; null when it had not within the bound. */
  settledMs: number | null;
  settleBoundMs: number;
  pan: FrameWindow | null;
  /**
   * After a pan gesture ends, with the layout settled (the baselines': stopped): from its last pointer move or wheel
   * notch to the last redraw (the sharp picture), and that redraw's draw calls' main-thread time. Medians of three.
   */
  sharp: { afterMs: number; drawMs: number | null } | null;
  problem: string | null;
}

/**
 * Polls `expr` in the page until it is truthy; false at the timeout. (Not waitForFunction: that evaluates its
 * predicate with eval inside the page, which the app's Content Security Policy refuses.)
 */
async function waitUntil(page: Page, expr: string, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  do {
    if (await page.evaluate(expr)) return true;
    await page.waitForTimeout(everyMs);
  } while (Date.now() < end);
  return false;
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * Pans (drag) and zooms (wheel) with the mouse at one spot, one gesture a call. Drags go
 * there and back, and the wheel zooms about the pointer, so the same background stays
 * under the pointer for the whole run.
 */
function panZoom(page: Page, at: { x: number; y: number }) {
  let step = 0;
  return async () => {
    step++;
    await page.mouse.move(at.x, at.y);
    if (step % 2) {
      const dir = step % 4 === 1 ? 1 : -1;
      await page.mouse.down();
      await page.mouse.move(at.x + 40 * dir, at.y + 20 * dir, { steps: 4 });
      await page.mouse.up();
      if (dir < 0) await page.mouse.move(at.x, at.y);
    } else {
      await page.mouse.wheel(0, step % 4 ? -120 : 120);
    }
  };
}

/**
 * A spot to pan from: background, not a node (pressing on a node drags it, a click selects it).
 * Tries spots from the corners inwards and keeps the first where a drag there and back moves
 * the map (d3-zoom keeps its transform on the element as `__zoom`).
 */
async function backgroundSpot(page: Page, box: Box, zoomed: string): Promise<{ x: number; y: number }> {
  const read = () => page.evaluate(`(() => { const t = document.querySelector(${JSON.stringify(zoomed)}).__zoom; return t ? [t.x, t.y] : [0, 0]; })()`) as Promise<[number, number]>;
  const insets: Array<[number, number]> = [[0.05, 0.9], [0.05, 0.1], [0.95, 0.1], [0.95, 0.9], [0.5, 0.9], [0.5, 0.1], [0.05, 0.5], [0.95, 0.5]];
  for (const [fx, fy] of insets) {
    const at = { x: box.x + fx * box.width, y: box.y + fy * box.height };
    const gesture = panZoom(page, at);
    const t0 = await read();
    await gesture();
    const t1 = await read();
    await gesture(); // a wheel notch in
    await gesture(); // the drag back
    const t2 = await read();
    await gesture(); // the wheel notch out
    if (Math.abs(t1[0] - t0[0] - 40) < 1 && Math.abs(t1[1] - t0[1] - 20) < 1 && t2[0] !== t1[0]) return at;
  }
  throw new Error('no background spot to pan from: every probe landed on a node');
}

const baselinePage = (kind: RendererKind) => `<!doctype html><html><head><meta charset="utf-8"><title>${kind}</title>
<style>body { margin: 0; overflow: hidden }</style></head><body>
<script src="/__bench/d3.min.js"></script><script src="/__bench/${kind}.js"></script>
<script>fetch('/graph.json').then((r) => r.json()).then((g) => window.benchRender(g));</script></body></html>`;

/** Headless Chromium and the built site (`vite preview` of dist/); the baselines' pages are served beside it. */
export async function withBrowserAndSite<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const found = findChromium() as { kind: 'path'; path: string } | { kind: 'playwright' } | null;
  const browser = await chromium.launch({ args: ARGS, ...(found?.kind === 'path' ? { executablePath: found.path } : {}) });
  const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100; i++) {
      if (await fetch(ORIGIN).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    return await use(browser);
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Opens one renderer on `body` (a graph.json) and measures it; what a failed phase could not measure stays null. */
export async function benchRenderer(browser: Browser, kind: RendererKind, graphLabel: string, body: string, opts: { seconds: number; settleBoundMs: number }): Promise<RenderRow> {
  const r = RENDERERS[kind];
  const row: RenderRow = { graph: graphLabel, renderer: kind, firstGraphFrameMs: null, blocking: null, layout: null, settledMs: null, settleBoundMs: opts.settleBoundMs, pan: null, sharp: null, problem: null };
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(120_000);
  const ms = opts.seconds * 1000;
  try {
    await page.addInitScript({ path: 'bench/frameProbe.js' });
    await page.addInitScript(`window.__probe.target = ${JSON.stringify(r.canvas)};`);
    await page.route('**/graph.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.route('**/__bench/**', (route) => {
      const file = new URL(route.request().url()).pathname.slice('/__bench/'.length);
      if (file.endsWith('.html')) return route.fulfill({ body: baselinePage(file.slice(0, -5) as RendererKind), contentType: 'text/html' });
      const src = file === 'd3.min.js' ? 'node_modules/d3/dist/d3.min.js' : `bench/${file}`;
      return route.fulfill({ body: fs.readFileSync(src), contentType: 'text/javascript' });
    });
    await page.goto(kind === 'app' ? `${ORIGIN}/` : `${ORIGIN}/__bench/${kind}.html`, { waitUntil: 'commit' });
    if (!(await waitUntil(page, '!!window.__probe && window.__probe.firstGraphFrameMs !== null', 180_000))) throw new Error('no graph frame within 180 s');
    row.firstGraphFrameMs = (await page.evaluate('window.__probe.firstGraphFrameMs')) as number;
    row.blocking = (await page.evaluate('window.__probe.blocking()')) as RenderRow['blocking'];

    await page.evaluate('window.__probe.start()');
    await page.waitForTimeout(ms);
    row.layout = (await page.evaluate('window.__probe.stop()')) as FrameWindow;

    if (kind === 'app') {
      // Panning is measured once the layout has settled, or at the bound if it has not.
      const left = Math.max(1000, opts.settleBoundMs - ((await page.evaluate('performance.now()')) as number));
      if (await waitUntil(page, 'document.querySelector(".dg-graph__stage")?.dataset.layout === "settled"', left, 250)) row.settledMs = (await page.evaluate('performance.now()')) as number;
    } else {
      // The baselines' layouts are stopped for panning: favourable to them (the app's may still run).
      await page.evaluate('window.benchSimulation.stop()');
    }
    const box = kind === 'app' ? ((await page.locator(r.zoomed).boundingBox()) ?? { x: 0, y: 0, ...VIEWPORT }) : { x: 0, y: 0, ...VIEWPORT };
    const spot = await backgroundSpot(page, box, r.zoomed);
    await page.waitForTimeout(1000); // the probe's full redraw
    const gesture = panZoom(page, spot);
    await page.evaluate('window.__probe.start()');
    const t0 = Date.now();
    while (Date.now() - t0 < ms) await gesture();
    row.pan = (await page.evaluate('window.__probe.stop()')) as FrameWindow;

    if (kind !== 'app' || row.settledMs !== null) {
      const after: number[] = [];
      const cost: number[] = [];
      for (let i = 0; i < 3; i++) {
        await gesture(); // a drag (odd steps) or a wheel notch
        await page.waitForTimeout(2500);
        const [a, c] = (await page.evaluate('[window.__probe.lastRedrawAfterMarkMs, window.__probe.lastRedrawCostMs]')) as [number | null, number | null];
        if (a !== null) after.push(a);
        if (c !== null) cost.push(c);
      }
      row.sharp = after.length ? { afterMs: median(after), drawMs: cost.length ? median(cost) : null } : null;
    }
  } catch (e) {
    row.problem = ((e as Error).message ?? String(e)).split('\n')[0]!.slice(0, 200);
  } finally {
    await page.close().catch(() => undefined);
  }
  return row;
}

/**
 * Time from navigation to an interactive graph on the seeds: the first node
 * button (the graph is clickable from then on). Median of `runs` fresh pages.
 */
export function benchLoad(runs: number): Promise<number> {
  return withBrowserAndSite(async (browser) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: VIEWPORT });
      const t0 = Date.now();
      await page.goto(`${ORIGIN}/`);
      await page.locator('[aria-label="Graph"] [data-entity-id]').first().waitFor({ state: 'attached', timeout: 60_000 });
      times.push(Date.now() - t0);
      await page.close();
    }
    return median(times);
  });
}

export const graphBody = (g: GraphDocument) => JSON.stringify(g);
