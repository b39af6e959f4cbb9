import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../export/random';
import { spiralPoint } from './layout';
import { coarsen, multilevelPositions, type Level } from './multilevel';

/** A seeded preferential-attachment graph: a few hubs, many leaves, as in the news. */
function graph(n: number, m: number, seed = 3): Int32Array {
  const rand = mulberry32(seed);
  const ends: number[] = [];
  for (let i = 0; i < m; i++) {
    const pick = () => (ends.length && rand() < 0.5 ? ends[Math.floor(rand() * ends.length)]! : Math.floor(rand() * n));
    const a = pick();
    let b = pick();
    if (a === b) b = (a + 1) % n;
    ends.push(a, b);
  }
  return Int32Array.from(ends);
}

const level = (n: number, links: Int32Array): Level => ({ n, links, weights: new Float32Array(links.length / 2).fill(1), mass: new Float32Array(n).fill(1) });

const meanLinkLength = (pos: ArrayLike<number>, links: Int32Array) => {
  let sum = 0;
  for (let l = 0; l < links.length; l += 2) sum += Math.hypot(pos[2 * links[l]!]! - pos[2 * links[l + 1]!]!, pos[2 * links[l]!+ 1]! - pos[2 * links[l + 1]!+ 1]!);
  return sum / (links.length / 2);
};

describe('coarsen', () => {
  it('puts each node in one cluster with its hub, keeps the mass, and joins parallel links with their weights', () => {
    // A star around 0 (1, 2, 3), a pair 4-5, and links 3-4 and 2-5 between them.
    const links = Int32Array.from([0, 1, 0, 2, 0, 3, 4, 5, 3, 4, 2, 5]);
    const { parent, hub, coarse } = coarsen(level(6, links));
    expect([...parent]).toEqual([0, 0, 0, 0, 1, 1]);
    expect([...hub]).toEqual([0, 4]);
    expect(coarse.n).toBe(2);
    expect([...coarse.mass]).toEqual([4, 2]);
    expect([...coarse.links]).toEqual([0, 1]);
    expect([...coarse.weights]).toEqual([2]);
  });
});

describe('multilevelPositions', () => {
  const n = 3000;
  const links = graph(n, 12000);

  it('leaves a small graph to the plain layout', () => {
    expect(multilevelPositions(100, graph(100, 300))).toBeNull();
  });

  it('is deterministic, finite, and starts linked nodes far closer together than the spiral does', () => {
    const a = multilevelPositions(n, links)!;
    expect(a).not.toBeNull();
    expect(multilevelPositions(n, links)).toEqual(a);
    expect(a.every(Number.isFinite)).toBe(true);
    const spiral = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      const p = spiralPoint(i);
      spiral[2 * i] = p.x;
      spiral[2 * i + 1] = p.y;
    }
    expect(meanLinkLength(a, links)).toBeLessThan(meanLinkLength(spiral, links) / 2);
    // Not collapsed onto a point either: distinct nodes keep distinct places.
    const places = new Set<string>();
    for (let i = 0; i < n; i++) places.add(`${a[2 * i]!.toFixed(1)},${a[2 * i + 1]!.toFixed(1)}`);
    expect(places.size).toBeGreaterThan(n * 0.99);
  });
});
