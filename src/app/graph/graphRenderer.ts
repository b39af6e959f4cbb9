// The graph view's renderer: the draw loop (one frame per requestAnimationFrame), the
// cached full-detail bitmap reused while panning and zooming, the level of detail while
// things move, label placement, and the rings' canvas. Draws from the shared state only.
import { drawGraph, drawPointerMarks, FULL_DETAIL, labelFont, motionDetail } from './drawCanvas';
import type { GraphState } from './graphState';
import { graphView } from './graphViewStore';
import { computeLabelPlacement, type LabelCandidate, type PlacedLabel } from './labels';
import type { NodeFill } from './communityColors';
import type { Transform } from './scales';
import type { HighlightFlags } from './scene';

const MAX_LABEL_CHARS = 30;

export function labelText(name: string): string {
  return name.length > MAX_LABEL_CHARS ? name.slice(0, MAX_LABEL_CHARS - 1).trimEnd() + '…' : name;
}

/** The cached picture's scale for a transform, or null when the zoom moved too far from it to reuse. Pure. */
export function cacheScale(now: Transform, cachedAt: Transform): number | null {
  const s = now.k / cachedAt.k;
  return s < 0.6 || s > 1.7 ? null : s;
}

/**
 * The label order: the ends of a lit meeting, then the selection, then what stays lit
 * with it (its counterparts), all forced (always labelled, never dimmed), then everything
 * else by importance (a stable sort). Pure.
 */
export function orderLabels(candidates: LabelCandidate[], flags: HighlightFlags, selected: number, ends: Set<number>): LabelCandidate[] {
  const rank = (c: LabelCandidate) => (ends.has(c.index) ? 0 : c.index === selected ? 1 : flags.nodeLit[c.index] ? 2 : 3);
  return candidates.map((c) => ({ ...c, forced: rank(c) < 3 })).sort((a, b) => rank(a) - rank(b));
}

/** Which labels are drawn at full strength and which dimmed, as sorted space-separated ids. Pure. */
export function labelIds(labels: PlacedLabel[], ids: string[], flags: HighlightFlags | null): { bright: string; dim: string } {
  const bright: string[] = [];
  const dim: string[] = [];
  for (const l of labels) (flags?.dimOthers && !flags.nodeLit[l.index] ? dim : bright).push(ids[l.index]!);
  return { bright: bright.sort().join(' '), dim: dim.sort().join(' ') };
}

/** Label placement for the current state, the highlight's order kept until it changes, widths measured once. */
function createLabeller(st: GraphState, ctx: CanvasRenderingContext2D) {
  const widthCache = new Map<string, number>();
  let ordered: { candidates: LabelCandidate[]; flags: HighlightFlags; ends: Set<number>; list: LabelCandidate[] } | null = null;

  function place(moving: boolean): PlacedLabel[] {
    let list = st.candidates;
    const flags = st.flags;
    if (flags?.dimOthers) {
      // Rebuilt when the candidates or the highlight change, not every frame.
      if (!ordered || ordered.candidates !== st.candidates || ordered.flags !== flags || ordered.ends !== st.meetingEnds) {
        ordered = { candidates: st.candidates, flags, ends: st.meetingEnds, list: orderLabels(st.candidates, flags, st.selected, st.meetingEnds) };
      }
      list = ordered.list;
    }
    // Fewer labels while the layout moves (they would jump about anyway).
    return computeLabelPlacement(list, st.positions, st.transform, st.viewport, { maxLabels: moving ? 120 : 350, minScreenRadius: 1.2, obstacles: st.obstacles });
  }

  /** The label candidates of the current scene, measured once per font and text. */
  function measure(): LabelCandidate[] {
    const { scene } = st;
    return scene.importance.map((i) => {
      const text = labelText(scene.nodes[i]!.entity.name);
      const font = labelFont(scene.types[i]!);
      const key = font + '|' + text;
      let width = widthCache.get(key);
      if (width === undefined) {
        ctx.font = font;
        width = ctx.measureText(text).width;
        widthCache.set(key, width);
      }
      return { index: i, text, width, height: 13, r: scene.radii[i]! };
    });
  }

  return { place, measure };
}

/**
 * Which labels the last full-detail frame drew, as space-separated entity ids on the
 * stage: data-labels (full strength) and data-dim-labels (dimmed with the rest). The
 * canvas cannot be read for text, so tests (and anyone debugging) read these.
 */
