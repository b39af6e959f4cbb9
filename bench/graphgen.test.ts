import { describe, expect, it } from 'vitest';
import { parseGraph } from '../src/model';
import { generateGraph } from './graphgen';

describe('generateGraph', () => {
  it('makes a valid graph of the requested size, the same for the same seed', () => {
    const g = generateGraph(500, 2000, 7);
    expect(parseGraph(g).ok).toBe(true);
    expect(g.entities).toHaveLength(500);
    expect(g.meetings).toHaveLength(2000);
    expect(JSON.stringify(generateGraph(500, 2000, 7))).toBe(JSON.stringify(g));
  });

  it('is skewed like real news: the busiest entity takes part in many more meetings than the median', () => {
    const g = generateGraph(1000, 4000, 1);
    const deg = new Map<string, number>();
    for (const m of g.meetings) for (const p of m.participants) deg.set(p, (deg.get(p) ?? 0) + 1);
    const sorted = [...deg.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(5 * sorted[Math.floor(sorted.length / 2)]!);
  });
});
