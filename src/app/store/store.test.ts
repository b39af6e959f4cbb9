// Store actions, asserted through getState() on a fresh store per test.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseGraph, type GraphDocument } from '../../model';
import fixture from '../fixtures/small-graph.json';
import { createExplorerStore } from './index';

const parsed = parseGraph(fixture);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const graph: GraphDocument = parsed.graph;

let store: ReturnType<typeof createExplorerStore>;
beforeEach(() => {
  store = createExplorerStore();
  store.getState().setGraph(graph);
});

describe('filters', () => {
  it('sets an inclusive range and swaps reversed bounds', () => {
    store.getState().setRange('2024-03-31', '2024-01-01');
    expect(store.getState()).toMatchObject({ from: '2024-01-01', to: '2024-03-31' });
  });
  it('toggles kinds and types on and off', () => {
    store.getState().toggleKind('talks');
    expect(store.getState().kinds).not.toContain('talks');
    store.getState().toggleKind('talks');
    expect(store.getState().kinds).toContain('talks');
    store.getState().toggleType('person');
    expect(store.getState().types).toEqual(['country', 'organisation']);
  });
  it('resets every filter', () => {
    const s = store.getState();
    s.setRange('2024-01-01', '2024-02-01');
    s.toggleKind('summit');
    s.toggleType('country');
    s.setCountriesOnly(true);
    s.setSearch('xi');
    store.getState().resetFilters();
    expect(store.getState()).toMatchObject({ from: null, to: null, countriesOnly: false, search: '' });
    expect(store.getState().kinds).toHaveLength(6);
    expect(store.getState().types).toHaveLength(3);
  });
});

describe('selection', () => {
  it('selecting an entity clears the highlighted meeting', () => {
    store.getState().selectMeeting('m-1');
    store.getState().select('country:CHN');
    expect(store.getState()).toMatchObject({ selectedId: 'country:CHN', selectedMeetingId: null });
  });
  it('selectMeeting keeps the entity, or selects the one given', () => {
    store.getState().select('country:CHN');
    store.getState().selectMeeting('m-4');
    expect(store.getState()).toMatchObject({ selectedId: 'country:CHN', selectedMeetingId: 'm-4' });
    store.getState().selectMeeting('m-1', 'person:wang-yi');
    expect(store.getState()).toMatchObject({ selectedId: 'person:wang-yi', selectedMeetingId: 'm-1' });
  });
  it('focusEntity selects and bumps the focus request each time', () => {
    store.getState().focusEntity('person:xi-jinping');
    store.getState().focusEntity('person:xi-jinping');
    expect(store.getState().focus).toEqual({ id: 'person:xi-jinping', seq: 2 });
    expect(store.getState().selectedId).toBe('person:xi-jinping');
  });
  it('clearSelection clears entity and meeting', () => {
    store.getState().selectMeeting('m-1', 'person:wang-yi');
    store.getState().clearSelection();
    expect(store.getState()).toMatchObject({ selectedId: null, selectedMeetingId: null });
  });
  it('a new graph drops the old selection', () => {
    store.getState().select('country:CHN');
    store.getState().setGraph(graph);
    expect(store.getState().selectedId).toBeNull();
  });
});

describe('play', () => {
  it('starts with a window at the first month and slides to the end, then stops', () => {
    store.getState().togglePlay();
    expect(store.getState()).toMatchObject({ playing: true, from: '2023-11-01', to: '2024-01-31' });
    const starts: string[] = [];
    for (let i = 0; i < 20 && store.getState().playing; i++) {
      starts.push(store.getState().from!.slice(0, 7));
      store.getState().playStep();
    }
    expect(starts).toEqual(['2023-11', '2023-12', '2024-01', '2024-02', '2024-03']);
    expect(store.getState()).toMatchObject({ playing: false, from: '2024-03-01', to: '2024-05-31' });
  });
  it('pauses on a second toggle and when a range is chosen by hand', () => {
    store.getState().togglePlay();
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
    store.getState().togglePlay();
    store.getState().setRange('2024-01-01', '2024-02-01');
    expect(store.getState().playing).toBe(false);
  });
  it('plays over the focus after stray early dates, or over all years when asked', () => {
    const early = { ...graph.meetings[0]!, id: 'm-1945', date: '1945-08-26' };
    const s = createExplorerStore();
    s.getState().setGraph({ ...graph, meetings: [...graph.meetings, early] });
    s.getState().togglePlay();
    expect(s.getState().from).toBe('2023-11-01');
    s.getState().togglePlay();
    s.getState().setRange(null, null);
    s.getState().setTimelineAllYears(true);
    s.getState().togglePlay();
    expect(s.getState().from).toBe('1945-08-01');
  });
  it('does nothing without month-dated meetings', () => {
    const empty = createExplorerStore();
    empty.getState().togglePlay();
    expect(empty.getState().playing).toBe(false);
  });
});

describe('applyView', () => {
  it('restores filters and selection in one step', () => {
    store.getState().applyView({ from: '2024-01-01', to: '2024-03-31', kinds: ['talks'], countriesOnly: true, selectedId: 'country:CHN' });
    expect(store.getState()).toMatchObject({
      from: '2024-01-01',
      to: '2024-03-31',
      kinds: ['talks'],
      countriesOnly: true,
      selectedId: 'country:CHN',
      types: ['country', 'person', 'organisation'],
    });
  });
});
