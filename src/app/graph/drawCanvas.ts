// Draws the graph on one 2D canvas: one batched path per edge style and per node
// colour, viewport culling, hairlines at one device pixel (Skia's fast path, see
// PERF-NOTES), labels on top in screen space. No React, no store: data in, pixels out.
import { EDGE, INK, MUTED, PAPER, TYPE_COLORS, FONT_STACK } from './palette';
import { leaderLine, type PlacedLabel } from './labels';
import type { Transform, Viewport } from './scales';
import { EDGE_WIDTHS } from './scales';
import { TYPE_ORDER, type HighlightFlags, type Scene } from './scene';

export interface DrawView {
  transform: Transform;
  viewport: Viewport;
  dpr: number;
}

export interface DrawMarks {
  selected: number;
}

/**
 * Level of detail while things move (layout running, pan, zoom): every `stride`-th
 * hairline edge only, and no dashes. Thicker edges, the lit ones and all nodes are
 * always drawn; the full picture comes back as soon as the motion stops.
 */
export interface DrawDetail {
  stride: number;
  dashes: boolean;
  /** Paper-coloured rims that separate touching nodes. */
  outlines: boolean;
}

export const FULL_DETAIL: DrawDetail = { stride: 1, dashes: true, outlines: true };

/** Hairlines per frame the canvas can stroke in a few milliseconds here (see PERF-NOTES). */
export const MOTION_EDGE_BUDGET = 2000;

export function motionDetail(hairlines: number, budget = MOTION_EDGE_BUDGET): DrawDetail {
  return { stride: Math.max(1, Math.ceil(hairlines / budget)), dashes: false, outlines: false };
}

/**
 * Hover and keyboard-focus rings, on their own small canvas above the graph: moving
 * the pointer redraws two circles, not 20,000 edges.
 */
export function drawPointerMarks(ctx: CanvasRenderingContext2D, scene: Scene, pos: Float32Array, view: DrawView, hovered: number, focused: number): void {
  const { dpr } = view;
  const { k, x, y } = view.transform;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const ring = (i: number, color: string, width: number, gap: number, dash: number[]) => {
    if (i < 0 || i >= scene.ids.length || pos.length < 2 * scene.ids.length) return;
    ctx.beginPath();
    ctx.arc(k * pos[2 * i]! + x, k * pos[2 * i + 1]! + y, Math.max(k * scene.radii[i]!, 1.5) + gap, 0, 2 * Math.PI);
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.stroke();
  };
  ring(hovered, MUTED, 1.5, 2, []);
  ring(focused, INK, 2, 4.5, [3, 2]);
  ctx.setLineDash([]);
}

export const EDGE_ALPHA = 0.75;
export const DIM_ALPHA = 0.13;
export const LIT_EDGE = '#3d4f63';
export const MEMBERSHIP_EDGE = '#b9c3cd';

export function labelFont(type: number, size = 12): string {
  return TYPE_ORDER[type] === 'country' ? `600 ${size}px ${FONT_STACK}` : `400 ${size - 1}px ${FONT_STACK}`;
}

/** The part of layout space on screen, with a margin in pixels. */
export function visibleRect(view: DrawView, marginPx = 0): [number, number, number, number] {
  const { k, x, y } = view.transform;
  return [(-x - marginPx) / k, (-y - marginPx) / k, (view.viewport.width - x + marginPx) / k, (view.viewport.height - y + marginPx) / k];
}

