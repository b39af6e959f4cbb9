// The store's changes as the graph view sees them: a correction is the same document
// laid out on (the layout is not restarted), a new extraction is a new document.
import { describe, expect, it } from 'vitest';
import { reviewGraph } from '../../review/fixtures';
import { meetingRef } from '../../review/refs';
import { createExplorerStore } from '../store';
import { selectVisibleGraph } from '../store/selectors';
import { createGraphState } from './graphState';
import { subscribeStore, type Wiring } from './graphReactions';

function watch() {
  const store = createExplorerStore();
  store.getState().loadSession({ extracted: reviewGraph(), corrections: [], origin: { kind: 'served', url: 'graph.json' } });
  const st = createGraphState({ width: 400, height: 300 });
  st.visible = selectVisibleGraph(store.getState());
  const noop = () => {};
  const w = { store, st, renderer: { requestDraw: noop, requestMarks: noop }, lastCamera: null } as unknown as Wiring;
  const laidOut: boolean[] = [];
  subscribeStore(w, {
    setGraph: (next, isNew) => {
      st.visible = next;
      laidOut.push(isNew);
    },
    updateSelection: noop,
    updateHover: noop,
    showCamera: noop,
    focusOn: noop,
  });
  return { store, laidOut };
}

describe('graph view reactions to the store', () => {
  it('lays a corrected graph out again from where it was, not as a new document', () => {
    const { store, laidOut } = watch();
    const m3 = store.getState().graph!.meetings.find((m) => m.id === 'm-3')!;
    store.getState().correct({ op: 'reject', target: meetingRef(m3) });
    expect(laidOut).toEqual([false]);
  });

  it('takes a newly extracted graph for a new document', () => {
    const { store, laidOut } = watch();
    store.getState().setGraph(reviewGraph());
    expect(laidOut).toEqual([true]);
  });
});
