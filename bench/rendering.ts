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

/** Pans (drag) and zooms (wheel) with the mouse over the middle of a box, one gesture a call. */
function panZoom(page: Page, box: Box) {
  let step = 0;
  return async () => {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    step++;
    await page.mouse.move(cx, cy);
    if (step % 2) {
      await page.mouse.down();
      await page.mouse.move(cx + 40, cy + 20, { steps: 4 });
      await page.mouse.up();
    } else {
      await page.mouse.wheel(0, step % 4 ? -120 : 120);
    }
  };
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
    const box = (await app.locator('[aria-label="Graph"]').boundingBox()) ?? { x: 0, y: 0, width: 1280, height: 800 };
    const appPan = await countFrames(app, ms, panZoom(app, box));
    rows.push({ renderer: 'diplograph (canvas, layout in a worker)', layoutFps: appLayout, panZoomFps: appPan, firstPaintMs: appPaint });
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
    const naivePan = await countFrames(naive, ms, panZoom(naive, { x: 0, y: 0, width: 1280, height: 800 }));
    rows.push({ renderer: 'naive D3 SVG (an element per node and edge)', layoutFps: naiveLayout, panZoomFps: naivePan, firstPaintMs: naivePaint });
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
