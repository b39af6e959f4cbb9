import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { parseGraph, MEETING_KINDS, ENTITY_TYPES } from '../../model';
import fixture from '../fixtures/small-graph.json';
import { gridColumns, renderSmallMultiples, timeSlices } from './smallMultiples';

const parsed = parseGraph(fixture);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const graph = parsed.graph;

describe('timeSlices', () => {
  it('cuts a range into slices on month boundaries, keeping the range\'s own first and last days', () => {
    expect(timeSlices('2023-11-10', '2024-05-20', 3).map((s) => [s.from, s.to])).toEqual([
      ['2023-11-10', '2023-12-31'],
      ['2024-01-01', '2024-02-29'],
      ['2024-03-01', '2024-05-20'],
    ]);
    expect(timeSlices('2024-01-01', '2024-12-31', 4).map((s) => s.title)).toEqual([
      '1 Jan 2024 – 31 Mar 2024',
      '1 Apr 2024 – 30 Jun 2024',
      '1 Jul 2024 – 30 Sep 2024',
      '1 Oct 2024 – 31 Dec 2024',
    ]);
  });
  it('makes no more slices than months', () => {
    expect(timeSlices('2024-02-01', '2024-03-31', 6)).toHaveLength(2);
  });
  it('says what is wrong with a bad request', () => {
    expect(() => timeSlices('2024-05-01', '2024-02-01', 3)).toThrow(/not a range of days/);
    expect(() => timeSlices('2024-01-01', '2024-02-01', 0)).toThrow(/1 or more/);
  });
});

describe('gridColumns', () => {
  it('lays panels out as a report page would', () => {
    expect([2, 3, 4, 6, 8, 9, 12].map(gridColumns)).toEqual([2, 3, 2, 3, 4, 3, 4]);
  });
});

describe('renderSmallMultiples', () => {
  const ids = graph.entities.map((e) => e.id);
  const positions = new Float32Array(ids.flatMap((_, i) => [Math.cos(i) * 100, Math.sin(i) * 60]));
  const svg = renderSmallMultiples({
    graph,
    filters: { kinds: [...MEETING_KINDS], types: [...ENTITY_TYPES], countriesOnly: false },
    slices: timeSlices('2023-11-01', '2024-05-31', 3),
    layout: { ids, positions },
    measure: (text) => text.length * 6,
    title: 'Three slices <of> time',
    caption: 'all kinds',
    credit: 'test',
  });
  it('is well-formed XML with one titled panel per slice and its meeting count', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect([...svg.matchAll(/<tspan font-weight="bold">([^<]+)<\/tspan><tspan[^>]*>([^<]+)<\/tspan>/g)].map((m) => `${m[1]}: ${m[2]}`)).toEqual([
      '1 Nov 2023 – 31 Dec 2023: 2 meetings',
      '1 Jan 2024 – 29 Feb 2024: 2 meetings',
      '1 Mar 2024 – 31 May 2024: 3 meetings',
    ]);
    expect(svg).toContain('Three slices &lt;of&gt; time');
  });
  it('draws an entity at the same place in every panel it is active in', () => {
    const xi = [...svg.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)"[^>]*><title>Xi Jinping<\/title>/g)].map((m) => `${m[1]},${m[2]}`);
    expect(xi.length).toBe(3);
    expect(new Set(xi).size).toBe(1);
    // Anna Pappa meets in the first two slices only.
    expect([...svg.matchAll(/<title>Anna Pappa<\/title>/g)]).toHaveLength(2);
  });
  it('refuses to draw nothing', () => {
    expect(() => renderSmallMultiples({ graph, filters: { kinds: [], types: [], countriesOnly: false }, slices: [], layout: { ids, positions }, measure: () => 1, title: '', caption: '', credit: '' })).toThrow(/no time slices/);
  });
});
