import { describe, expect, it } from 'vitest';
import { centreOn, nearEdge } from './graphCamera';

describe('graph camera', () => {
  it('centres a layout point at a zoom', () => {
    const t = centreOn(10, -20, 2, { width: 400, height: 300 });
    expect(t).toEqual({ k: 2, x: 180, y: 190 });
    // The point lands at the viewport's centre.
    expect(t.k * 10 + t.x).toBe(200);
    expect(t.k * -20 + t.y).toBe(150);
  });

  it('tells a point near or past the edge from one well inside', () => {
    const v = { width: 400, height: 300 };
    expect(nearEdge(200, 150, v)).toBe(false);
    expect(nearEdge(10, 150, v)).toBe(true);
    expect(nearEdge(200, 290, v)).toBe(true);
    expect(nearEdge(-50, 150, v)).toBe(true);
    expect(nearEdge(385, 150, v, 10)).toBe(false);
  });
});
