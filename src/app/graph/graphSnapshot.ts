// The graph view's export snapshot: what is in view, in screen pixels, as the SVG and
// PNG exports draw it (edges, nodes, labels, legend, caption). Pure: from the shared
// state, the node colours and labels placed for the current transform.
import { ENTITY_TYPES, TYPE_LABELS } from '../../model';
import { COMMUNITY_COLORS, type NodeFill } from './communityColors';
import { DIM_ALPHA, EDGE_ALPHA, LIT_EDGE, MEMBERSHIP_EDGE, visibleRect } from './drawCanvas';
import type { GraphState } from './graphState';
import { leaderLine, type PlacedLabel } from './labels';
import { EDGE, INK, MUTED, TYPE_COLORS } from './palette';
import { TYPE_ORDER } from './scene';
import { describeFilters, type ExportSnapshot, type SnapshotEdge, type SnapshotLabel, type SnapshotNode } from '../io/svgExport';
import type { ExplorerState } from '../store';
import { corpusFiles } from './graphDocument';
import { TYPE_PALETTE } from './graphSelection';

export interface SnapshotText {
  title: string;
  caption: string;
  credit: string;
  /** The node colours are by type (the legend then lists the types). */
  byType: boolean;
}

function snapshotEdges(st: GraphState): SnapshotEdge[] {
  const { scene, positions, flags } = st;
  const { k, x, y } = st.transform;
  const [vx0, vy0, vx1, vy1] = visibleRect(st, 20);
  const dim = flags?.dimOthers ?? false;
  const edges: SnapshotEdge[] = [];
  scene.links.forEach((_, l) => {
    const a = scene.linkEnds[2 * l]!;
    const b = scene.linkEnds[2 * l + 1]!;
    if (a < 0 || b < 0) return;
    const ax = positions[2 * a]!;
    const ay = positions[2 * a + 1]!;
    const bx = positions[2 * b]!;
    const by = positions[2 * b + 1]!;
    if ((ax < vx0 && bx < vx0) || (ax > vx1 && bx > vx1) || (ay < vy0 && by < vy0) || (ay > vy1 && by > vy1)) return;
    const lit = flags?.linkLit[l] === 1;
    const member = scene.membership[l] === 1;
    const w = scene.linkWidths[l]!;
    edges.push({
      x1: k * ax + x,
      y1: k * ay + y,
      x2: k * bx + x,
      y2: k * by + y,
      width: member ? 0.75 : lit ? Math.max(2, w) : w * (w <= 1 ? 0.75 : 1),
      color: member ? MEMBERSHIP_EDGE : lit ? LIT_EDGE : EDGE,
      opacity: lit ? 1 : dim ? (member ? DIM_ALPHA * 2 : DIM_ALPHA) : member ? 1 : EDGE_ALPHA,
      dash: member ? '3 2.5' : '',
    });
  });
  // Lit edges last so they are drawn on top, as on screen.
  return edges.sort((p, q) => Number(p.color === LIT_EDGE) - Number(q.color === LIT_EDGE));
}

function snapshotNodes(st: GraphState, fill: NodeFill): SnapshotNode[] {
  const { scene, positions, flags } = st;
  const { k, x, y } = st.transform;
  const [vx0, vy0, vx1, vy1] = visibleRect(st, 20);
  const dim = flags?.dimOthers ?? false;
  const nodes: SnapshotNode[] = [];
  for (const t of [0, 1, 2]) {
    for (let i = 0; i < scene.ids.length; i++) {
      const px = positions[2 * i]!;
      const py = positions[2 * i + 1]!;
      const r = scene.radii[i]!;
      if (scene.types[i] !== t || px + r < vx0 || px - r > vx1 || py + r < vy0 || py - r > vy1) continue;
      const lit = !dim || flags!.nodeLit[i] === 1;
      nodes.push({
        x: k * px + x,
        y: k * py + y,
        r: Math.max(k * r, 1.5),
        color: fill.palette[fill.colorOf[i]!]!,
        name: scene.nodes[i]!.entity.name,
        opacity: lit ? 1 : DIM_ALPHA * 1.6,
        ring: i === st.selected,
      });
    }
  }
  if (dim) nodes.sort((p, q) => p.opacity - q.opacity);
  return nodes;
}

function snapshotLabels(st: GraphState, labels: PlacedLabel[]): SnapshotLabel[] {
  const dim = st.flags?.dimOthers ?? false;
  return labels.map((l) => {
    const country = TYPE_ORDER[st.scene.types[l.index]!] === 'country';
    return {
      x: l.x,
      y: l.y,
      text: l.text,
      size: country ? 12 : 11,
      weight: country ? 600 : 400,
      color: country ? INK : '#3b4652',
      opacity: dim && !st.flags!.nodeLit[l.index] ? 0.35 : 1,
      leader: leaderLine(l),
    };
  });
}

/** `labels`: placed afresh for this transform at full detail (the last frame may have been a motion frame). */
export function buildSnapshot(st: GraphState, fill: NodeFill, labels: PlacedLabel[], text: SnapshotText): ExportSnapshot {
  const { scene } = st;
  const shownTypes = ENTITY_TYPES.filter((t) => scene.nodes.some((n) => n.entity.type === t));
  return {
    width: st.viewport.width,
    height: st.viewport.height,
    nodes: snapshotNodes(st, fill),
    edges: snapshotEdges(st),
    labels: snapshotLabels(st, labels),
    legend: [
      ...(text.byType
        ? shownTypes.map((t) => ({ label: TYPE_LABELS[t], color: TYPE_COLORS[t], shape: 'dot' as const }))
        : [{ label: 'Colour: community', color: COMMUNITY_COLORS[0]!, shape: 'dot' as const }]),
      { label: 'Size: meetings', color: MUTED, shape: 'size' as const },
      { label: 'Met (thicker: more often)', color: EDGE, shape: 'line' as const },
      ...(scene.membershipLinks.length ? [{ label: 'Belongs to country', color: MEMBERSHIP_EDGE, shape: 'dash' as const }] : []),
    ],
    legendBox: st.legendBox,
    title: text.title,
    caption: text.caption,
    credit: text.credit,
  };
}

/** The snapshot with the app's title, the filters as caption and the corpus as credit. */
export function snapshotOf(st: GraphState, s: ExplorerState, fill: NodeFill, labels: PlacedLabel[]): ExportSnapshot {
  const selected = st.selected >= 0 ? st.scene.nodes[st.selected]!.entity.name : null;
  return buildSnapshot(st, fill, labels, {
    byType: fill.palette === TYPE_PALETTE,
    title: 'diplograph: who meets whom',
    caption: describeFilters({ ...s, nodeCount: st.scene.ids.length, meetingCount: st.visible?.meetings.length ?? 0, selected }),
    credit: `Made with diplograph · source: ${corpusFiles(s.graph)} files`,
  });
}
