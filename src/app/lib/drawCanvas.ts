// Draws the graph on one 2D canvas: one batched path per edge style and per node
// colour, viewport culling, hairlines at one device pixel (Skia's fast path, see
// PERF-NOTES), labels on top in screen space. No React, no store: data in, pixels out.
import { EDGE, INK, MUTED, PAPER, TYPE_COLORS, FONT_STACK } from './palette';
import type { PlacedLabel } from './labels';
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
  hovered: number;
  focused: number;
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

  const edgePath = (indices: ArrayLike<number>, lit: 0 | 1 | -1) => {
    ctx.beginPath();
    let any = false;
    for (let j = 0; j < indices.length; j++) {
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
  ctx.setLineDash(scene.membershipLinks.length <= 3000 ? [3 / k, 2.5 / k] : []);
  if (edgePath(scene.membershipLinks, flags ? 0 : -1)) ctx.stroke();
  ctx.setLineDash([]);

  // Meetings, one path per width; the rest dims while something is selected.
  ctx.strokeStyle = EDGE;
  ctx.globalAlpha = dim ? DIM_ALPHA : EDGE_ALPHA;
  scene.meetingBatches.forEach((batch, b) => {
    if (batch.length === 0) return;
    const w = EDGE_WIDTHS[b]!;
    ctx.lineWidth = w <= 1 ? hair : w / k;
    ctx.lineCap = w <= 1 ? 'butt' : 'round';
    if (edgePath(batch, flags ? 0 : -1)) ctx.stroke();
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
      ctx.lineWidth = Math.max(1.5, w) / k;
      if (edgePath(batch, 1)) ctx.stroke();
    });
  }

  // Nodes: one path per colour, dimmed ones first.
  const n = scene.ids.length;
  const nodePass = (lit: 0 | 1 | -1) => {
    for (let type = 0; type < TYPE_ORDER.length; type++) {
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < n; i++) {
        if (scene.types[i] !== type) continue;
        if (lit !== -1 && flags && flags.nodeLit[i] !== lit) continue;
        const cx = pos[2 * i]!;
        const cy = pos[2 * i + 1]!;
        const r = Math.max(scene.radii[i]!, 1.5 / k);
        if (cx + r < vx0 || cx - r > vx1 || cy + r < vy0 || cy - r > vy1) continue;
        ctx.moveTo(cx + r, cy);
        ctx.arc(cx, cy, r, 0, 2 * Math.PI);
        any = true;
      }
      if (!any) continue;
      ctx.fillStyle = TYPE_COLORS[TYPE_ORDER[type]!];
      ctx.fill();
      ctx.stroke();
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
  ring(marks.hovered, MUTED, 1.5, 2);
  ring(marks.focused, INK, 1.5, 3.5);
  ring(marks.selected, INK, 2.5, 2.5);

  drawLabels(ctx, scene, labels, view, flags);
}

export function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, labels: readonly PlacedLabel[], view: DrawView, flags: HighlightFlags | null): void {
  const { dpr } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = PAPER;
  let font = '';
  for (const label of labels) {
    const type = scene.types[label.index]!;
    const f = labelFont(type);
    if (f !== font) ctx.font = font = f;
    const dimmed = flags?.dimOthers && !flags.nodeLit[label.index];
    ctx.globalAlpha = dimmed ? 0.35 : 1;
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillStyle = type === 0 ? INK : '#3b4652';
    ctx.fillText(label.text, label.x, label.y);
  }
  ctx.globalAlpha = 1;
}
