import { describe, expect, it } from 'vitest';
import { cacheScale, labelIds, labelText, orderLabels } from './graphRenderer';
import type { LabelCandidate, PlacedLabel } from './labels';
import { highlightFlags, buildScene } from './scene';
import { smallGraph } from './graphTestFixture';

const candidate = (index: number): LabelCandidate => ({ index, text: String(index), width: 10, height: 13, r: 3 });

describe('graph renderer', () => {
  it('shortens long names with an ellipsis', () => {
    expect(labelText('Wang Yi')).toBe('Wang Yi');
    const long = labelText('The Organisation for Security and Co-operation in Europe');
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long.endsWith('…')).toBe(true);
  });

  it('reuses the cached picture only within a zoom of 0.6x to 1.7x', () => {
    const at = { k: 2, x: 0, y: 0 };
    expect(cacheScale({ k: 2, x: 50, y: 9 }, at)).toBe(1);
    expect(cacheScale({ k: 3, x: 0, y: 0 }, at)).toBe(1.5);
    expect(cacheScale({ k: 1, x: 0, y: 0 }, at)).toBeNull();
    expect(cacheScale({ k: 4, x: 0, y: 0 }, at)).toBeNull();
  });

  it('orders a meeting’s ends, then the selection, then what is lit, forced; the rest after by importance', () => {
    const scene = buildScene(smallGraph());
    // Lit: wang (2) and macron (1), as when wang is selected.
    const flags = highlightFlags(scene, new Set(['person:wang', 'person:macron']), new Set())!;
    const list = orderLabels([0, 1, 2].map(candidate), flags, 2, new Set());
    expect(list.map((c) => c.index)).toEqual([2, 1, 0]);
    expect(list.map((c) => c.forced)).toEqual([true, true, false]);
    const withEnds = orderLabels([0, 1, 2].map(candidate), flags, 2, new Set([1]));
    expect(withEnds.map((c) => c.index)).toEqual([1, 2, 0]);
  });

  it('names the drawn labels, bright and dimmed', () => {
    const scene = buildScene(smallGraph());
    const labels = [0, 1, 2].map((index) => ({ index }) as PlacedLabel);
    expect(labelIds(labels, scene.ids, null)).toEqual({ bright: 'country:CHN person:macron person:wang', dim: '' });
    const flags = highlightFlags(scene, new Set(['person:wang']), new Set())!;
    expect(labelIds(labels, scene.ids, flags)).toEqual({ bright: 'person:wang', dim: 'country:CHN person:macron' });
  });
});
