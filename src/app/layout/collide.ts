// Collision for big graphs, on flat typed arrays: the same rule as
// d3.forceCollide (two nodes closer than the sum of their radii are pushed apart,
// the smaller one further), but overlapping pairs are found through a uniform grid
// rebuilt each call instead of a quadtree of objects: at 50,000 nodes d3's took
// seconds a call here. A d3 force: initialize(nodes), then call it with alpha.
// Deterministic: nodes on the very same spot are separated along a fixed direction.
import type { SimulationNodeDatum } from 'd3';

export interface FastCollide<N extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize(nodes: N[]): void;
}

export function forceCollideFast<N extends SimulationNodeDatum>(radiusOf: (node: N) => number, strength = 0.7): FastCollide<N> {
  let nodes: N[] = [];
  let radii = new Float64Array(0);
  let maxR = 0;
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let vx = new Float64Array(0);
  let vy = new Float64Array(0);
  let cellOf = new Int32Array(0);
  let order = new Int32Array(0);

  function force() {
    const n = nodes.length;
    if (n < 2) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      xs[i] = d.x!;
      ys[i] = d.y!;
      vx[i] = d.vx!;
      vy[i] = d.vy!;
      const px = xs[i]! + vx[i]!, py = ys[i]! + vy[i]!;
      if (px < x0) x0 = px;
      if (py < y0) y0 = py;
      if (px > x1) x1 = px;
      if (py > y1) y1 = py;
    }
    // Cells at least a largest diameter wide, so overlapping nodes are in the same or adjacent cells; no more cells than 4n.
    let cell = Math.max(2 * maxR, 1e-6);
    const span = Math.max(x1 - x0, y1 - y0, 1e-6);
    if ((span / cell) ** 2 > 4 * n) cell = span / Math.sqrt(4 * n);
    const w = Math.floor((x1 - x0) / cell) + 1;
    const h = Math.floor((y1 - y0) / cell) + 1;
    const start = new Int32Array(w * h + 1);
    for (let i = 0; i < n; i++) {
      const c = Math.floor((xs[i]! + vx[i]! - x0) / cell) + w * Math.floor((ys[i]! + vy[i]! - y0) / cell);
      cellOf[i] = c;
      start[c + 1]!++;
    }
    for (let c = 0; c < w * h; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, w * h);
    for (let i = 0; i < n; i++) order[fill[cellOf[i]!]!++] = i;

    for (let i = 0; i < n; i++) {
      const ri = radii[i]!;
      const ri2 = ri * ri;
      const xi = xs[i]! + vx[i]!, yi = ys[i]! + vy[i]!;
      const gx = cellOf[i]! % w, gy = Math.floor(cellOf[i]! / w);
      for (let cy = Math.max(0, gy - 1); cy <= Math.min(h - 1, gy + 1); cy++) {
        for (let cx = Math.max(0, gx - 1); cx <= Math.min(w - 1, gx + 1); cx++) {
          const c = cx + w * cy;
          for (let k = start[c]!; k < start[c + 1]!; k++) {
            const j = order[k]!;
            if (j <= i) continue;
            const rj = radii[j]!;
            const r = ri + rj;
            let x = xi - xs[j]! - vx[j]!;
            let y = yi - ys[j]! - vy[j]!;
            let l = x * x + y * y;
            if (l >= r * r) continue;
            if (l === 0) { x = 1e-6 * (1 + (j % 7)); y = 1e-6 * (1 + (i % 5)); l = x * x + y * y; }
            l = Math.sqrt(l);
            l = ((r - l) / l) * strength;
            x *= l;
            y *= l;
            const share = (rj * rj) / (ri2 + rj * rj);
            vx[i]! += x * share;
            vy[i]! += y * share;
            vx[j]! -= x * (1 - share);
            vy[j]! -= y * (1 - share);
          }
        }
      }
    }
    for (let i = 0; i < n; i++) {
      nodes[i]!.vx = vx[i]!;
      nodes[i]!.vy = vy[i]!;
    }
  }

  force.initialize = (ns: N[]) => {
    nodes = ns;
    const n = ns.length;
    radii = Float64Array.from(ns, radiusOf);
    maxR = radii.reduce((m, r) => Math.max(m, r), 0);
    xs = new Float64Array(n);
    ys = new Float64Array(n);
    vx = new Float64Array(n);
    vy = new Float64Array(n);
    cellOf = new Int32Array(n);
    order = new Int32Array(n);
  };
  return force;
}
