// The "Export SVG" file: a pure function from a snapshot of what is on screen to a
// standalone SVG string. Written as text (never by cloning the DOM) so it works for
// any graph size; presentation attributes only (no CSS classes, variables, filters
// or foreignObject) so browsers, Inkscape and rsvg-convert draw it the same; every
// piece of text escaped; no scripts, no event handlers, no external references.
import type { EntityType, MeetingKind } from '../../model';
import { ENTITY_TYPES, KIND_LABELS, MEETING_KINDS } from '../../model';
import { FONT_STACK, INK, MUTED, PAPER } from '../graph/palette';

export interface SnapshotNode {
  x: number;
  y: number;
  r: number;
  color: string;
  name: string;
  opacity: number;
  /** Ring drawn around it (selected). */
  ring?: boolean;
}

export interface SnapshotEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
  opacity: number;
  /** SVG dash array, e.g. "3 2.5"; empty for solid. */
  dash: string;
}

export interface SnapshotLabel {
  x: number;
  y: number;
  text: string;
  size: number;
  weight: number;
  color: string;
  opacity: number;
  /** A line from the node to a label that stands away from it: [x1, y1, x2, y2]. */
  leader?: readonly number[] | null;
}

export interface LegendItem {
  label: string;
  color: string;
  shape: 'dot' | 'size' | 'line' | 'dash';
}