function exposeLabels(root: HTMLElement, { bright, dim }: { bright: string; dim: string }) {
  if (root.dataset.labels !== bright) root.dataset.labels = bright;
  if (root.dataset.dimLabels !== dim) root.dataset.dimLabels = dim;
}

/** The last full-detail picture, reused (scaled, shifted) while panning and zooming. */
function createBitmapCache(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, st: GraphState) {
  const cache = document.createElement('canvas');
  const cacheCtx = cache.getContext('2d')!;
  let cached: { version: number; transform: Transform } | null = null;
  return {
    canvas: cache,
    /** Keeps what the canvas shows now. */
    keep() {
      cacheCtx.setTransform(1, 0, 0, 1, 0, 0);
      cacheCtx.clearRect(0, 0, cache.width, cache.height);
      cacheCtx.drawImage(canvas, 0, 0);
      cached = { version: st.version, transform: st.transform };
    },
    /** Draws the kept picture under the current transform, unless something else changed or the zoom moved too far from it. */
    reuse(): boolean {
      if (!cached || cached.version !== st.version) return false;
      const t0 = cached.transform;
      const s = cacheScale(st.transform, t0);
      if (s === null) return false;
      const { transform, dpr } = st;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(s, 0, 0, s, dpr * (transform.x - t0.x * s), dpr * (transform.y - t0.y * s));
      ctx.drawImage(cache, 0, 0);
      return true;
    },
  };
}

export interface RendererElements {
  root: HTMLElement;
  canvas: HTMLCanvasElement;
  marks: HTMLCanvasElement;
}

/** `fill` gives the node colours; `afterFrame` runs at the end of every frame (the tooltip follows there). */
export function createRenderer(els: RendererElements, st: GraphState, fill: () => NodeFill, afterFrame: () => void) {
  const { root, canvas, marks } = els;
  const ctx = canvas.getContext('2d', { alpha: true })!;
  const marksCtx = marks.getContext('2d', { alpha: true })!;
  const bitmap = createBitmapCache(canvas, ctx, st);
  let frame = 0;
  let fullDirty = false;
  let marksDrawn = false;
  let disposed = false;
  const labeller = createLabeller(st, ctx);
  const placeLabels = labeller.place;

  function drawFull() {
    const moving = st.layoutRunning || st.interacting || st.dragging >= 0;
    // Panning or zooming a still picture: shift and scale the last full one.
    if (st.interacting && bitmap.reuse()) return;
    const labels = placeLabels(moving);
    const { scene } = st;
    const detail = moving ? motionDetail(scene.meetingBatches[0]!.length + scene.membershipLinks.length) : FULL_DETAIL;
    drawGraph(ctx, scene, st.positions, st, st.flags, { selected: st.selected }, labels, detail, fill());
    if (!moving) bitmap.keep();
    if (graphView.getState().labelCount !== labels.length) graphView.setState({ labelCount: labels.length });
    if (!moving) exposeLabels(root, labelIds(labels, st.scene.ids, st.flags));
  }

  function draw() {
    frame = 0;
    if (disposed) return;
    if (fullDirty) {
      fullDirty = false;
      drawFull();
    }
    // The rings' canvas is touched only when there is a ring to draw or to erase:
    // every changed canvas is one more bitmap to hand to the compositor.
    const rings = st.hovered >= 0 || st.focused >= 0;
    if (rings || marksDrawn) drawPointerMarks(marksCtx, st.scene, st.positions, st, st.hovered, st.focused);
    marksDrawn = rings;
    afterFrame();
  }

  function requestMarks() {
    if (frame || disposed) return;
    frame = requestAnimationFrame(draw);
  }

  return {
    /** A full redraw on the next frame. */
    requestDraw() {
      fullDirty = true;
      requestMarks();
    },
    /** Only the hover and focus rings on the next frame. */
    requestMarks,
    placeLabels,
    measureLabels: labeller.measure,
    /** The canvases' size in CSS pixels, at the state's device pixel ratio. */
    resize(w: number, h: number) {
      for (const c of [canvas, marks, bitmap.canvas]) {
        c.width = Math.round(w * st.dpr);
        c.height = Math.round(h * st.dpr);
        c.style.width = `${w}px`;
        c.style.height = `${h}px`;
      }
    },
    dispose() {
      disposed = true;
      cancelAnimationFrame(frame);
    },
  };
}

export type GraphRenderer = ReturnType<typeof createRenderer>;
