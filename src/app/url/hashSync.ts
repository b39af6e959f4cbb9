// Keeps the URL hash and the store in step: the store is the truth, the hash a
// mirror. A new selection is a new history entry (pushState), so Back returns to
// the previous one; every other change replaces the entry (typing in a box must
// not pile up history). A hash edited by hand, opened from a link or reached by
// Back/Forward is read back in.
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
    colorBy: s.colorBy,
    camera: s.camera,
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
  const write = (s: ExplorerState, initial = false) => {
    const view = pickShareable(s);
    const hash = toHash(view);
    if (hash === current()) return;
    const { pathname, search } = win.location;
    const url = hash ? `#${hash}` : `${pathname}${search}`;
    const shown = viewFromHash(current());
    const newSelection = view.selectedId !== shown.selectedId || view.selectedMeetingId !== shown.selectedMeetingId;
    if (newSelection && !initial) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };
  restore();
  write(store.getState(), true);
  const unsubscribe = store.subscribe((s) => write(s));
  // Back/Forward between entries we pushed fire popstate (and hashchange, where the hash differs).
  win.addEventListener('hashchange', restore);
  win.addEventListener('popstate', restore);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', restore);
    win.removeEventListener('popstate', restore);
  };
}
