import { beforeEach, describe, expect, it } from 'vitest';
import { parseGraph, type GraphDocument } from '../../model';
import fixture from '../fixtures/small-graph.json';
import { createExplorerStore } from './index';
import { buildDetails, buildVisibleGraph, filterMeetings, inRange, meetingsOf, selectDetails, selectRangeMeetings, selectVisibleGraph } from './selectors';

const parsed = parseGraph(fixture);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const graph: GraphDocument = parsed.graph;
const all = { from: null, to: null, kinds: [...graph.meetings.map((m) => m.kind)], types: ['country', 'person', 'organisation'] as const, countriesOnly: false };
const filters = { ...all, types: [...all.types] };

let store: ReturnType<typeof createExplorerStore>;
beforeEach(() => {
  store = createExplorerStore();
  store.getState().setGraph(graph);
});

describe('inRange', () => {
  it.each([
    ['2024-02-27', '2024-02-01', '2024-02-29', true],
    ['2024-03-01', '2024-02-01', '2024-02-29', false],
    ['2024-02', '2024-02-15', '2024-03-31', true], // a month touching the range is in it
    ['2024-02', '2024-01-01', '2024-02-01', true],
    ['2024', '2024-03-01', '2024-03-31', true], // a year overlapping the range is in it
    ['2024', null, '2023-12-31', false],
    ['2024', '2024-06-01', null, true],
    ['2023', '2024-01-01', null, false],
    [null, '2024-01-01', null, false],
    [null, null, null, true],
  ])('%s in [%s, %s] → %s', (date, from, to, expected) => {
    expect(inRange(date, from, to)).toBe(expected);
  });
});

describe('filterMeetings', () => {
  it('keeps the range and kinds, newest first', () => {
    const ms = filterMeetings(graph, { from: '2024-02-01', to: '2024-04-30', kinds: ['talks', 'meeting', 'visit'] });
    expect(ms.map((m) => m.id)).toEqual(['m-4', 'm-2', 'm-1']);
  });
});

describe('buildVisibleGraph', () => {
  it('draws persons tied to their countries', () => {
    const v = buildVisibleGraph(graph, filters);
    expect(v.links.find((l) => l.id === 'person:anna-pappa|person:wang-yi')).toMatchObject({ kind: 'meeting', meetingIds: ['m-1'] });
    expect(v.links.find((l) => l.id === 'country:CHN|person:wang-yi')).toMatchObject({ kind: 'membership' });
  });
  it('folds everyone into countries in the countries-only view', () => {
    const v = buildVisibleGraph(graph, { ...filters, countriesOnly: true });
    expect(v.nodes.every((n) => n.entity.type === 'country' || n.entity.country === null)).toBe(true);
    const chnCyp = v.links.find((l) => l.id === 'country:CHN|country:CYP');
    expect(chnCyp?.meetingIds.sort()).toEqual(['m-1', 'm-2']);
  });
  it('narrows with the time range', () => {
    const v = buildVisibleGraph(graph, { ...filters, from: '2024-05-01', to: '2024-05-31' });
    expect(v.meetings.map((m) => m.id)).toEqual(['m-5']);
    expect(v.nodes.map((n) => n.id)).not.toContain('person:anna-pappa');
  });
  it('is memoised on its inputs', () => {
    const a = selectVisibleGraph(store.getState());
    expect(selectVisibleGraph(store.getState())).toBe(a);
    store.getState().toggleKind('summit');
    expect(selectVisibleGraph(store.getState())).not.toBe(a);
  });
});

describe('meetingsOf', () => {
  it('lists an entity’s own meetings, newest first', () => {
    expect(meetingsOf(graph, 'country:CHN').map((m) => m.id)).toEqual(['m-4']);
    expect(meetingsOf(graph, 'person:xi-jinping').map((m) => m.id)).toEqual(['m-5', 'm-2', 'm-6']);
  });
  it('in the countries view, includes the meetings of a country’s people and organisations', () => {
    expect(meetingsOf(graph, 'country:CHN', true).map((m) => m.id)).toEqual(['m-5', 'm-4', 'm-3', 'm-2', 'm-1', 'm-6']);
    expect(meetingsOf(graph, 'country:CYP', true).map((m) => m.id)).toEqual(['m-2', 'm-1', 'm-7']);
  });
});

describe('details', () => {
  it('counts meetings and distinct counterparts, most frequent first', () => {
    const d = buildDetails(graph, 'person:xi-jinping', filters)!;
    expect(d.entity.name).toBe('Xi Jinping');
    expect(d.meetings).toHaveLength(3);
    expect(d.counterparts.map((c) => [c.entity.id, c.count])).toEqual([
      ['person:luc-martin', 2],
      ['organisation:brics', 1], // ties by name: BRICS, John Dube, Progressive Party…
      ['person:john-dube', 1],
      ['organisation:akel', 1],
    ]);
  });
  it('folds counterparts into countries in the countries view', () => {
    const d = buildDetails(graph, 'country:CHN', { ...filters, countriesOnly: true })!;
    expect(d.meetings).toHaveLength(6);
    expect(d.counterparts.map((c) => c.entity.id)).toEqual(['country:CYP', 'country:FRA', 'country:ZAF', 'organisation:brics', 'country:USA']);
  });
  it('a country lists the meetings of its people in the full view too, with countries as counterparts', () => {
    const d = buildDetails(graph, 'country:CYP', filters)!;
    expect(d.meetings.map((m) => m.id)).toEqual(['m-2', 'm-1', 'm-7']);
    expect(d.counterparts.map((c) => c.entity.id)).toEqual(['country:CHN', 'country:USA']);
  });
  it('follows the filters but remembers the total', () => {
    store.getState().select('person:xi-jinping');
    store.getState().setRange('2024-01-01', '2024-12-31');
    const d = selectDetails(store.getState())!;
    expect(d.meetings.map((m) => m.id)).toEqual(['m-5', 'm-2']);
    expect(d.totalMeetings).toBe(3);
  });
  it('is null for no or an unknown selection', () => {
    expect(buildDetails(graph, null, filters)).toBeNull();
    expect(buildDetails(graph, 'country:XXX', filters)).toBeNull();
  });
});

describe('selectRangeMeetings', () => {
  it('drops meetings none of whose participants is of a shown type', () => {
    store.getState().toggleType('person');
    store.getState().toggleType('organisation');
    expect(selectRangeMeetings(store.getState()).map((m) => m.id)).toEqual(['m-4']);
    store.getState().setCountriesOnly(true);
    // Everyone folds into a country now (BRICS has none, but each meeting has a country side).
    expect(selectRangeMeetings(store.getState())).toHaveLength(7);
  });
});