export function drawGraph(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  pos: Float32Array,
  view: DrawView,
  flags: HighlightFlags | null,
  marks: DrawMarks,
  labels: readonly PlacedLabel[],
  detail: DrawDetail = FULL_DETAIL,
  /** Node fills as a palette and an index per node (see nodePalette); by default, by type. */
  fill: { palette: readonly string[]; colorOf: Uint8Array } = { palette: TYPE_ORDER.map((t) => TYPE_COLORS[t]), colorOf: scene.types },
): void {
  const { dpr } = view;
  const { k, x, y } = view.transform;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  if (pos.length < scene.ids.length * 2) return;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
  const [vx0, vy0, vx1, vy1] = visibleRect(view, 40);
  const hair = 0.99 / (k * dpr);
  const ends = scene.linkEnds;
  const dim = flags?.dimOthers ?? false;

  const edgePath = (indices: ArrayLike<number>, lit: 0 | 1 | -1, stride = 1) => {
    ctx.beginPath();
    let any = false;
    for (let j = 0; j < indices.length; j += stride) {
      const l = indices[j]!;
      if (lit !== -1 && flags && flags.linkLit[l] !== lit) continue;
      const s = ends[2 * l]!;
      const t = ends[2 * l + 1]!;
      if (s < 0 || t < 0) continue;
      const x1 = pos[2 * s]!;
      const y1 = pos[2 * s + 1]!;
      const x2 = pos[2 * t]!;
      const y2 = pos[2 * t + 1]!;
      if ((x1 < vx0 && x2 < vx0) || (x1 > vx1 && x2 > vx1) || (y1 < vy0 && y2 < vy0) || (y1 > vy1 && y2 > vy1)) continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      any = true;
    }
    return any;
  };

  // Memberships: light, dashed, under everything.
  ctx.lineCap = 'butt';
  ctx.globalAlpha = dim ? DIM_ALPHA * 2 : 1;
  ctx.strokeStyle = MEMBERSHIP_EDGE;
  ctx.lineWidth = hair;
  ctx.setLineDash(detail.dashes && scene.membershipLinks.length <= 3000 ? [3 / k, 2.5 / k] : []);
  if (edgePath(scene.membershipLinks, flags ? 0 : -1, detail.stride)) ctx.stroke();
  ctx.setLineDash([]);

  // Meetings, one path per width; the rest dims while something is selected.
  ctx.strokeStyle = EDGE;
  ctx.globalAlpha = dim ? DIM_ALPHA : EDGE_ALPHA;
  scene.meetingBatches.forEach((batch, b) => {
    if (batch.length === 0) return;
    const w = EDGE_WIDTHS[b]!;
    ctx.lineWidth = w <= 1 ? hair : w / k;
    ctx.lineCap = w <= 1 ? 'butt' : 'round';
    if (edgePath(batch, flags ? 0 : -1, w <= 1 ? detail.stride : 1)) ctx.stroke();
  });

  // Lit links (selection neighbourhood or the selected meeting), on top.
  if (flags) {
    ctx.globalAlpha = 1;
    ctx.strokeStyle = MEMBERSHIP_EDGE;
    ctx.lineWidth = hair;
    ctx.setLineDash([3 / k, 2.5 / k]);
    if (edgePath(scene.membershipLinks, 1)) ctx.stroke();
    ctx.setLineDash([]);
    ctx.strokeStyle = LIT_EDGE;
    ctx.lineCap = 'round';
    scene.meetingBatches.forEach((batch, b) => {
      const w = EDGE_WIDTHS[b]!;
      ctx.lineWidth = Math.max(2, w) / k;
      if (edgePath(batch, 1)) ctx.stroke();
    });
  }

  // Nodes: one path per colour, dimmed ones first.
  const n = scene.ids.length;
  // Below ~1.5 device pixels a square is indistinguishable from a disc and far cheaper to fill.
  const tinyR = 1.5 / (k * dpr);
  const nodePass = (lit: 0 | 1 | -1) => {
    for (let c = 0; c < fill.palette.length; c++) {
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < n; i++) {
        if (fill.colorOf[i] !== c) continue;
        if (lit !== -1 && flags && flags.nodeLit[i] !== lit) continue;
        const cx = pos[2 * i]!;
        const cy = pos[2 * i + 1]!;
        const r = Math.max(scene.radii[i]!, 1.5 / k);
        if (cx + r < vx0 || cx - r > vx1 || cy + r < vy0 || cy - r > vy1) continue;
        if (r <= tinyR) ctx.rect(cx - r, cy - r, 2 * r, 2 * r);
        else {
          ctx.moveTo(cx + r, cy);
          ctx.arc(cx, cy, r, 0, 2 * Math.PI);
        }
        any = true;
      }
      if (!any) continue;
      ctx.fillStyle = fill.palette[c]!;
      ctx.fill();
      if (detail.outlines) ctx.stroke();
    }
  };
  ctx.strokeStyle = PAPER;
  ctx.lineWidth = hair;
  if (dim) {
    ctx.globalAlpha = DIM_ALPHA * 1.6;
    nodePass(0);
    ctx.globalAlpha = 1;
    nodePass(1);
  } else {
    ctx.globalAlpha = 1;
    nodePass(-1);
  }

  // Rings for the selected, hovered and keyboard-focused nodes.
  const ring = (i: number, color: string, widthPx: number, gapPx: number) => {
    if (i < 0 || i >= n) return;
    ctx.beginPath();
    ctx.arc(pos[2 * i]!, pos[2 * i + 1]!, Math.max(scene.radii[i]!, 1.5 / k) + gapPx / k, 0, 2 * Math.PI);
    ctx.strokeStyle = color;
    ctx.lineWidth = widthPx / k;
    ctx.stroke();
  };
  ctx.globalAlpha = 1;
  ring(marks.selected, INK, 2.5, 2.5);

  drawLabels(ctx, scene, labels, view, flags);
}

