import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeLabelPlacement, leaderLine, overlaps, type LabelCandidate } from './labels';

const viewport = { width: 800, height: 600 };

function grid(n: number, spacing: number): { cands: LabelCandidate[]; pos: Float32Array } {
  const pos = new Float32Array(2 * n);
  const cands: LabelCandidate[] = [];
  const cols = Math.ceil(Math.sqrt(n));
  for (let i = 0; i < n; i++) {
    pos[2 * i] = (i % cols) * spacing;
    pos[2 * i + 1] = Math.floor(i / cols) * spacing;
    cands.push({ index: i, text: `Node ${i}`, width: 48, height: 13, r: 4 });
  }
  return { cands, pos };
}

function assertNoOverlap(boxes: number[][]) {
  for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) expect(overlaps(boxes[a]!, boxes[b]!)).toBe(false);
}

describe('computeLabelPlacement', () => {
  it('never places two overlapping labels, and keeps them in the viewport', () => {
    const { cands, pos } = grid(400, 10);
    const placed = computeLabelPlacement(cands, pos, { k: 1, x: 100, y: 100 }, viewport);
    expect(placed.length).toBeGreaterThan(10);
    assertNoOverlap(placed.map((p) => p.box));
    for (const p of placed) {
      expect(p.box[0]).toBeGreaterThanOrEqual(0);
      expect(p.box[1]).toBeGreaterThanOrEqual(0);
      expect(p.box[2]).toBeLessThanOrEqual(viewport.width);
      expect(p.box[3]).toBeLessThanOrEqual(viewport.height);
    }
  });

  it('shows the most important labels first: the first candidate always gets its label', () => {
    const { cands, pos } = grid(100, 5);
    const order = [...cands].reverse();
    const placed = computeLabelPlacement(order, pos, { k: 1, x: 200, y: 200 }, viewport);
    expect(placed[0]!.index).toBe(99);
  });

  it('shows more labels as you zoom in on a dense cluster', () => {
    const { cands, pos } = grid(400, 8);
    const far = computeLabelPlacement(cands, pos, { k: 1, x: 300, y: 200 }, viewport);
    const near = computeLabelPlacement(cands, pos, { k: 4, x: 50, y: 50 }, viewport);
    expect(near.length).toBeGreaterThan(far.length);
  });

  it('skips nodes outside the viewport and respects maxLabels', () => {
    const { cands, pos } = grid(100, 40);
    const offscreen = computeLabelPlacement(cands, pos, { k: 1, x: -10_000, y: 0 }, viewport);
    expect(offscreen).toHaveLength(0);
    const few = computeLabelPlacement(cands, pos, { k: 1, x: 20, y: 20 }, viewport, { maxLabels: 5 });
    expect(few).toHaveLength(5);
  });

  it('keeps labels off the obstacles (legend, buttons)', () => {
    const { cands, pos } = grid(400, 10);
    const legend = [0, 0, 300, 200];
    const placed = computeLabelPlacement(cands, pos, { k: 1, x: 100, y: 100 }, viewport, { obstacles: [legend] });
    expect(placed.length).toBeGreaterThan(5);
    for (const p of placed) expect(overlaps(p.box, legend)).toBe(false);
  });

  it('does not hide a big node under another node\'s label', () => {
    // A big node right below a small one: the small one's label goes elsewhere.
    const pos = new Float32Array([100, 100, 100, 125]);
    const cands = [
      { index: 0, text: 'small', width: 40, height: 13, r: 3 },
      { index: 1, text: 'big', width: 20, height: 13, r: 12 },
    ];
    const placed = computeLabelPlacement(cands, pos, { k: 1, x: 0, y: 0 }, viewport);
    const small = placed.find((p) => p.index === 0)!;
    expect(overlaps(small.box, [88, 113, 112, 137])).toBe(false);
    expect(small.y).toBeLessThan(100);
  });

  it('places a label below its node, clear of the disc', () => {
    const pos = new Float32Array([100, 100]);
    const [label] = computeLabelPlacement([{ index: 0, text: 'China', width: 40, height: 13, r: 10 }], pos, { k: 2, x: 0, y: 0 }, viewport);
    expect(label!.x).toBe(200);
    expect(label!.box[1]).toBeGreaterThanOrEqual(200 + 20);
  });

  it('has no overlaps for random layouts and zooms (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }), w: fc.integer({ min: 5, max: 200 }), r: fc.integer({ min: 1, max: 30 }) }), { maxLength: 120 }),
        fc.double({ min: 0.1, max: 8, noNaN: true }),
        (nodes, k) => {
          const pos = new Float32Array(nodes.flatMap((n) => [n.x, n.y]));
          const cands = nodes.map((n, i) => ({ index: i, text: 'x', width: n.w, height: 13, r: n.r }));
          const placed = computeLabelPlacement(cands, pos, { k, x: 400, y: 300 }, viewport);
          assertNoOverlap(placed.map((p) => p.box));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('names a node whose four sides are taken by taking a free corner', () => {
    // Two thin bars through the node block the spots above, below, left and right of it; the corners are free.
    const pos = new Float32Array([200, 200]);
    const bars = [[199, 150, 201, 250], [140, 199, 260, 201]];
    const [label] = computeLabelPlacement([{ index: 0, text: 'boxed in', width: 40, height: 13, r: 3 }], pos, { k: 1, x: 0, y: 0 }, viewport, { obstacles: bars });
    expect(label).toBeDefined();
    expect(Math.abs(label!.x - 200)).toBeGreaterThan(20);
    expect(Math.abs(label!.y - 200)).toBeGreaterThan(6);
  });

  it('lets a label pass the empty corner of a big round node', () => {
    // The small node's label fits below it only across the big disc's bounding square, clear of the disc itself.
    const pos = new Float32Array([100, 100, 133, 113]);
    const cands = [
      { index: 0, text: 'big', width: 20, height: 13, r: 20 },
      { index: 1, text: 'small', width: 30, height: 13, r: 3 },
    ];
    const placed = computeLabelPlacement(cands, pos, { k: 1, x: 0, y: 0 }, viewport, { obstacles: [[151, 100, 400, 400]] });
    const small = placed.find((p) => p.index === 1);
    expect(small).toBeDefined();
    expect(small!.box[1]).toBeGreaterThan(113);
    assertNoOverlap(placed.map((p) => p.box));
  });

  it('always names a forced candidate, even with no free spot, and off the maxLabels budget', () => {
    const { cands, pos } = grid(100, 4);
    const forced = { ...cands[55]!, forced: true };
    const placed = computeLabelPlacement([...cands.slice(0, 55), forced], pos, { k: 1, x: 300, y: 300 }, viewport, { maxLabels: 3 });
    expect(placed.filter((p) => p.index !== 55)).toHaveLength(3);
    expect(placed.some((p) => p.index === 55)).toBe(true);
    // ... but never for a node off screen.
    const off = computeLabelPlacement([forced], pos, { k: 1, x: -10_000, y: 0 }, viewport);
    expect(off).toHaveLength(0);
  });

  it('names a forced candidate however small its node is on screen', () => {
    const pos = new Float32Array([100, 100]);
    const cand = { index: 0, text: 'tiny', width: 30, height: 13, r: 0.5 };
    expect(computeLabelPlacement([cand], pos, { k: 1, x: 0, y: 0 }, viewport, { minScreenRadius: 1.2 })).toHaveLength(0);
    expect(computeLabelPlacement([{ ...cand, forced: true }], pos, { k: 1, x: 0, y: 0 }, viewport, { minScreenRadius: 1.2 })).toHaveLength(1);
  });

  it('moves a forced label out of a crowd along rings, tied to its node by a leader line, overlapping nothing', () => {
    const { cands, pos } = grid(100, 4);
    const forced = { ...cands[55]!, forced: true };
    const placed = computeLabelPlacement([...cands.filter((c) => c.index !== 55), forced], pos, { k: 1, x: 300, y: 300 }, viewport);
    const label = placed.find((p) => p.index === 55)!;
    expect(label.leader).toEqual([300 + pos[110]!, 300 + pos[111]!, 4]);
    assertNoOverlap(placed.map((p) => p.box));
    // The line runs from the node's rim to the label's box.
    const [x1, y1, x2, y2] = leaderLine(label)!;
    expect(Math.hypot(x1 - label.leader![0], y1 - label.leader![1])).toBeCloseTo(4, 5);
    expect(x2 >= label.box[0] && x2 <= label.box[2] && y2 >= label.box[1] && y2 <= label.box[3]).toBe(true);
  });
});

