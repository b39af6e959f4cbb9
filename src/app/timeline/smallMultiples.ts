// Small multiples: the graph at N time slices side by side in one standalone SVG,
// for a report. Every panel puts each entity where the live map has it (one
// layout, one scale), so panels compare at a glance: who is active in each slice
// is drawn in colour over the faint whole. Pure: graph, filters, slices and layout
// positions in, SVG text out (the same presentation-attribute SVG as Export SVG).
import type { GraphDocument } from '../../model';
import { buildVisibleGraph } from '../store/selectors';
import type { ExplorerState } from '../store';
import { plural, formatDate } from '../shared/format';
import { computeLabelPlacement, type LabelCandidate } from '../graph/labels';
import { EDGE, FONT_STACK, INK, MUTED, PAPER, TYPE_COLORS } from '../graph/palette';
import { fitTransform } from '../graph/scales';
import { buildScene, TYPE_ORDER } from '../graph/scene';
import { addMonths, firstDay, lastDay, monthOf, monthsBetween, type DayRange } from './timeline';
import { escapeXml, num, renderMarks, type SnapshotEdge, type SnapshotLabel, type SnapshotNode } from '../io/svgExport';
import type { LayoutSnapshot } from '../graph/graphViewStore';

export const PANEL_CHOICES = [2, 3, 4, 6, 8, 9, 12] as const;

export interface Slice extends DayRange {
  title: string;
}

/**
 * The range cut into `n` consecutive slices on month boundaries (the first and last
 * keep the range's own days), as equal in months as they can be; fewer slices when
 * the range spans fewer months than `n`.
 */
export function timeSlices(from: string, to: string, n: number): Slice[] {
  if (!(n >= 1)) throw new Error(`small multiples: the number of panels must be 1 or more, not ${n}`);
  const a = monthOf(from);
  const b = monthOf(to);
  if (!a || !b || from > to) throw new Error(`small multiples: not a range of days: ${from} to ${to}`);
  const months = monthsBetween(a, b) + 1;
  const count = Math.min(Math.floor(n), months);
  const out: Slice[] = [];
  for (let i = 0; i < count; i++) {
    const m0 = Math.floor((i * months) / count);
    const m1 = Math.floor(((i + 1) * months) / count) - 1;
    const start = i === 0 ? from : firstDay(addMonths(a, m0));
    const end = i === count - 1 ? to : lastDay(addMonths(a, m1));
    out.push({ from: start, to: end, title: `${formatDate(start)} – ${formatDate(end)}` });
  }
  return out;
}

/** Columns for n panels: a row up to 3, 2×2 for 4, two rows up to 8, then square-ish. */
export function gridColumns(n: number): number {
  if (n <= 3) return n;
  if (n === 4) return 2;
  if (n <= 8) return Math.ceil(n / 2);
  return Math.ceil(Math.sqrt(n));
}

export interface MultiplesInput {
  graph: GraphDocument;
  filters: Pick<ExplorerState, 'kinds' | 'types' | 'countriesOnly'>;
  slices: readonly Slice[];
  layout: LayoutSnapshot;
  /** Text width in px at a CSS font (the canvas's measureText in the browser). */
  measure: (text: string, font: string) => number;
  title: string;
  caption: string;
  credit: string;
  panelWidth?: number;
  panelHeight?: number;
  labelsPerPanel?: number;
}

const HEAD = 54;
const PANEL_TITLE = 26;
const GAP = 12;
const FOOT = 30;
const GHOST = '#bcc5ce';

