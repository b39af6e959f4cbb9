import { forceCollide, type SimulationNodeDatum } from 'd3';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../export/random';
import { forceCollideFast } from './collide';

type N = SimulationNodeDatum & { r: number };

function crowd(n: number, seed = 9): N[] {
  const rand = mulberry32(seed);
  const nodes = Array.from({ length: n }, (_, index) => ({ index, r: 2 + 6 * rand(), x: 300 * rand(), y: 200 * rand(), vx: 0, vy: 0 }));
  nodes[1]!.x = nodes[0]!.x;
  nodes[1]!.y = nodes[0]!.y;
  return nodes;
}

const overlap = (ns: N[]) => {
  let sum = 0;
  for (let i = 0; i < ns.length; i++) {
    for (let j = i + 1; j < ns.length; j++) {
      const d = Math.hypot(ns[i]!.x! - ns[j]!.x!, ns[i]!.y! - ns[j]!.y!);
      sum += Math.max(0, ns[i]!.r + ns[j]!.r - d);
    }
  }
  return sum;
};

/** Applies a collision force `rounds` times, moving nodes by their velocity (which then decays, as d3's does). */
function settle(ns: N[], force: { (alpha: number): void; initialize(n: N[], random: () => number): void }, rounds: number): N[] {
  const copy = ns.map((d) => ({ ...d }));
  force.initialize(copy, mulberry32(2));
  for (let t = 0; t < rounds; t++) {
    force(1);
    for (const d of copy) {
      d.x! += d.vx!;
      d.y! += d.vy!;
      d.vx! *= 0.6;
      d.vy! *= 0.6;
    }
  }
  return copy;
}

describe('forceCollideFast', () => {
  const ns = crowd(400);

  it('separates overlapping nodes about as well as d3.forceCollide, nodes on one spot included', () => {
    const before = overlap(ns);
    const ours = settle(ns, forceCollideFast<N>((d) => d.r, 0.7), 30);
    const d3s = settle(ns, forceCollide<N>((d) => d.r).strength(0.7) as never, 30);
    expect(overlap(d3s)).toBeLessThan(before * 0.01);
    expect(overlap(ours)).toBeLessThan(before * 0.01);
    expect(overlap(ours)).toBeLessThan(overlap(d3s) * 1.5 + 0.5);
    expect(Math.hypot(ours[0]!.x! - ours[1]!.x!, ours[0]!.y! - ours[1]!.y!)).toBeGreaterThan(0.5 * (ns[0]!.r + ns[1]!.r));
  });

  it('is deterministic and leaves nodes that do not touch alone', () => {
    expect(settle(ns, forceCollideFast<N>((d) => d.r, 0.7), 5)).toEqual(settle(ns, forceCollideFast<N>((d) => d.r, 0.7), 5));
    const apart: N[] = [{ r: 3, x: 0, y: 0, vx: 0, vy: 0 }, { r: 3, x: 10, y: 0, vx: 0, vy: 0 }];
    const f = forceCollideFast<N>((d) => d.r);
    f.initialize(apart);
    f(1);
    expect(apart.map((d) => [d.vx, d.vy])).toEqual([[0, 0], [0, 0]]);
  });
});
