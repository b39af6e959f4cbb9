import { describe, expect, it } from 'vitest';
import { buildSnapshot } from './graphSnapshot';
import { smallGraph, stateWith } from './graphTestFixture';
import { nodePalette } from './communityColors';
import { highlightFlags } from './scene';
import { LIT_EDGE, MEMBERSHIP_EDGE } from './drawCanvas';

const text = { title: 'T', caption: 'C', credit: 'K', byType: true };
const fillOf = (st: ReturnType<typeof stateWith>) => nodePalette(st.scene.ids, st.scene.types, ['#c', '#o', '#p'], 'type', null);

describe('graph snapshot', () => {
  it('draws what is in view in screen pixels, with a legend by type', () => {
    const st = stateWith(smallGraph(), [[50, 50], [100, 100], [150, 50]]);
    st.transform = { k: 2, x: 10, y: 0 };
    const snap = buildSnapshot(st, fillOf(st), [], text);
    expect(snap.width).toBe(400);
    expect(snap.nodes.map((n) => [n.name, n.x, n.y])).toEqual([
      ['CHN', 110, 100],
      ['macron', 210, 200],
      ['wang', 310, 100],
    ]);
    expect(snap.edges).toHaveLength(2);
    expect(snap.edges.find((e) => e.dash)?.color).toBe(MEMBERSHIP_EDGE);
    expect(snap.legend.map((l) => l.label)).toEqual(['Country', 'Person', 'Size: meetings', 'Met (thicker: more often)', 'Belongs to country']);
    expect([snap.title, snap.caption, snap.credit]).toEqual(['T', 'C', 'K']);
  });

  it('leaves out what is off screen', () => {
    const st = stateWith(smallGraph(), [[50, 50], [100, 100], [5000, 50]]);
    const snap = buildSnapshot(st, fillOf(st), [], text);
    expect(snap.nodes.map((n) => n.name)).toEqual(['CHN', 'macron']);
    // Edges reaching into view are kept; those wholly to one side are not.
    expect(snap.edges).toHaveLength(2);
    st.positions = new Float32Array([5000, 50, 5100, 100, 5200, 50]);
    const off = buildSnapshot(st, fillOf(st), [], text);
    expect([off.nodes.length, off.edges.length]).toEqual([0, 0]);
  });

  it('dims what the selection does not light, and draws lit edges last', () => {
    const st = stateWith(smallGraph(), [[50, 50], [100, 100], [150, 50]]);
    st.flags = highlightFlags(st.scene, new Set(['person:wang', 'person:macron']), new Set(['person:macron|person:wang']));
    st.selected = 2;
    const snap = buildSnapshot(st, fillOf(st), [], { ...text, byType: false });
    expect(snap.nodes.at(-1)?.opacity).toBe(1);
    expect(snap.nodes[0]!.name).toBe('CHN');
    expect(snap.nodes[0]!.opacity).toBeLessThan(1);
    expect(snap.nodes.find((n) => n.ring)?.name).toBe('wang');
    expect(snap.edges.at(-1)?.color).toBe(LIT_EDGE);
    expect(snap.legend[0]!.label).toBe('Colour: community');
  });
});