export function renderSmallMultiples(input: MultiplesInput): string {
  const { graph, filters, slices, layout, measure, panelWidth: PW = 420, panelHeight: PH = 320, labelsPerPanel = 14 } = input;
  if (slices.length === 0) throw new Error('small multiples: no time slices to draw');
  const cols = gridColumns(slices.length);
  const rows = Math.ceil(slices.length / cols);
  const W = GAP + cols * (PW + GAP);
  const H = HEAD + rows * (PH + GAP) + FOOT;
  const font = escapeXml(FONT_STACK);
  const where = new Map(layout.ids.map((id, i) => [id, i]));
  const n = layout.ids.length;
  // One scale for every panel: the whole layout fitted into the drawing area under a panel's title.
  const area = { width: PW, height: PH - PANEL_TITLE };
  const t = fitTransform(layout.positions, new Float32Array(n).fill(6), n, area, { margin: 14, maxK: 2 });
  const px = (i: number) => t.k * layout.positions[2 * i]! + t.x;
  const py = (i: number) => t.k * layout.positions[2 * i + 1]! + t.y;

  let out = `<?xml version="1.0" encoding="UTF-8"?>\n`;
  out += `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">\n`;
  out += `<title>${escapeXml(input.title)}</title>\n<desc>${escapeXml(input.caption)}</desc>\n`;
  out += `<defs><clipPath id="dg-panel"><rect x="0" y="0" width="${PW}" height="${PH - PANEL_TITLE}"/></clipPath></defs>\n`;
  out += `<rect x="0" y="0" width="${W}" height="${H}" fill="${PAPER}"/>\n`;
  out += `<text x="${GAP}" y="24" font-family="${font}" font-size="15" font-weight="bold" fill="${INK}">${escapeXml(input.title)}</text>\n`;
  out += `<text x="${GAP}" y="43" font-family="${font}" font-size="11" fill="${MUTED}">${escapeXml(input.caption)}</text>\n`;

  // The whole layout, faint, the same in every panel: where everyone is when not active.
  let ghost = '';
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(px(i)) && Number.isFinite(py(i))) ghost += `<circle cx="${num(px(i))}" cy="${num(py(i))}" r="2.5"/>`;
  }

  slices.forEach((slice, p) => {
    const ox = GAP + (p % cols) * (PW + GAP);
    const oy = HEAD + Math.floor(p / cols) * (PH + GAP);
    const visible = buildVisibleGraph(graph, { ...filters, from: slice.from, to: slice.to });
    const scene = buildScene(visible);
    const at = scene.ids.map((id) => where.get(id) ?? -1);
    const edges: SnapshotEdge[] = [];
    scene.links.forEach((link, l) => {
      const a = at[scene.linkEnds[2 * l]!] ?? -1;
      const b = at[scene.linkEnds[2 * l + 1]!] ?? -1;
      if (a < 0 || b < 0) return;
      const member = link.kind === 'membership';
      const w = scene.linkWidths[l]!;
      edges.push({ x1: px(a), y1: py(a), x2: px(b), y2: py(b), width: member ? 0.6 : Math.max(0.75, w * 0.8), color: member ? '#b9c3cd' : EDGE, opacity: member ? 1 : 0.8, dash: member ? '3 2.5' : '' });
    });
    const nodes: SnapshotNode[] = [];
    // Countries under people and organisations, as on the map.
    for (const type of [0, 1, 2]) {
      scene.ids.forEach((_, i) => {
        if (scene.types[i] !== type || at[i]! < 0) return;
        nodes.push({ x: px(at[i]!), y: py(at[i]!), r: Math.max(1.5, t.k * scene.radii[i]!), color: TYPE_COLORS[TYPE_ORDER[type]!], name: scene.nodes[i]!.entity.name, opacity: 1 });
      });
    }
    // The most active of the slice named, placed clear of one another inside the panel.
    const positions = new Float32Array(2 * scene.ids.length);
    const candidates: LabelCandidate[] = [];
    for (const i of scene.importance) {
      if (at[i]! < 0) continue;
      positions[2 * i] = px(at[i]!);
      positions[2 * i + 1] = py(at[i]!);
      const country = TYPE_ORDER[scene.types[i]!] === 'country';
      const text = scene.nodes[i]!.entity.name;
      candidates.push({ index: i, text, width: measure(text, `${country ? 600 : 400} ${country ? 11 : 10}px ${FONT_STACK}`), height: 12, r: Math.max(1.5, t.k * scene.radii[i]!) });
    }
    const labels: SnapshotLabel[] = computeLabelPlacement(candidates, positions, { k: 1, x: 0, y: 0 }, area, { maxLabels: labelsPerPanel }).map((l) => {
      const country = TYPE_ORDER[scene.types[l.index]!] === 'country';
      return { x: l.x, y: l.y, text: l.text, size: country ? 11 : 10, weight: country ? 600 : 400, color: country ? INK : '#3b4652', opacity: 1 };
    });

    out += `<g transform="translate(${ox} ${oy})">\n`;
    out += `<rect x="0.5" y="0.5" width="${PW - 1}" height="${PH - 1}" rx="3" fill="#ffffff" stroke="#d9dee3" stroke-width="1"/>\n`;
    out += `<text x="10" y="17" font-family="${font}" font-size="12" fill="${INK}"><tspan font-weight="bold">${escapeXml(slice.title)}</tspan><tspan dx="8" fill="${MUTED}">${escapeXml(plural(visible.meetings.length, 'meeting'))}</tspan></text>\n`;
    out += `<g transform="translate(0 ${PANEL_TITLE})" clip-path="url(#dg-panel)">\n`;
    out += `<g fill="${GHOST}">${ghost}</g>\n`;
    out += renderMarks({ nodes, edges, labels }, font);
    out += `</g>\n</g>\n`;
  });

  out += `<text x="${GAP}" y="${H - 11}" font-family="${font}" font-size="11" fill="${MUTED}">${escapeXml(input.credit)}</text>\n`;
  out += `</svg>\n`;
  return out;
}

/** "diplograph-2024-06-30-4-panels.svg". */
export function multiplesFileName(base: string, panels: number): string {
  return `${base}-${panels}-panels.svg`;
}
