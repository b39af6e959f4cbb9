import { describe, expect, it } from 'vitest';
import { selectionView } from './graphSelection';
import { buildScene } from './scene';
import { smallGraph } from './graphTestFixture';

describe('graph selection view', () => {
  const scene = buildScene(smallGraph());

  it('lights nothing without a selection', () => {
    const v = selectionView(scene, null, null);
    expect(v.selected).toBe(-1);
    expect(v.meetingEnds.size).toBe(0);
    expect(v.flags?.dimOthers ?? false).toBe(false);
  });

  it('finds the selected node and lights its counterpart', () => {
    const v = selectionView(scene, 'person:wang', null);
    expect(v.selected).toBe(scene.indexOf.get('person:wang'));
    expect(v.flags!.dimOthers).toBe(true);
    expect(v.flags!.nodeLit[scene.indexOf.get('person:macron')!]).toBe(1);
  });

  it("marks a selected meeting's ends", () => {
    const v = selectionView(scene, null, 'm1');
    expect([...v.meetingEnds].sort()).toEqual([scene.indexOf.get('person:macron'), scene.indexOf.get('person:wang')].sort());
  });
});
