// The visible graph turned into flat arrays the canvas, the hit-tester, the layout
// and the export read in their hot loops. Built once per filter change, not per frame.
import type { EntityType } from '../../model';
import type { GraphLink, GraphNode, VisibleGraph } from '../store/selectors';
import { EDGE_WIDTHS, edgeWidth, nodeRadius } from './scales';

export const TYPE_ORDER: readonly EntityType[] = ['country', 'organisation', 'person'];

export interface Scene {
  nodes: readonly GraphNode[];
  links: readonly GraphLink[];
  ids: string[];
  indexOf: ReadonlyMap<string, number>;
  radii: Float32Array;
  /** Index into TYPE_ORDER per node. */
  types: Uint8Array;
  /** Link endpoints as node indices [s0, t0, s1, t1, ...]. */
  linkEnds: Int32Array;
  membership: Uint8Array;
  /** Meeting-edge width in screen px (memberships: 1). */
  linkWidths: Float32Array;
  /** Meeting-link indices grouped by width (EDGE_WIDTHS order), and membership-link indices. */
  meetingBatches: Int32Array[];
  membershipLinks: Int32Array;
  /** Node indices, most important first: by weight (meetings), countries first on ties, then name. */
  importance: number[];
}

/**
 * Meetings a country took part in through anyone visible: itself, its people or its
 * organisations (each meeting counted once). A country is drawn by this weight, so it
 * anchors its delegation even when the texts name only its minister.
 */
export function delegationCounts(graph: VisibleGraph): ReadonlyMap<string, number> {
  // Asked by the scene, the overlay and the tooltip on every hover: one count per visible graph.
  let counts = delegationMemo.get(graph);
  if (!counts) delegationMemo.set(graph, (counts = countDelegations(graph)));
  return counts;
}
const delegationMemo = new WeakMap<VisibleGraph, ReadonlyMap<string, number>>();

function countDelegations(graph: VisibleGraph): Map<string, number> {
  const countryOf = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.entity.type === 'country') countryOf.set(n.id, n.id);
    else if (n.entity.country) countryOf.set(n.id, `country:${n.entity.country}`);
  }
  const counts = new Map<string, number>();
  for (const m of graph.meetings) {
    const seen = new Set<string>();
    for (const p of m.participants) {
      const c = countryOf.get(p);
      if (c && !seen.has(c)) {
        seen.add(c);
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** The count a node's size shows: its own meetings, or for a country its delegation's. */
export function nodeWeight(node: GraphNode, delegations: ReadonlyMap<string, number>): number {
  return node.entity.type === 'country' ? Math.max(node.meetingCount, delegations.get(node.id) ?? 0) : node.meetingCount;
}

export function buildScene(graph: VisibleGraph): Scene {
  const { nodes, links } = graph;
  const ids = nodes.map((n) => n.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const radii = new Float32Array(nodes.length);
  const types = new Uint8Array(nodes.length);
  const delegations = delegationCounts(graph);
  const weights = nodes.map((n) => nodeWeight(n, delegations));
  nodes.forEach((n, i) => {
    radii[i] = nodeRadius(weights[i]!, n.entity.type);
    types[i] = Math.max(0, TYPE_ORDER.indexOf(n.entity.type));
  });
  const linkEnds = new Int32Array(links.length * 2);
  const membership = new Uint8Array(links.length);
  const linkWidths = new Float32Array(links.length);
  const byWidth: number[][] = EDGE_WIDTHS.map(() => []);
  const memberships: number[] = [];
  links.forEach((l, i) => {
    linkEnds[2 * i] = indexOf.get(l.source) ?? -1;
    linkEnds[2 * i + 1] = indexOf.get(l.target) ?? -1;
    if (l.kind === 'membership') {
      membership[i] = 1;
      linkWidths[i] = 1;
      memberships.push(i);
    } else {
      const w = edgeWidth(l.meetingIds.length);
      linkWidths[i] = w;
      byWidth[Math.max(0, EDGE_WIDTHS.indexOf(w))]!.push(i);
    }
  });
  const importance = nodes
    .map((_, i) => i)
    .sort(
      (a, b) =>
        weights[b]! - weights[a]! ||
        types[a]! - types[b]! ||
        nodes[a]!.entity.name.localeCompare(nodes[b]!.entity.name) ||
        ids[a]!.localeCompare(ids[b]!),
    );
  return {
    nodes,
    links,
    ids,
    indexOf,
    radii,
    types,
    linkEnds,
    membership,
    linkWidths,
    meetingBatches: byWidth.map((b) => Int32Array.from(b)),
    membershipLinks: Int32Array.from(memberships),
    importance,
  };
}

/** Per-node and per-link flags (1 = lit) for a highlight, or null when nothing is dimmed. */
export function highlightFlags(scene: Scene, nodes: ReadonlySet<string> | null, links: ReadonlySet<string>) {
  if (!nodes && links.size === 0) return null;
  const nodeLit = new Uint8Array(scene.ids.length);
  const linkLit = new Uint8Array(scene.links.length);
  scene.ids.forEach((id, i) => {
    if (!nodes || nodes.has(id)) nodeLit[i] = 1;
  });
  scene.links.forEach((l, i) => {
    if (links.has(l.id)) linkLit[i] = 1;
  });
  return { nodeLit, linkLit, dimOthers: nodes !== null };
}

export type HighlightFlags = NonNullable<ReturnType<typeof highlightFlags>>;
