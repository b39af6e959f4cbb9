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
  const pushed: string[] = [];
  const win = {
    location: { hash, pathname: '/', search: '' },
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => {
        calls.push(url);
        win.location.hash = url.startsWith('#') ? url : '';
      },
      pushState: (_: unknown, __: string, url: string) => {
        pushed.push(url);
        win.location.hash = url.startsWith('#') ? url : '';
      },
    },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { win: win as unknown as Window, calls, pushed, fire: (type: string) => listeners.get(type)?.(), listeners, raw: win };
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
  it('mirrors changes, once per actual change: a new selection as a history entry, the rest in place', () => {
    const store = createExplorerStore();
    store.getState().setGraph(graph);
    const { win, calls, pushed, raw } = fakeWindow('');
    bindUrlHash(store, win);
    store.getState().select('country:CHN');
    store.getState().hover('country:USA'); // not part of the hash
    store.getState().setSearch('x'); // not part of the hash
    expect(pushed).toEqual(['#sel=country:CHN']);
    store.getState().setCountriesOnly(true);
    store.getState().setColorBy('community');
    expect(calls).toEqual(['#countries=1&sel=country:CHN', '#countries=1&sel=country:CHN&color=community']);
    store.getState().select('person:wang-yi');
    expect(pushed.at(-1)).toBe('#countries=1&sel=person:wang-yi&color=community');
    store.getState().clearSelection();
    expect(pushed.at(-1)).toBe('#countries=1&color=community');
    store.getState().setCountriesOnly(false);
    store.getState().setColorBy('type');
    expect(calls.at(-1)).toBe('/');
    expect(raw.location.hash).toBe('');
    expect(pushed).toHaveLength(3);
  });
  it('a selection dropped on load (not in this graph) corrects the entry in place', () => {
    const store = createExplorerStore();
    store.getState().setGraph(graph);
    const { win, calls, pushed } = fakeWindow('#sel=country:ATL');
    bindUrlHash(store, win);
    expect(pushed).toEqual([]);
    expect(calls).toEqual(['/']);
  });
  it('Back (popstate) restores the previous selection', () => {
    const store = createExplorerStore();
    store.getState().setGraph(graph);
    const fake = fakeWindow('#sel=country:CHN');
    bindUrlHash(store, fake.win);
    store.getState().select('person:wang-yi');
    fake.raw.location.hash = '#sel=country:CHN';
    fake.fire('popstate');
    expect(store.getState().selectedId).toBe('country:CHN');
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
