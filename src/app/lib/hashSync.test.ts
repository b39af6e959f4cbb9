import { describe, expect, it } from 'vitest';
import { parseGraph, type GraphDocument } from '../../model';
import fixture from '../fixtures/small-graph.json';
import { createExplorerStore } from '../store';
import { bindUrlHash } from './hashSync';

const parsed = parseGraph(fixture);
if (!parsed.ok) throw new Error('fixture');
const graph: GraphDocument = parsed.graph;

/** A window stand-in with just what bindUrlHash touches. */
function fakeWindow(hash: string) {
  const listeners = new Map<string, () => void>();
  const calls: string[] = [];
  const win = {
    location: { hash, pathname: '/', search: '' },
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => {
        calls.push(url);
        win.location.hash = url.startsWith('#') ? url : '';
      },
    },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { win: win as unknown as Window, calls, fire: (type: string) => listeners.get(type)?.(), listeners, raw: win };
}

describe('bindUrlHash', () => {
  it('restores filters and selection from the hash', () => {
    const store = createExplorerStore();
    store.getState().setGraph(graph);
    const { win } = fakeWindow('#from=2024-01-01&to=2024-03-31&kinds=talks&sel=country:CHN&countries=1');
    bindUrlHash(store, win);
    expect(store.getState()).toMatchObject({ from: '2024-01-01', to: '2024-03-31', kinds: ['talks'], selectedId: 'country:CHN', countriesOnly: true });
  });
  it('drops a selection this graph does not have', () => {
    const store = createExplorerStore();
    store.getState().setGraph(graph);
    const { win } = fakeWindow('#sel=country:ATL&meeting=m-999&from=2024-01-01');
    bindUrlHash(store, win);
    expect(store.getState()).toMatchObject({ selectedId: null, selectedMeetingId: null, from: '2024-01-01' });
  });
  it('mirrors changes with replaceState, once per actual change', () => {
    const store = createExplorerStore();
    store.getState().setGraph(graph);
    const { win, calls, raw } = fakeWindow('');
    bindUrlHash(store, win);
    store.getState().select('country:CHN');
    store.getState().hover('country:USA'); // not part of the hash
    store.getState().setSearch('x'); // not part of the hash
    expect(calls).toEqual(['#sel=country:CHN']);
    store.getState().clearSelection();
    expect(calls.at(-1)).toBe('/');
    expect(raw.location.hash).toBe('');
  });
  it('follows a hash edited by hand and unbinds cleanly', () => {
    const store = createExplorerStore();
    store.getState().setGraph(graph);
    const fake = fakeWindow('');
    const unbind = bindUrlHash(store, fake.win);
    fake.raw.location.hash = '#sel=person:wang-yi';
    fake.fire('hashchange');
    expect(store.getState().selectedId).toBe('person:wang-yi');
    unbind();
    expect(fake.listeners.size).toBe(0);
  });
});
