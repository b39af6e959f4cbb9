// Injected into every benchmark page before its own scripts (Playwright's
// addInitScript): counts, frame by frame, what the page really drew, the same way
// for the app and the baselines, without touching their code.
// - A frame "redraws" when the page stroked or filled on its graph canvas (or, for
//   SVG, changed the graph's elements) since the previous frame: a new picture.
// - A frame that only copied a bitmap onto that canvas (drawImage: the app's
//   cached picture while panning) is a "copy", counted apart.
// - requestAnimationFrame callbacks are counted too, labelled as such: they fire
//   at 50-60/s whatever is drawn.
// - Long main-thread tasks (PerformanceObserver 'longtask') up to the first frame
//   that shows the graph.
(() => {
  const probe = {
    /** CSS selector of the canvas that shows the graph; null: an SVG page reports through svgDrawn. */
    target: null,
    firstGraphFrameMs: null,
    /** The last pointer move with a button down, or wheel notch (performance.now()). */
    mark: null,
    /** After the mark: the last frame that redrew, how long after the mark, and its draw calls' main-thread time. */
    lastRedrawAfterMarkMs: null,
    lastRedrawCostMs: null,
  };
  const input = (e) => {
    if (e.type === 'wheel' || e.buttons) { probe.mark = performance.now(); probe.lastRedrawAfterMarkMs = probe.lastRedrawCostMs = null; }
  };
  addEventListener('pointermove', input, true);
  addEventListener('wheel', input, true);
  const verdict = new WeakMap();
  const counts = (c) => {
    if (!probe.target || !c || !c.isConnected) return false;
    let v = verdict.get(c);
    if (v === undefined) verdict.set(c, (v = c.matches(probe.target)));
    return v;
  };
  // Per frame: segments and shapes stroked or filled on the graph canvas, bitmap copies onto it.
  let pendingSegments = 0;
  let pendingShapes = 0;
  let frameSegments = 0;
  let frameShapes = 0;
  let frameCopies = 0;
  let svgElements = 0;
  const P = CanvasRenderingContext2D.prototype;
  const wrap = (name, before) => {
    const orig = P[name];
    P[name] = function (...args) {
      before(this);
      return orig.apply(this, args);
    };
  };
  wrap('lineTo', () => { pendingSegments++; });
  wrap('arc', () => { pendingShapes++; });
  wrap('rect', () => { pendingShapes++; });
  let pathStart = 0;
  let drawStart = null;
  let drawEnd = 0;
  wrap('beginPath', () => { pendingSegments = 0; pendingShapes = 0; pathStart = performance.now(); });
  const flush = (ctx) => {
    if (counts(ctx.canvas)) {
      frameSegments += pendingSegments;
      frameShapes += pendingShapes;
      drawStart ??= pathStart;
      drawEnd = performance.now();
    }
    pendingSegments = 0;
    pendingShapes = 0;
  };
  wrap('stroke', flush);
  wrap('fill', flush);
  wrap('drawImage', (ctx) => { if (counts(ctx.canvas)) frameCopies++; });

  let win = null;
  const newWindow = () => ({ t0: performance.now(), raf: 0, redraws: 0, copies: 0, segments: [], shapes: [] });
  const tick = () => {
    const now = performance.now();
    const drew = frameSegments + frameShapes + svgElements > 0;
    if (drew && probe.firstGraphFrameMs === null) probe.firstGraphFrameMs = now;
    if (drew && probe.mark !== null) {
      probe.lastRedrawAfterMarkMs = now - probe.mark;
      probe.lastRedrawCostMs = drawStart === null ? null : drawEnd - drawStart;
    }
    if (win) {
      win.raf++;
      if (drew) {
        win.redraws++;
        win.segments.push(svgElements ? svgElements : frameSegments);
        win.shapes.push(frameShapes);
      } else if (frameCopies > 0) win.copies++;
    }
    frameSegments = frameShapes = frameCopies = svgElements = 0;
    drawStart = null;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  const longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long task timing: reported as unknown */ }

  const median = (xs) => {
    if (!xs.length) return null;
    const s = [...xs].sort((a, b) => a - b);
    return s[s.length >> 1];
  };
  Object.assign(probe, {
    /** An SVG page's update of `n` graph elements in this frame. */
    svgDrawn(n) { svgElements += n; },
    start() { win = newWindow(); },
    stop() {
      const w = win;
      win = null;
      const s = (performance.now() - w.t0) / 1000;
      return { seconds: s, raf: w.raf / s, redraws: w.redraws / s, copies: w.copies / s, segments: median(w.segments), shapes: median(w.shapes) };
    },
    /** The longest main-thread task that ended before the first graph frame, and all of them summed. */
    blocking() {
      const until = probe.firstGraphFrameMs ?? performance.now();
      const before = longTasks.filter(([t, d]) => t + d <= until);
      return { longestMs: before.reduce((m, [, d]) => Math.max(m, d), 0), totalMs: before.reduce((n, [, d]) => n + d, 0) };
    },
  });
  window.__probe = probe;
})();
