import { describe, expect, it } from 'vitest';
import { parseGraph, type GraphDocument } from '../../model';
import fixture from '../fixtures/small-graph.json';
import { searchEntities } from './search';

const parsed = parseGraph(fixture);
if (!parsed.ok) throw new Error('fixture');
const graph: GraphDocument = parsed.graph;
const ids = (q: string) => searchEntities(graph, q).map((h) => h.entity.id);

describe('searchEntities', () => {
  it('finds by name prefix, case-blind', () => {
    expect(ids('chi')[0]).toBe('country:CHN');
    expect(ids('XI')[0]).toBe('person:xi-jinping');
  });
  it('finds by a word inside the name', () => {
    expect(ids('jinping')).toEqual(['person:xi-jinping']);
  });
  it('finds by alias and says which alias matched', () => {
    const [hit] = searchEntities(graph, 'akel');
    expect(hit?.entity.id).toBe('organisation:akel');
    expect(hit?.alias).toBe('AKEL');
  });
  it('ignores accents', () => {
    const g: GraphDocument = { ...graph, entities: [...graph.entities, { id: 'country:STP', type: 'country', name: 'São Tomé and Príncipe', aliases: [], country: 'STP' }] };
    expect(searchEntities(g, 'sao tome')[0]?.entity.id).toBe('country:STP');
  });
  it('returns nothing for blank queries or no graph', () => {
    expect(searchEntities(graph, '   ')).toEqual([]);
    expect(searchEntities(null, 'x')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
  });
  it('ranks prefixes above substrings, then by weight', () => {
    // "an" starts "Anna Pappa" and is inside "Wang Yi", "Xi Jinping"...
    expect(ids('an')[0]).toBe('person:anna-pappa');
    const weighted = searchEntities(graph, 'president', 8, (id) => (id === 'person:luc-martin' ? 5 : 0));
    expect(weighted).toEqual([]); // roles are not names
    const byWeight = searchEntities(graph, 'j', 8, (id) => (id === 'person:john-dube' ? 5 : 0)).map((h) => h.entity.id);
    expect(byWeight[0]).toBe('person:john-dube');
  });
});
