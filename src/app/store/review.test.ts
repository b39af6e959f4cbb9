// The store's review slice, asserted through getState(): corrections are records over
// the extracted graph (which stays as it was), undo and redo, a selection that follows
// a merge, a new extraction that keeps the corrections, and the weak-meeting filter.
import { beforeEach, describe, expect, it } from 'vitest';
import { editedElsewhere, reviewGraph } from '../../review/fixtures';
import { entityRef, meetingRef } from '../../review/refs';
import { createExplorerStore } from './index';
import { buildVisibleGraph, levelCounts, reviewOrder } from './selectors';

let store: ReturnType<typeof createExplorerStore>;
beforeEach(() => {
  store = createExplorerStore();
  store.getState().loadSession({ extracted: reviewGraph(), corrections: [], origin: { kind: 'served', url: 'graph.json' } });
});

const s = () => store.getState();
const meeting = (id: string) => s().graph!.meetings.find((m) => m.id === id)!;
const entity = (id: string) => s().graph!.entities.find((e) => e.id === id)!;

describe('corrections in the store', () => {
  it('applies a correction over the extracted graph, which stays as extracted', () => {
    const extracted = s().extracted;
    s().correct({ op: 'reject', target: meetingRef(meeting('m-3')) });
    expect(s().extracted).toBe(extracted);
    expect(s().graph!.meetings.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-4', 'm-5']);
    expect(s().corrections).toHaveLength(1);
    expect(s().corrections[0]).toMatchObject({ op: 'reject', id: expect.stringMatching(/^c-/), at: expect.any(String) });
    expect(s().outcomes[0]).toMatchObject({ status: 'applied', placedBy: 'id' });
  });

  it('undoes and redoes, and takes back any one correction', () => {
    s().correct({ op: 'set-date', target: meetingRef(meeting('m-5')), value: '2024-05-14' });
    s().correct({ op: 'set-kind', target: meetingRef(meeting('m-5')), value: 'talks' });
    expect(meeting('m-5')).toMatchObject({ date: '2024-05-14', kind: 'talks' });
    s().undo();
    expect(meeting('m-5')).toMatchObject({ date: '2024-05-14', kind: 'meeting' });
    s().redo();
    expect(meeting('m-5').kind).toBe('talks');
    s().removeCorrection(s().corrections[0]!.id);
    expect(meeting('m-5')).toMatchObject({ date: '2024-05', kind: 'talks' });
    s().undo();
    s().undo();
    expect(s().graph).toBe(s().extracted);
    expect(s().undone).toHaveLength(2);
    // A new correction clears what could be redone.
    s().correct({ op: 'confirm', target: meetingRef(meeting('m-1')) });
    expect(s().undone).toEqual([]);
  });

  it('keeps the selection on an entity merged into another, on the entity it went into', () => {
    s().select('person:s-lavrov');
    s().correct({ op: 'merge', target: entityRef(s().graph, entity('person:s-lavrov')), value: entityRef(s().graph, entity('person:sergey-lavrov')) });
    expect(s().selectedId).toBe('person:sergey-lavrov');
    s().selectMeeting('m-4');
    s().undo();
    // Undone, m-4 is its own meeting again.
    expect(s().selectedMeetingId).toBe('m-4');
  });

  it('keeps the corrections when a new extraction comes in, placing them again', () => {
    s().correct({ op: 'reject', target: meetingRef(meeting('m-1')) });
    s().setGraph(editedElsewhere());
    expect(s().graph!.meetings.map((m) => m.id)).toEqual(['m-2b', 'm-3', 'm-4', 'm-5']);
    expect(s().outcomes[0]).toMatchObject({ status: 'applied', placedBy: 'quote', target: 'm-1b' });
  });

  it('replaces the list with imported corrections', () => {
    s().correct({ op: 'reject', target: meetingRef(meeting('m-1')) });
    const kept = s().corrections;
    s().setCorrections([]);
    expect(s().graph!.meetings).toHaveLength(5);
    s().setCorrections(kept);
    expect(s().graph!.meetings).toHaveLength(4);
  });
});

describe('confidence in the selectors', () => {
  it('lists the weakest first and hides the weak on request', () => {
    const order = reviewOrder(s().graph).map((x) => `${x.meeting.id} ${x.confidence.level}`);
    expect(order[0]).toBe('m-2 weak');
    expect(levelCounts(s().graph).weak).toBe(1);
    const all = buildVisibleGraph(s().graph, s());
    const strong = buildVisibleGraph(s().graph, { ...s(), hideWeak: true });
    expect(all.meetings.map((m) => m.id)).toContain('m-2');
    expect(strong.meetings.map((m) => m.id)).not.toContain('m-2');
    // Confirmed by hand, it is no longer weak.
    s().correct({ op: 'confirm', target: meetingRef(meeting('m-2')) });
    expect(reviewOrder(s().graph).at(-1)!.confidence.level).toBe('confirmed');
    expect(buildVisibleGraph(s().graph, { ...s(), hideWeak: true }).meetings.map((m) => m.id)).toContain('m-2');
  });
});
