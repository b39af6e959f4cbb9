import { describe, expect, it } from 'vitest';
import { buildSimulation, hashUnit, readPositions, seedPositions, spiralPoint } from './layout';

const ids = ['country:CHN', 'person:wang-yi', 'person:xi', 'country:FRA', 'person:macron'];
// wang-yi, xi → CHN; macron → FRA; wang-yi met macron.
const links = Int32Array.from([1, 0, 2, 0, 4, 3, 1, 4]);

describe('seedPositions', () => {
  it('is deterministic', () => {
    expect(seedPositions(ids, links, new Map())).toEqual(seedPositions(ids, links, new Map()));
  });

  it('uses the spiral on first load, most important first', () => {
    const pos = seedPositions(ids, links, new Map(), [3, 0, 1, 2, 4]);
    const p0 = spiralPoint(0);
    expect(pos[6]).toBeCloseTo(p0.x);
    expect(pos[7]).toBeCloseTo(p0.y);
  });

  it('keeps known nodes where they are', () => {
    const known = new Map(ids.map((id, i) => [id, { x: 100 * i, y: -50 * i }]));
    const pos = seedPositions(ids, links, known);
    ids.forEach((_, i) => {
      expect(pos[2 * i]).toBe(100 * i);
      expect(pos[2 * i + 1]).toBe(-50 * i);
    });
  });

  it('puts a new node next to its placed neighbours, not at the origin', () => {
    const known = new Map([
      ['country:CHN', { x: 500, y: 500 }],
      ['person:wang-yi', { x: 520, y: 480 }],
      ['country:FRA', { x: -400, y: 300 }],
      ['person:macron', { x: -420, y: 320 }],
    ]);
    const pos = seedPositions(ids, links, known);
    // xi is new; its only neighbour is China.
    expect(Math.hypot(pos[4]! - 500, pos[5]! - 500)).toBeLessThan(30);
  });

  it('places new components with no known node outside the existing map', () => {
    const known = new Map([['country:CHN', { x: 0, y: 0 }]]);
    const allIds = [...ids, 'country:ISL', 'person:bjarni'];
    const allLinks = Int32Array.from([...links, 6, 5]);
    const pos = seedPositions(allIds, allLinks, new Map([...known, ['country:FRA', { x: 300, y: 0 }]]));
    const isl = Math.hypot(pos[10]!, pos[11]!);
    expect(isl).toBeGreaterThanOrEqual(280);
    expect(Math.hypot(pos[12]! - pos[10]!, pos[13]! - pos[11]!)).toBeLessThan(30);
    for (const v of pos) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('hashUnit', () => {
  it('maps strings to [0, 1) deterministically', () => {
    expect(hashUnit('abc')).toBe(hashUnit('abc'));
    expect(hashUnit('abc')).not.toBe(hashUnit('abd'));
    for (const s of ['', 'a', 'country:CHN']) {
      expect(hashUnit(s)).toBeGreaterThanOrEqual(0);
      expect(hashUnit(s)).toBeLessThan(1);
    }
  });
});

describe('buildSimulation', () => {
  it('pulls members towards their country and settles deterministically', () => {
    const radii = Float32Array.from([8, 5, 5, 8, 5]);
    const membership = Uint8Array.from([1, 1, 1, 0]);
    const run = () => {
      const positions = seedPositions(ids, links, new Map());
      const sim = buildSimulation({ radii, links, membership, positions });
      for (let i = 0; i < 300; i++) sim.tick();
      return readPositions(sim.nodes());
    };
    const a = run();
    expect(run()).toEqual(a);
    const d = (i: number, j: number) => Math.hypot(a[2 * i]! - a[2 * j]!, a[2 * i + 1]! - a[2 * j + 1]!);
    expect(d(2, 0)).toBeLessThan(d(2, 3));
    for (const v of a) expect(Number.isFinite(v)).toBe(true);
  });
});
