// Rendering: frames per second of the real app and of the naive D3 SVG version on
// the same generated graph, in the same headless Chromium, in the same run.
// Frames are counted with requestAnimationFrame: a frame the main thread could
// not give back to the browser in time is a frame the user did not see.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
// @ts-expect-error plain ESM helper shared with the scripts
import { findChromium } from '../scripts/chromium.mjs';
import type { GraphDocument } from '../src/model';
import { median } from './stats';

const PORT = 4188;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface FpsRow {
  renderer: string;
  layoutFps: number;
  panZoomFps: number;
  /** Pressing on a node and dragging it; null where the renderer has no node drag. */
  nodeDragFps: number | null;
  /** The app: from navigation (page, bundle, data, first frame); the naive page: from data already in the page. */
  firstPaintMs: number | null;
}

// Page scripts are passed as strings: tsx compiles this file with keepNames, and
// the helpers it injects (__name) do not exist inside the page.
const START_COUNTING = `(() => {
  window.__frames = 0;
  window.__counting = true;
  const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;
const STOP_COUNTING = '(() => { window.__counting = false; return window.__frames; })()';

async function countFrames(page: Page, ms: number, during?: () => Promise<void>): Promise<number> {
  await page.evaluate(START_COUNTING);
  const t0 = Date.now();
  if (during) while (Date.now() - t0 < ms) await during();
  else await page.waitForTimeout(ms);
  const elapsed = Date.now() - t0;
  const frames = (await page.evaluate(STOP_COUNTING)) as number;
  return (frames * 1000) / elapsed;
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

/** Drags the node under `at` a little way and back, one gesture a call. */
function nodeDrag(page: Page, at: { x: number; y: number }) {
  let step = 0;
  return async () => {
    const dir = step++ % 2 ? -1 : 1;
    const from = dir > 0 ? at : { x: at.x + 30, y: at.y + 15 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 30 * dir, from.y + 15 * dir, { steps: 4 });
    await page.mouse.up();
  };
}

/**
 * A spot to pan from: background, not a node. Pressing on a node drags the node, and
 * a click on one selects it; neither is panning. Tries spots
 * from the corners inwards and keeps the first where a drag there and back moves the
 * map (d3-zoom keeps its transform on the element as `__zoom`).
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

/** Runs `use` with headless Chromium and the built site served by `vite preview`; closes both after. */
async function withBrowserAndSite<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const found = findChromium() as { kind: 'path'; path: string } | { kind: 'playwright' } | null;
  const browser = await chromium.launch({ args: ARGS, ...(found?.kind === 'path' ? { executablePath: found.path } : {}) });
  const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 1500));
    return await use(browser);
  } finally {
    await browser.close();
    server.kill();
  }
}

export function benchRendering(graph: GraphDocument, opts: { seconds: number }): Promise<FpsRow[]> {
  const body = JSON.stringify(graph);
  return withBrowserAndSite(async (browser) => {
    const rows: FpsRow[] = [];
    const ms = opts.seconds * 1000;

    // The real app, fed the generated graph in place of graph.json.
    const app = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await app.route('**/graph.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    const t0 = Date.now();
    await app.goto(`http://127.0.0.1:${PORT}/`);
    await app.locator('[aria-label="Graph"] canvas').first().waitFor({ timeout: 60_000 });
    const appPaint = Date.now() - t0;
    const appLayout = await countFrames(app, ms);
    await app.waitForTimeout(ms); // let the layout cool down
    await app.locator('.dg-graph__stage[data-layout="settled"]').waitFor({ state: 'attached', timeout: 120_000 });
    const box = (await app.locator('.dg-graph__stage').boundingBox()) ?? { x: 0, y: 0, width: 1280, height: 800 };
    const appSpot = await backgroundSpot(app, box, '.dg-graph__stage');
    await app.waitForTimeout(1000); // the probe's full redraw
    const appPan = await countFrames(app, ms, panZoom(app, appSpot));
    // Dragging the biggest node in view to and fro.
    await app.waitForTimeout(1000);
    const node = await app.locator('.dg-graph__overlay [data-entity-id]').first().boundingBox();
    const appDrag = node ? await countFrames(app, ms, nodeDrag(app, { x: node.x + node.width / 2, y: node.y + node.height / 2 })) : null;
    rows.push({ renderer: 'diplograph (canvas, layout in a worker)', layoutFps: appLayout, panZoomFps: appPan, nodeDragFps: appDrag, firstPaintMs: appPaint });
    await app.close();

    // The naive D3 SVG version on the same graph.
    const naive = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await naive.setContent('<!doctype html><html><body style="margin:0"></body></html>');
    await naive.addScriptTag({ path: 'node_modules/d3/dist/d3.min.js' });
    await naive.addScriptTag({ path: 'bench/naive-svg.js' });
    const t1 = Date.now();
    await naive.evaluate(`window.naiveSvgRender(${body})`);
    await naive.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
    const naivePaint = Date.now() - t1;
    const naiveLayout = await countFrames(naive, ms);
    await naive.evaluate('window.naiveSimulation.alpha(0)');
    const naiveSpot = await backgroundSpot(naive, { x: 0, y: 0, width: 1280, height: 800 }, 'svg');
    const naivePan = await countFrames(naive, ms, panZoom(naive, naiveSpot));
    rows.push({ renderer: 'naive D3 SVG (an element per node and edge)', layoutFps: naiveLayout, panZoomFps: naivePan, nodeDragFps: null, firstPaintMs: naivePaint });
    await naive.close();
    return rows;
  });
}

/**
 * Time from navigation to an interactive graph on the seeds: the first node
 * button (the graph is clickable from then on). Median of `runs` fresh pages.
 */
export function benchLoad(runs: number): Promise<number> {
  return withBrowserAndSite(async (browser) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const t0 = Date.now();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.locator('[aria-label="Graph"] [data-entity-id]').first().waitFor({ state: 'attached', timeout: 60_000 });
      times.push(Date.now() - t0);
      await page.close();
    }
    return median(times);
  });
}
