import { describe, expect, it } from 'vitest';
import { createHitTester } from './hitTest';

describe('createHitTester', () => {
  const pos = Float32Array.from([0, 0, 100, 0, 5, 0]);
  const radii = Float32Array.from([20, 5, 3]);
  const hit = createHitTester(pos, radii, 3);
  it('finds the node under the point', () => {
    expect(hit.find(100, 2)).toBe(1);
    expect(hit.find(-15, 0)).toBe(0);
  });
  it('prefers the nearer centre where discs overlap (a small node on a big one)', () => {
    expect(hit.find(5.5, 0)).toBe(2);
  });
  it('returns -1 on empty space, and honours the slack', () => {
    expect(hit.find(50, 50)).toBe(-1);
    expect(hit.find(107, 0)).toBe(-1);
    expect(hit.find(107, 0, 3)).toBe(1);
  });
  it('ignores nodes without a position yet', () => {
    const h = createHitTester(Float32Array.from([NaN, NaN, 10, 10]), Float32Array.from([5, 5]), 2);
    expect(h.find(10, 10)).toBe(1);
  });
});
