import { forceManyBody, type SimulationNodeDatum } from 'd3';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../export/random';
import { forceManyBodyFast } from './manyBody';

type N = SimulationNodeDatum & { s: number };

function nodes(n: number, seed = 5): N[] {
  const rand = mulberry32(seed);
  // Clumps and a spread, plus two nodes on the same spot.
  const out = Array.from({ length: n }, (_, i) => ({ s: -30 - 20 * rand(), x: (i % 3 ? 50 : 800) * (rand() - 0.5), y: (i % 3 ? 50 : 600) * (rand() - 0.5), vx: 0, vy: 0 }));
  out[1]!.x = out[0]!.x;
  out[1]!.y = out[0]!.y;
  return out;
}

/** Every pair, as d3.forceManyBody computes it with no approximation (coincident nodes skipped). */
function exact(ns: N[], alpha: number, distanceMax = Infinity): Array<[number, number]> {
  return ns.map((a, i) => {
    let fx = 0;
    let fy = 0;
    ns.forEach((b, j) => {
      if (i === j) return;
      const dx = b.x! - a.x!;
      const dy = b.y! - a.y!;
      let l = dx * dx + dy * dy;
      if (l === 0 || l >= distanceMax * distanceMax) return;
      if (l < 1) l = Math.sqrt(l);
      fx += (dx * b.s * alpha) / l;
      fy += (dy * b.s * alpha) / l;
    });
    return [fx, fy];
  });
}

type Force = { (alpha: number): void; initialize(n: N[], random: () => number): void };
const run = (ns: N[], force: Force, alpha: number) => {
  const copy = ns.map((d) => ({ ...d, vx: 0, vy: 0 }));
  force.initialize(copy, mulberry32(1));
  force(alpha);
  return copy.map((d) => [d.vx!, d.vy!] as [number, number]);
};

const error = (got: Array<[number, number]>, want: Array<[number, number]>) => {
  let e = 0;
  let w = 0;
  got.forEach(([x, y], i) => {
    e += Math.hypot(x - want[i]![0], y - want[i]![1]);
    w += Math.hypot(...want[i]!);
  });
  return e / w;
};

describe('forceManyBodyFast', () => {
  const ns = nodes(1500);

  it('with theta 0 is the exact sum over every pair, with and without a distance bound', () => {
    expect(error(run(ns, forceManyBodyFast<N>((d) => d.s, 0), 0.7), exact(ns, 0.7))).toBeLessThan(1e-9);
    expect(error(run(ns, forceManyBodyFast<N>((d) => d.s, 0, 120), 0.7), exact(ns, 0.7, 120))).toBeLessThan(1e-9);
  });

  it('approximates as closely as d3.forceManyBody at the same theta, and is deterministic', () => {
    const want = exact(ns, 1);
    const ours = run(ns, forceManyBodyFast<N>((d) => d.s, 0.9), 1);
    const d3s = run(ns, forceManyBody<N>().strength((d) => d.s).theta(0.9) as unknown as Force, 1);
    expect(error(ours, want)).toBeLessThan(Math.max(0.05, 2 * error(d3s, want)));
    expect(run(ns, forceManyBodyFast<N>((d) => d.s, 0.9), 1)).toEqual(ours);
  });

  it('pushes nodes apart (negative strength) and leaves coincident nodes alone', () => {
    const pair: N[] = [{ s: -30, x: 0, y: 0, vx: 0, vy: 0 }, { s: -30, x: 10, y: 0, vx: 0, vy: 0 }, { s: -30, x: 10, y: 0, vx: 0, vy: 0 }];
    const f = forceManyBodyFast<N>((d) => d.s);
    f.initialize(pair);
    f(1);
    expect(pair[0]!.vx).toBeLessThan(0);
    expect(pair[1]!.vx).toBeGreaterThan(0);
    expect(pair[1]!.vx).toBe(pair[2]!.vx);
  });
});
