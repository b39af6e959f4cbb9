// A multilevel start for big graphs, as sfdp and multilevel ForceAtlas2 do it:
// coarsen the graph (each hub swallows its free neighbours, again and again until
// a few hundred clusters are left), lay the coarsest graph out, then place every
// level's nodes around their cluster's position and let that level settle briefly
// before the next. The fine simulation then starts from a picture that already has
// the graph's shape and needs far fewer ticks than from a spiral. Deterministic:
// no randomness beyond d3-force's own fixed-seed jiggle.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';

export interface Level {
  n: number;
  /** Link endpoints [s0, t0, ...], each pair once. */
  links: Int32Array;
  /** Fine links each coarse link stands for. */
  weights: Float32Array;
  /** Fine nodes each node stands for. */
  mass: Float32Array;
}

/** Below this many nodes a level is laid out directly. */
const COARSEST = 400;
/** A coarsening that removes less than this share of the nodes is the last. */
const MIN_REDUCTION = 0.1;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Compressed adjacency: neighbours of i are adj[start[i] .. start[i+1]). */
function adjacency(n: number, links: Int32Array): { start: Int32Array; adj: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let l = 0; l < links.length; l++) start[links[l]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(links.length);
  for (let l = 0; l < links.length; l += 2) {
    const s = links[l]!;
    const t = links[l + 1]!;
    adj[fill[s]!++] = t;
    adj[fill[t]!++] = s;
  }
  return { start, adj };
}

/**
 * One coarsening step: nodes in order of falling degree (then index) each become a cluster
 * with all their neighbours not yet taken. Returns each node's cluster and the cluster graph.
 */
export function coarsen(level: Level): { parent: Int32Array; hub: Int32Array; coarse: Level } {
  const { n, links } = level;
  const { start, adj } = adjacency(n, links);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => start[b + 1]! - start[b]! - (start[a + 1]! - start[a]!) || a - b);
  const parent = new Int32Array(n).fill(-1);
  const hubs: number[] = [];
  let count = 0;
  for (const u of order) {
    if (parent[u] !== -1) continue;
    const c = count++;
    parent[u] = c;
    hubs.push(u);
    for (let k = start[u]!; k < start[u + 1]!; k++) if (parent[adj[k]!] === -1) parent[adj[k]!] = c;
  }
  const mass = new Float32Array(count);
  for (let i = 0; i < n; i++) mass[parent[i]!]! += level.mass[i]!;
  const index = new Map<number, number>();
  const ends: number[] = [];
  const weights: number[] = [];
  for (let l = 0, e = 0; l < links.length; l += 2, e++) {
    let a = parent[links[l]!]!;
    let b = parent[links[l + 1]!]!;
    if (a === b) continue;
    if (a > b) [a, b] = [b, a];
    const key = a * count + b;
    const at = index.get(key);
    if (at !== undefined) weights[at]! += level.weights[e]!;
    else {
      index.set(key, weights.length);
      ends.push(a, b);
      weights.push(level.weights[e]!);
    }
  }
  return { parent, hub: Int32Array.from(hubs), coarse: { n: count, links: Int32Array.from(ends), weights: Float32Array.from(weights), mass } };
}

interface Node extends SimulationNodeDatum {
  m: number;
}

/** A short force layout of one level from `pos` (updated in place): clusters repel by their mass. */
function relax(level: Level, pos: Float32Array, ticks: number, alpha: number): void {
  const nodes: Node[] = Array.from({ length: level.n }, (_, i) => ({ m: level.mass[i]!, x: pos[2 * i]!, y: pos[2 * i + 1]! }));
  const degree = new Float32Array(level.n);
  for (let l = 0; l < level.links.length; l++) degree[level.links[l]!]!++;
  const links: Array<SimulationLinkDatum<Node> & { w: number }> = [];
  for (let l = 0; l < level.links.length; l += 2) links.push({ source: level.links[l]!, target: level.links[l + 1]!, w: level.weights[l / 2]! });
  const size = (m: number) => 12 * Math.sqrt(m);
  const sim = forceSimulation<Node>(nodes)
    .force(
      'link',
      forceLink<Node, SimulationLinkDatum<Node> & { w: number }>(links)
        .distance((l) => size((l.source as Node).m) + size((l.target as Node).m) + 24)
        .strength((l) => Math.min(1, 1 / Math.min(degree[(l.source as Node).index!]!, degree[(l.target as Node).index!]!))),
    )
    .force('charge', forceManyBody<Node>().strength((d) => -30 * d.m).theta(1.2))
    .force('x', forceX<Node>(0).strength(0.04))
    .force('y', forceY<Node>(0).strength(0.04))
    .alpha(alpha)
    .alphaDecay(1 - Math.pow(0.001 / alpha, 1 / ticks))
    .stop();
  for (let t = 0; t < ticks; t++) sim.tick();
  for (let i = 0; i < level.n; i++) {
    pos[2 * i] = nodes[i]!.x!;
    pos[2 * i + 1] = nodes[i]!.y!;
  }
}

/**
 * Starting positions for a graph of `n` nodes from its coarsenings: the coarsest level laid out
 * from a spiral, each finer level placed on small spirals around its clusters and relaxed.
 * Returns null for a graph too small to need it.
 */
export function multilevelPositions(n: number, links: Int32Array): Float32Array | null {
  if (n <= COARSEST) return null;
  const levels: Level[] = [{ n, links, weights: new Float32Array(links.length / 2).fill(1), mass: new Float32Array(n).fill(1) }];
  const parents: Array<{ parent: Int32Array; hub: Int32Array }> = [];
  while (levels[levels.length - 1]!.n > COARSEST) {
    const { parent, hub, coarse } = coarsen(levels[levels.length - 1]!);
    if (coarse.n > levels[levels.length - 1]!.n * (1 - MIN_REDUCTION)) break;
    parents.push({ parent, hub });
    levels.push(coarse);
  }
  if (levels.length === 1) return null;
  const top = levels[levels.length - 1]!;
  let pos = new Float32Array(2 * top.n);
  for (let i = 0; i < top.n; i++) {
    const r = 12 * Math.sqrt(0.5 + i) * 4;
    pos[2 * i] = r * Math.cos(i * GOLDEN_ANGLE);
    pos[2 * i + 1] = r * Math.sin(i * GOLDEN_ANGLE);
  }
  relax(top, pos, 150, 1);
  for (let k = levels.length - 2; k >= 0; k--) {
    const fine = levels[k]!;
    const { parent, hub } = parents[k]!;
    const next = new Float32Array(2 * fine.n);
    const rank = new Int32Array(levels[k + 1]!.n);
    for (let i = 0; i < fine.n; i++) {
      const c = parent[i]!;
      // The cluster's hub at its centre, the others on a small spiral around it.
      const j = hub[c] === i ? 0 : ++rank[c]!;
      const r = 12 * Math.sqrt(j) * Math.sqrt(fine.mass[i]!);
      next[2 * i] = pos[2 * c]! + r * Math.cos(j * GOLDEN_ANGLE);
      next[2 * i + 1] = pos[2 * c + 1]! + r * Math.sin(j * GOLDEN_ANGLE);
    }
    pos = next;
    if (k > 0) relax(fine, pos, 40, 0.3);
  }
  return pos;
}
