// Which node is under the pointer: a quadtree over the current layout positions,
// rebuilt lazily when they change.
import { quadtree, type Quadtree } from 'd3';

export interface HitTester {
  /** Index of the node whose disc (plus `slack`, layout units) contains (x, y), or -1. */
  find(x: number, y: number, slack?: number): number;
}

export function createHitTester(positions: ArrayLike<number>, radii: ArrayLike<number>, count: number): HitTester {
  let maxR = 0;
  const indices: number[] = [];
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(positions[2 * i]!) || !Number.isFinite(positions[2 * i + 1]!)) continue;
    indices.push(i);
    maxR = Math.max(maxR, radii[i]!);
  }
  const tree: Quadtree<number> = quadtree<number>()
    .x((i) => positions[2 * i]!)
    .y((i) => positions[2 * i + 1]!)
    .addAll(indices);
  return {
    find(x, y, slack = 0) {
      // Among the discs containing the point, the one whose centre is nearest: a small
      // node lying on a big one wins where the pointer is over it.
      let best = -1;
      let bestD = Infinity;
      const reach = maxR + slack;
      tree.visit((node, x0, y0, x1, y1) => {
        if (x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach) return true;
        if (!node.length) {
          let leaf: typeof node | undefined = node;
          while (leaf) {
            const i = (leaf as { data: number }).data;
            const d = Math.hypot(positions[2 * i]! - x, positions[2 * i + 1]! - y);
            if (d <= radii[i]! + slack && d < bestD) {
              bestD = d;
              best = i;
            }
            leaf = (leaf as { next?: typeof node }).next;
          }
        }
        return false;
      });
      return best;
    },
  };
}

/**
 * The same question by a straight scan: while the layout moves, positions change
 * every frame and a scan of a few thousand nodes (tens of microseconds) is cheaper
 * than building a quadtree for each pointer move.
 */
export function findNodeLinear(positions: ArrayLike<number>, radii: ArrayLike<number>, count: number, x: number, y: number, slack = 0): number {
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < count; i++) {
    const dx = positions[2 * i]! - x;
    const dy = positions[2 * i + 1]! - y;
    const reach = radii[i]! + slack;
    if (Math.abs(dx) > reach || Math.abs(dy) > reach) continue;
    const d = Math.hypot(dx, dy);
    if (d <= reach && d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
