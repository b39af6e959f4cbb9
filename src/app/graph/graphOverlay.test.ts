import { describe, expect, it } from 'vitest';
import { overlayMembers, overlaySize, OVERLAY_ALL_UP_TO, OVERLAY_MAX } from './graphOverlay';
import { smallGraph, stateWith } from './graphTestFixture';
import type { VisibleGraph } from '../store/selectors';

function bigGraph(n: number): VisibleGraph {
  const nodes = Array.from({ length: n }, (_, i) => {
    const id = `person:p${String(i).padStart(5, '0')}`;
    return { id, entity: { id, type: 'person' as const, name: id, aliases: [], country: null, role: null }, meetingCount: 1 };
  });
  return { nodes, links: [], meetings: [] };
}

describe('graph overlay', () => {
  it('gives tiny nodes a clickable button', () => {
    expect(overlaySize(1)).toBe(6);
    expect(overlaySize(10)).toBe(20);
  });

  it('gives every node a button in a small graph', () => {
    expect(overlayMembers(stateWith(smallGraph(), [[0, 0], [10, 0], [20, 0]]))).toBeNull();
  });

  it('in a big graph, the most important in view, plus the selected one wherever it is', () => {
    const n = OVERLAY_ALL_UP_TO + 500;
    // All in view but the last, far off to the right.
    const st = stateWith(bigGraph(n), Array.from({ length: n }, (_, i) => [i === n - 1 ? 1e6 : (i % 40) * 10, Math.floor(i / 40) % 30 * 10] as [number, number]));
    const members = overlayMembers(st)!;
    expect(members.length).toBe(OVERLAY_MAX);
    expect(members).toEqual([...members].sort());
    expect(members).not.toContain(st.scene.ids[n - 1]);
    st.selected = n - 1;
    expect(overlayMembers(st)).toContain(st.scene.ids[n - 1]);
  });
});
