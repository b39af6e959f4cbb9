import { describe, expect, it } from 'vitest';
import { EDGE_WIDTHS, edgeWidth, fitTransform, nodeRadius } from './scales';

describe('scales', () => {
  it('grows nodes with meetings, capped', () => {
    expect(nodeRadius(10, 'person')).toBeGreaterThan(nodeRadius(1, 'person'));
    expect(nodeRadius(0, 'country')).toBeGreaterThan(nodeRadius(0, 'person'));
    expect(nodeRadius(1e6, 'country')).toBe(30);
  });
  it('grows meeting edges with the number of meetings, in batchable widths', () => {
    expect(edgeWidth(1)).toBe(1);
    expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(2));
    for (const n of [1, 2, 3, 5, 8, 13, 100, 1e5]) expect(EDGE_WIDTHS).toContain(edgeWidth(n));
  });
  it('fits the layout into the viewport', () => {
    const t = fitTransform(Float32Array.from([-100, -50, 100, 50]), [0, 0], 2, { width: 480, height: 400 }, { margin: 40, maxK: 10 });
    expect(t.k).toBeCloseTo(2);
    expect(t.x).toBeCloseTo(240);
    expect(t.y).toBeCloseTo(200);
  });
});
