// The force layout, shared by the Web Worker (layout.worker.ts) and the
// main-thread fallback. Pure pieces: deterministic seeding that keeps known
// positions (so filtering never reshuffles the map) and the force model.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import { forceCollideFast } from './collide';
import { forceManyBodyFast } from './manyBody';

export interface Point {
  x: number;
  y: number;
}

/** What the layout needs about the graph, by node index (flat typed arrays: cheap to post to a worker). */
export interface LayoutInput {
  /** Node radii in layout units. */
  radii: Float32Array;
  /** Link endpoints, [s0, t0, s1, t1, ...]. */
  links: Int32Array;
  /** 1 for a membership link (person/organisation → its country), 0 for a meeting. */
  membership: Uint8Array;
  /** Initial positions [x0, y0, x1, y1, ...]. */
  positions: Float32Array;
  /** Viewport width / height: the pull to the centre is weaker sideways on a wide screen, so the map fills it. */
  aspect?: number;
}

/** FNV-1a hash of a string mapped to [0, 1): a deterministic stand-in for Math.random. */
export function hashUnit(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The i-th point of a phyllotaxis spiral (d3-force's own deterministic start), `spacing` apart. */
export function spiralPoint(i: number, spacing = 12): Point {
  const r = spacing * Math.sqrt(0.5 + i);
  const a = i * GOLDEN_ANGLE;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/**
 * Initial positions for a (new) set of nodes, deterministic:
 * - a node with a known position keeps it (the layout stays put when filters change);
 * - a new node next to placed neighbours starts beside them (mean of their positions
 *   plus a small offset derived from its id), breadth-first, so new nodes grow out of the map;
 * - the remaining nodes (first load, or components with no known node) take slots on a
 *   spiral, continuing outside the nodes already placed so nothing lands on top of them.
 * `order` gives the spiral priority (most important first) and defaults to index order.
 */
export function seedPositions(
  ids: readonly string[],
  links: Int32Array,
  known: ReadonlyMap<string, Point>,
  order?: readonly number[],
): Float32Array {
  const n = ids.length;
  const pos = new Float32Array(2 * n);
  const placed = new Uint8Array(n);
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (let l = 0; l < links.length; l += 2) {
    const s = links[l]!;
    const t = links[l + 1]!;
    adjacency[s]!.push(t);
    adjacency[t]!.push(s);
  }
  let knownCount = 0;
  let extent = 0;
  for (let i = 0; i < n; i++) {
    const p = known.get(ids[i]!);
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) {
      pos[2 * i] = p.x;
      pos[2 * i + 1] = p.y;
      placed[i] = 1;
      knownCount++;
      extent = Math.max(extent, Math.hypot(p.x, p.y));
    }
  }

  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (placed[i]) queue.push(i);
  const growFrom = (start: number) => {
    for (let q = start; q < queue.length; q++) {
      for (const j of adjacency[queue[q]!]!) {
        if (placed[j]) continue;
        let sx = 0;
        let sy = 0;
        let c = 0;
        for (const k of adjacency[j]!) {
          if (!placed[k]) continue;
          sx += pos[2 * k]!;
          sy += pos[2 * k + 1]!;
          c++;
        }
        const h = hashUnit(ids[j]!);
        const a = h * 2 * Math.PI;
        const d = 14 + 10 * hashUnit(ids[j]! + '#');
        pos[2 * j] = sx / c + d * Math.cos(a);
        pos[2 * j + 1] = sy / c + d * Math.sin(a);
        placed[j] = 1;
        queue.push(j);
      }
    }
  };

  if (knownCount > 0) {
    growFrom(0);
    // Nodes still unplaced belong to components with no known node: put them on a
    // spiral ring outside the current map, then grow their components from there.
    const spacing = 40;
    let slot = Math.ceil((extent / spacing) ** 2);
    for (const i of order ?? ids.map((_, i) => i)) {
      if (placed[i]) continue;
      const p = spiralPoint(slot++, spacing);
      pos[2 * i] = p.x;
      pos[2 * i + 1] = p.y;
      placed[i] = 1;
      const start = queue.length;
      queue.push(i);
      growFrom(start);
    }
  } else {
    // First load: the plain spiral, most important nodes in the middle.
    let slot = 0;
    for (const i of order ?? ids.map((_, i) => i)) {
      const p = spiralPoint(slot++);
      pos[2 * i] = p.x;
      pos[2 * i + 1] = p.y;
    }
  }
  return pos;
}

/** Graphs above this many nodes get the flat-array forces and (on a first layout) a multilevel start. */
export const LARGE_GRAPH = 2_000;

export interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
}

export type SimLink = SimulationLinkDatum<SimNode> & { membership: boolean };

/**
 * The force model: meetings pull participants together, memberships hold persons and
 * organisations close to their country, nodes repel and do not overlap, and a weak
 * pull to the centre keeps separate components on screen.
 */
export function buildSimulation(input: LayoutInput): Simulation<SimNode, SimLink> {
  const n = input.radii.length;
  const nodes: SimNode[] = Array.from({ length: n }, (_, i) => ({
    index: i,
    r: input.radii[i]!,
    x: input.positions[2 * i]!,
    y: input.positions[2 * i + 1]!,
  }));
  const links: SimLink[] = [];
  for (let l = 0; l < input.links.length; l += 2) {
    links.push({ source: input.links[l]!, target: input.links[l + 1]!, membership: input.membership[l / 2] === 1 });
  }
  const degree = new Uint32Array(n);
  for (const l of links) {
    degree[l.source as number]!++;
    degree[l.target as number]!++;
  }
  // A big graph's repulsion and collision run on flat arrays (manyBody.ts, collide.ts): a tick of d3's own forces
  // cost 0.3 s at 5,000 nodes and 5 s at 50,000 on this machine, and a layout needs a hundred or more.
  const large = n > LARGE_GRAPH;
  const charge = (d: SimNode) => -30 - 4 * d.r;
  const stretch = Math.sqrt(Math.min(3, Math.max(1 / 3, input.aspect ?? 1)));
  return forceSimulation<SimNode, SimLink>(nodes)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.index)
        .distance((l) => {
          const s = l.source as SimNode;
          const t = l.target as SimNode;
          return l.membership ? s.r + t.r + 10 : s.r + t.r + 36;
        })
        .strength((l) => {
          const s = (l.source as SimNode).index;
          const t = (l.target as SimNode).index;
          const base = 1 / Math.min(degree[s]!, degree[t]!);
          return l.membership ? Math.min(1, base * 2) : base * 0.7;
        }),
    )
    .force('charge', large ? forceManyBodyFast<SimNode>(charge, 1.2, 400) : forceManyBody<SimNode>().strength(charge).theta(0.9).distanceMax(800))
    .force('collide', large ? forceCollideFast<SimNode>((d) => d.r + 2, 0.7) : forceCollide<SimNode>((d) => d.r + 2).strength(0.7).iterations(1))
    .force('x', forceX<SimNode>(0).strength(0.04 / stretch))
    .force('y', forceY<SimNode>(0).strength(0.04 * stretch))
    // Big graphs cool faster: ~200 ticks instead of 300, each costing 20-30 ms at 5,000 nodes.
    .alphaDecay(large ? 0.035 : 0.0228)
    .stop();
}

/** Copies simulation positions into a flat array [x0, y0, ...]. */
export function readPositions(nodes: readonly SimNode[], out = new Float32Array(2 * nodes.length)): Float32Array {
  for (let i = 0; i < nodes.length; i++) {
    out[2 * i] = nodes[i]!.x!;
    out[2 * i + 1] = nodes[i]!.y!;
  }
  return out;
}
