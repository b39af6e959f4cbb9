// Keeps the URL hash and the store in step: the store is the truth, the hash a
// mirror written with history.replaceState (typing in a box must not pile up
// history entries); a hash edited by hand or opened from a link is read back in.
import type { StoreApi } from 'zustand/vanilla';
import type { ExplorerState, ShareableView } from '../store';
import { graphIndex } from '../store/selectors';
import { toHash, viewFromHash } from './urlHash';

export function pickShareable(s: ExplorerState): ShareableView {
  return {
    from: s.from,
    to: s.to,
    kinds: s.kinds,
    types: s.types,
    countriesOnly: s.countriesOnly,
    selectedId: s.selectedId,
    selectedMeetingId: s.selectedMeetingId,
  };
}

/** The view a hash asks for, minus ids this graph does not have. */
export function viewForGraph(hash: string, s: ExplorerState): ShareableView {
  const view = viewFromHash(hash);
  const { byId, meetingById } = graphIndex(s.graph);
  if (view.selectedId && !byId.has(view.selectedId)) view.selectedId = null;
  if (view.selectedMeetingId && !meetingById.has(view.selectedMeetingId)) view.selectedMeetingId = null;
  return view;
}

/** Restores the view from the current hash, then mirrors every change. Returns an unbind function. */
export function bindUrlHash(store: StoreApi<ExplorerState>, win: Window = window): () => void {
  const current = () => win.location.hash.replace(/^#/, '');
  const restore = () => {
    if (current() !== toHash(pickShareable(store.getState()))) store.getState().applyView(viewForGraph(current(), store.getState()));
  };
  const write = (s: ExplorerState) => {
    const hash = toHash(pickShareable(s));
    if (hash === current()) return;
    const { pathname, search } = win.location;
    win.history.replaceState(win.history.state, '', hash ? `#${hash}` : `${pathname}${search}`);
  };
  restore();
  write(store.getState());
  const unsubscribe = store.subscribe(write);
  win.addEventListener('hashchange', restore);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', restore);
  };
}