/**
 * Labels are rendered once each (text with its paper-coloured halo) into a small
 * bitmap and then copied with drawImage: strokeText/fillText for hundreds of labels
 * cost tens of milliseconds a frame in software rendering, drawImage almost nothing.
 */
export class LabelSprites {
  private cache = new Map<string, { canvas: HTMLCanvasElement | ImageBitmap; w: number; h: number }>();
  private measure: CanvasRenderingContext2D | null = null;
  constructor(private readonly limit = 3000) {}

  get(text: string, font: string, color: string, dpr: number) {
    const key = `${dpr}|${font}|${color}|${text}`;
    let sprite = this.cache.get(key);
    if (sprite) return sprite;
    const pad = 3;
    const measure = (this.measure ??= makeCanvas(1, 1).getContext('2d') as CanvasRenderingContext2D);
    measure.font = font;
    const w = Math.ceil(measure.measureText(text).width) + 2 * pad;
    const h = 14 + 2 * pad;
    const canvas = makeCanvas(Math.ceil(w * dpr), Math.ceil(h * dpr));
    const c = canvas.getContext('2d') as CanvasRenderingContext2D;
    c.scale(dpr, dpr);
    c.font = font;
    c.textAlign = 'center';
    c.textBaseline = 'middle';
    c.lineJoin = 'round';
    c.lineWidth = 3;
    c.strokeStyle = PAPER;
    c.strokeText(text, w / 2, h / 2);
    c.fillStyle = color;
    c.fillText(text, w / 2, h / 2);
    // An ImageBitmap: drawing from an OffscreenCanvas would snapshot it on every use.
    sprite = { canvas: 'transferToImageBitmap' in canvas ? canvas.transferToImageBitmap() : canvas, w, h };
    if (this.cache.size >= this.limit) {
      const oldest = this.cache.keys().next().value!;
      const old = this.cache.get(oldest)!.canvas;
      if ('close' in old) old.close();
      this.cache.delete(oldest);
    }
    this.cache.set(key, sprite);
    return sprite;
  }
}

function makeCanvas(w: number, h: number): HTMLCanvasElement | OffscreenCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

const defaultSprites = typeof document !== 'undefined' || typeof OffscreenCanvas !== 'undefined' ? new LabelSprites() : null;

export function labelColor(type: number): string {
  return TYPE_ORDER[type] === 'country' ? INK : '#3b4652';
}

export function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  labels: readonly PlacedLabel[],
  view: DrawView,
  flags: HighlightFlags | null,
  sprites: LabelSprites | null = defaultSprites,
): void {
  const { dpr } = view;
  // Leader lines first, under the text: they tie a label that had to stand away to its node.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.beginPath();
  let leaders = false;
  for (const label of labels) {
    const line = leaderLine(label);
    if (!line) continue;
    ctx.moveTo(line[0], line[1]);
    ctx.lineTo(line[2], line[3]);
    leaders = true;
  }
  if (leaders) {
    ctx.globalAlpha = 1;
    ctx.strokeStyle = MUTED;
    ctx.lineWidth = 0.75;
    ctx.stroke();
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (const label of labels) {
    const type = scene.types[label.index]!;
    const dimmed = flags?.dimOthers && !flags.nodeLit[label.index];
    ctx.globalAlpha = dimmed ? 0.35 : 1;
    const sprite = sprites?.get(label.text, labelFont(type), labelColor(type), dpr);
    if (!sprite) continue;
    ctx.drawImage(sprite.canvas, Math.round((label.x - sprite.w / 2) * dpr), Math.round((label.y - sprite.h / 2) * dpr));
  }
  ctx.globalAlpha = 1;
}
