// Barnes-Hut repulsion for big graphs, on flat typed arrays: the same force as
// d3.forceManyBody (each node pushes every other by its strength over distance,
// far groups taken as one body when cell width / distance < theta), but its
// quadtree is a few arrays rebuilt each tick instead of an object per cell,
// several times faster at 20,000-50,000 nodes. A d3 force: call it with alpha,
// initialize(nodes) first (forceSimulation does both). Deterministic: coincident
// nodes are skipped, not jiggled at random.
import type { SimulationNodeDatum } from 'd3';

/** Deeper than this, coincident or near-coincident nodes share a leaf. */
const MAX_DEPTH = 24;

export interface FastManyBody<N extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize(nodes: N[]): void;
}

export function forceManyBodyFast<N extends SimulationNodeDatum>(strengthOf: (node: N) => number, theta = 0.9, distanceMax = Infinity): FastManyBody<N> {
  let nodes: N[] = [];
  let strengths = new Float64Array(0);
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  // Cells: square [x0, x0 + size) × [y0, y0 + size); children 4 per cell (-1: none); a leaf's nodes as a linked list.
  let cap = 0;
  let cx0 = new Float64Array(0);
  let cy0 = new Float64Array(0);
  let csize = new Float64Array(0);
  let child = new Int32Array(0);
  let head = new Int32Array(0);
  let depth = new Int32Array(0);
  let value = new Float64Array(0);
  let mx = new Float64Array(0);
  let my = new Float64Array(0);
  let next = new Int32Array(0);
  let cells = 0;
  const theta2 = theta * theta;
  const max2 = distanceMax * distanceMax;

  const grow = (want: number) => {
    if (want <= cap) return;
    const n = Math.max(want, cap * 2);
    const more = <T extends Float64Array | Int32Array>(a: T, size: number): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    cx0 = more(cx0, n);
    cy0 = more(cy0, n);
    csize = more(csize, n);
    child = more(child, 4 * n);
    head = more(head, n);
    depth = more(depth, n);
    value = more(value, n);
    mx = more(mx, n);
    my = more(my, n);
    cap = n;
  };
  const cell = (x0: number, y0: number, size: number, d: number) => {
    grow(cells + 1);
    const c = cells++;
    cx0[c] = x0;
    cy0[c] = y0;
    csize[c] = size;
    depth[c] = d;
    child.fill(-1, 4 * c, 4 * c + 4);
    head[c] = -1;
    return c;
  };
  const quadrant = (c: number, x: number, y: number) => {
    const h = csize[c]! / 2;
    return (x >= cx0[c]! + h ? 1 : 0) + (y >= cy0[c]! + h ? 2 : 0);
  };
  const childCell = (c: number, q: number) => {
    const h = csize[c]! / 2;
    return cell(cx0[c]! + (q & 1 ? h : 0), cy0[c]! + (q & 2 ? h : 0), h, depth[c]! + 1);
  };
  const isLeaf = (c: number) => child[4 * c] === -1 && child[4 * c + 1] === -1 && child[4 * c + 2] === -1 && child[4 * c + 3] === -1;

  function insert(i: number) {
    let c = 0;
    for (;;) {
      if (isLeaf(c)) {
        if (head[c] === -1) { head[c] = i; next[i] = -1; return; }
        const j = head[c]!;
        if (depth[c]! >= MAX_DEPTH || (xs[j] === xs[i] && ys[j] === ys[i])) { next[i] = head[c]!; head[c] = i; return; }
        // Split: the leaf's nodes (one, below MAX_DEPTH) move down to a child, then go on with i.
        head[c] = -1;
        for (let k = j; k !== -1;) {
          const after = next[k]!;
          const q = quadrant(c, xs[k]!, ys[k]!);
          let d = child[4 * c + q]!;
          if (d === -1) child[4 * c + q] = d = childCell(c, q);
          next[k] = head[d]!;
          head[d] = k;
          k = after;
        }
      }
      const q = quadrant(c, xs[i]!, ys[i]!);
      const d = child[4 * c + q]!;
      if (d === -1) {
        const e = childCell(c, q);
        child[4 * c + q] = e;
        head[e] = i;
        next[i] = -1;
        return;
      }
      c = d;
    }
  }

  function force(alpha: number) {
    const n = nodes.length;
    if (n === 0) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = (xs[i] = nodes[i]!.x!);
      const y = (ys[i] = nodes[i]!.y!);
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
    cells = 0;
    cell(x0, y0, Math.max(x1 - x0, y1 - y0, 1) * 1.0001, 0);
    for (let i = 0; i < n; i++) insert(i);
    // Children are made after their parents: in reverse order every cell is summed after its children.
    for (let c = cells - 1; c >= 0; c--) {
      let v = 0, w = 0, sx = 0, sy = 0;
      if (isLeaf(c)) {
        for (let k = head[c]!; k !== -1; k = next[k]!) {
          const s = strengths[k]!;
          v += s;
          w += Math.abs(s);
          sx += Math.abs(s) * xs[k]!;
          sy += Math.abs(s) * ys[k]!;
        }
      } else {
        for (let q = 0; q < 4; q++) {
          const d = child[4 * c + q]!;
          if (d === -1) continue;
          const a = Math.abs(value[d]!);
          v += value[d]!;
          w += a;
          sx += a * mx[d]!;
          sy += a * my[d]!;
        }
      }
      value[c] = v;
      mx[c] = w ? sx / w : cx0[c]! + csize[c]! / 2;
      my[c] = w ? sy / w : cy0[c]! + csize[c]! / 2;
    }
    const stack = new Int32Array(4 * MAX_DEPTH + 8);
    for (let i = 0; i < n; i++) {
      const xi = xs[i]!, yi = ys[i]!;
      let fx = 0, fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top]!;
        const dx = mx[c]! - xi;
        const dy = my[c]! - yi;
        let l = dx * dx + dy * dy;
        const leaf = isLeaf(c);
        const size = csize[c]!;
        if (!leaf && (size * size) / theta2 >= l) {
          for (let q = 0; q < 4; q++) { const d = child[4 * c + q]!; if (d !== -1) stack[top++] = d; }
          continue;
        }
        if (l >= max2) continue;
        if (leaf) {
          for (let k = head[c]!; k !== -1; k = next[k]!) {
            if (k === i) continue;
            const ex = xs[k]! - xi, ey = ys[k]! - yi;
            let m = ex * ex + ey * ey;
            if (m === 0 || m >= max2) continue;
            if (m < 1) m = Math.sqrt(m);
            fx += (ex * strengths[k]! * alpha) / m;
            fy += (ey * strengths[k]! * alpha) / m;
          }
          continue;
        }
        if (l < 1) l = Math.sqrt(l);
        fx += (dx * value[c]! * alpha) / l;
        fy += (dy * value[c]! * alpha) / l;
      }
      nodes[i]!.vx! += fx;
      nodes[i]!.vy! += fy;
    }
  }

  force.initialize = (ns: N[]) => {
    nodes = ns;
    const n = ns.length;
    strengths = Float64Array.from(ns, strengthOf);
    xs = new Float64Array(n);
    ys = new Float64Array(n);
    next = new Int32Array(n);
    grow(2 * n + 1);
  };
  return force;
}