/** What is on screen, in screen pixels of the graph's viewport. */
export interface ExportSnapshot {
  width: number;
  height: number;
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  labels: SnapshotLabel[];
  legend: LegendItem[];
  /** Where the legend sits on screen [x0, y0, x1, y1], so the file keeps labels clear of it too. */
  legendBox?: readonly number[] | null;
  title: string;
  caption: string;
  credit: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Numbers rounded to 0.01 px: small files, no "1e-7" (which some SVG readers reject). */
export function num(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Only plain colours reach the file (hex or a few names), so a stray value cannot inject markup. */
export function color(c: string): string {
  return /^#[0-9a-fA-F]{3,8}$|^[a-z]{3,20}$/.test(c) ? c : '#000000';
}

const FOOTER = 52;

const TYPE_PLURALS: Record<EntityType, string> = { country: 'countries', person: 'people', organisation: 'organisations' };

/** "diplograph-2024-06-30.svg" for the local date. */
export function exportFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `diplograph-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.svg`;
}

export interface CaptionInput {
  from: string | null;
  to: string | null;
  kinds: readonly MeetingKind[];
  types: readonly EntityType[];
  countriesOnly: boolean;
  /** Name of the selected entity, if any (its neighbourhood is highlighted). */
  selected?: string | null;
  nodeCount: number;
  meetingCount: number;
}

/** One line saying what the picture shows: time range, filters, counts. */
export function describeFilters(f: CaptionInput): string {
  const parts: string[] = [];
  if (f.from && f.to) parts.push(`Meetings ${f.from} to ${f.to}`);
  else if (f.from) parts.push(`Meetings from ${f.from}`);
  else if (f.to) parts.push(`Meetings up to ${f.to}`);
  else parts.push('All dates');
  const kinds = MEETING_KINDS.filter((k) => f.kinds.includes(k));
  if (kinds.length < MEETING_KINDS.length) parts.push(`kinds: ${kinds.length ? kinds.map((k) => KIND_LABELS[k].toLowerCase()).join(', ') : 'none'}`);
  else parts.push('all kinds');
  const types = ENTITY_TYPES.filter((t) => f.types.includes(t));
  if (types.length < ENTITY_TYPES.length) parts.push(`showing: ${types.length ? types.map((t) => TYPE_PLURALS[t]).join(', ') : 'nothing'}`);
  if (f.countriesOnly) parts.push('countries only');
  if (f.selected) parts.push(`highlighted: ${f.selected} and its counterparts`);
  parts.push(`${f.nodeCount.toLocaleString('en-GB')} entities, ${f.meetingCount.toLocaleString('en-GB')} meetings`);
  return parts.join(' · ');
}

/** Segments per <path>: one huge self-crossing path takes cairo (rsvg, Inkscape) minutes to stroke. */
const SEGMENTS_PER_PATH = 100;

function renderEdges(edges: readonly SnapshotEdge[]): string {
  // One group per style, like the canvas batches, holding short opaque paths; the
  // group's opacity is applied once to the whole, so crossings do not darken.
  const groups = new Map<string, { edge: SnapshotEdge; d: string[] }>();
  for (const e of edges) {
    const key = `${color(e.color)}|${num(e.width)}|${num(e.opacity)}|${e.dash}`;
    const g = groups.get(key) ?? { edge: e, d: [] };
    g.d.push(`M${num(e.x1)} ${num(e.y1)}L${num(e.x2)} ${num(e.y2)}`);
    groups.set(key, g);
  }
  let out = '';
  for (const { edge, d } of groups.values()) {
    const dash = edge.dash && /^[\d. ]+$/.test(edge.dash) ? ` stroke-dasharray="${edge.dash}"` : '';
    const opacity = edge.opacity < 1 ? ` opacity="${num(edge.opacity)}"` : '';
    out += `<g fill="none" stroke="${color(edge.color)}" stroke-width="${num(edge.width)}" stroke-linecap="round"${dash}${opacity}>\n`;
    for (let i = 0; i < d.length; i += SEGMENTS_PER_PATH) out += `<path d="${d.slice(i, i + SEGMENTS_PER_PATH).join('')}"/>\n`;
    out += '</g>\n';
  }
  return out;
}

function renderLegend(items: readonly LegendItem[], font: string, box?: readonly number[] | null): string {
  if (items.length === 0) return '';
  const x = box ? box[0]! : 12;
  const y = box ? box[1]! : 12;
  const width = box ? box[2]! - box[0]! : 16 + Math.max(...items.map((i) => i.label.length)) * 6.2 + 24;
  const height = box ? box[3]! - box[1]! : items.length * 18 + 12;
  const rowH = Math.min(22, Math.max(14, (height - 12) / items.length));
  let out = `<g transform="translate(${num(x)} ${num(y)})">\n<rect x="0" y="0" width="${num(width)}" height="${num(height)}" rx="4" fill="${PAPER}" fill-opacity="0.92" stroke="#d9dee3" stroke-width="1"/>\n`;
  items.forEach((item, i) => {
    const cy = 6 + i * rowH + rowH / 2;
    const c = color(item.color);
    if (item.shape === 'dot') out += `<circle cx="16" cy="${cy}" r="5" fill="${c}" stroke="${PAPER}" stroke-width="1"/>\n`;
    else if (item.shape === 'size') out += `<circle cx="12" cy="${cy + 3}" r="2.5" fill="${c}"/><circle cx="18" cy="${cy - 1}" r="4.5" fill="none" stroke="${c}" stroke-width="1"/>\n`;
    else if (item.shape === 'line')
      out += `<line x1="8" y1="${cy - 3}" x2="24" y2="${cy - 3}" stroke="${c}" stroke-width="1"/><line x1="8" y1="${cy + 3}" x2="24" y2="${cy + 3}" stroke="${c}" stroke-width="3"/>\n`;
    else out += `<line x1="8" y1="${cy}" x2="24" y2="${cy}" stroke="${c}" stroke-width="1.5" stroke-dasharray="3 2.5"/>\n`;
    out += `<text x="32" y="${cy}" dy="0.35em" font-family="${font}" font-size="11" fill="${INK}">${escapeXml(item.label)}</text>\n`;
  });
  return out + '</g>\n';
}

/** Edges, nodes and labels (with their halos), in drawing order: the graph without its frame. */
export function renderMarks(s: Pick<ExportSnapshot, 'nodes' | 'edges' | 'labels'>, font: string): string {
  let out = renderEdges(s.edges);
  for (const n of s.nodes) {
    out += `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(Math.max(n.r, 1))}" fill="${color(n.color)}" fill-opacity="${num(n.opacity)}" stroke="${PAPER}" stroke-width="0.75"><title>${escapeXml(n.name)}</title></circle>\n`;
    if (n.ring) out += `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(Math.max(n.r, 1) + 2.5)}" fill="none" stroke="${INK}" stroke-width="2.5"/>\n`;
  }
  for (const l of s.labels) {
    if (l.leader?.length === 4) out += `<line x1="${num(l.leader[0]!)}" y1="${num(l.leader[1]!)}" x2="${num(l.leader[2]!)}" y2="${num(l.leader[3]!)}" stroke="${MUTED}" stroke-width="0.75" stroke-opacity="${num(l.opacity)}"/>\n`;
  }
  for (const l of s.labels) {
    // The halo is a second text under the first (paint-order is not read everywhere).
    const attrs = `x="${num(l.x)}" y="${num(l.y)}" dy="0.35em" text-anchor="middle" font-family="${font}" font-size="${num(l.size)}" font-weight="${l.weight >= 600 ? 'bold' : 'normal'}"`;
    const text = escapeXml(l.text);
    out += `<text ${attrs} fill="none" stroke="${PAPER}" stroke-opacity="${num(l.opacity)}" stroke-width="3" stroke-linejoin="round">${text}</text>\n`;
    out += `<text ${attrs} fill="${color(l.color)}" fill-opacity="${num(l.opacity)}">${text}</text>\n`;
  }
  return out;
}

export function renderSvg(s: ExportSnapshot): string {
  const W = Math.max(1, Math.round(s.width));
  const H = Math.max(1, Math.round(s.height));
  const total = H + FOOTER;
  const font = escapeXml(FONT_STACK);
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n`;
  out += `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${total}" viewBox="0 0 ${W} ${total}">\n`;
  out += `<title>${escapeXml(s.title)}</title>\n<desc>${escapeXml(s.caption)}</desc>\n`;
  out += `<defs><clipPath id="dg-viewport"><rect x="0" y="0" width="${W}" height="${H}"/></clipPath></defs>\n`;
  out += `<rect x="0" y="0" width="${W}" height="${total}" fill="${PAPER}"/>\n`;
  out += `<g clip-path="url(#dg-viewport)">\n`;
  out += renderMarks(s, font);
  out += `</g>\n`;  out += renderLegend(s.legend, font, s.legendBox);
  out += `<line x1="0" y1="${H + 0.5}" x2="${W}" y2="${H + 0.5}" stroke="#d9dee3" stroke-width="1"/>\n`;
  out += `<text x="12" y="${H + 21}" font-family="${font}" font-size="12" fill="${INK}"><tspan font-weight="bold">${escapeXml(s.title)}</tspan><tspan dx="8">${escapeXml(s.caption)}</tspan></text>\n`;
  out += `<text x="12" y="${H + 40}" font-family="${font}" font-size="11" fill="${MUTED}">${escapeXml(s.credit)}</text>\n`;
  out += `</svg>\n`;
  return out;
}
