import { describe, expect, it } from 'vitest';
import { createHitTester, findNodeLinear } from './hitTest';

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

describe('findNodeLinear', () => {
  it('agrees with the quadtree', () => {
    const n = 300;
    const pos = new Float32Array(2 * n);
    const radii = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      pos[2 * i] = ((i * 37) % 101) * 3;
      pos[2 * i + 1] = ((i * 53) % 97) * 3;
      radii[i] = 2 + (i % 5);
    }
    const tree = createHitTester(pos, radii, n);
    for (let x = 0; x < 300; x += 7) for (let y = 0; y < 300; y += 11) expect(findNodeLinear(pos, radii, n, x, y, 1)).toBe(tree.find(x, y, 1));
  });
});
