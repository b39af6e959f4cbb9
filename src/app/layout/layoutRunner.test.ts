import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../export/random';
import { LARGE_GRAPH, seedPositions } from './layout';
import { createLayoutRunner, type LayoutTick } from './layoutRunner';

function input(n: number, m: number) {
  const rand = mulberry32(11);
  const links = new Int32Array(2 * m);
  for (let l = 0; l < m; l++) {
    links[2 * l] = Math.floor(rand() * n);
    links[2 * l + 1] = (links[2 * l]! + 1 + Math.floor(rand() * (n - 1))) % n;
  }
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  return { radii: new Float32Array(n).fill(4), links, membership: new Uint8Array(m), positions: seedPositions(ids, links, new Map()) };
}

/** Runs a layout to the end; the reports it sent. */
function layOut(n: number, m: number, alpha: number): Promise<LayoutTick[]> {
  return new Promise((resolve) => {
    const ticks: LayoutTick[] = [];
    const runner = createLayoutRunner((t) => {
      ticks.push({ ...t, positions: t.positions.slice() });
      if (t.settled) resolve(ticks);
    });
    runner.handle({ type: 'set', gen: 1, alpha, ...input(n, m) });
  });
}

describe('layout runner on a large graph', () => {
  it('shows the seed positions at once, then starts from the multilevel layout, settles in about 100 ticks, the same every time', async () => {
    const n = LARGE_GRAPH + 100;
    const [a, b] = [await layOut(n, 3 * n, 1), await layOut(n, 3 * n, 1)];
    expect(a[0]!.positions).toEqual(input(n, 3 * n).positions);
    expect(a[1]!.alpha).toBeLessThanOrEqual(0.3);
    expect(a.length).toBeLessThan(110);
    expect(a.at(-1)!.positions).toEqual(b.at(-1)!.positions);
    expect(a.at(-1)!.positions.every(Number.isFinite)).toBe(true);
  }, 60_000);

  it('continues a refreshed layout (filters changed: alpha below 1) from where it was, with no multilevel start', async () => {
    const n = LARGE_GRAPH + 100;
    const ticks = await layOut(n, 3 * n, 0.05);
    // Ticked straight away from the given positions and alpha: no seed report, no re-seeding at 0.3.
    expect(ticks[0]!.alpha).toBeLessThan(0.05);
    expect(ticks.every((t) => t.alpha < 0.05)).toBe(true);
    expect(ticks[0]!.positions).not.toEqual(input(n, 3 * n).positions);
  }, 60_000);
});
