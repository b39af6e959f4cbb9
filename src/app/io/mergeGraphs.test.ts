import { describe, expect, it } from 'vitest';
import type { Entity, GraphDocument, Meeting } from '../../model';
import { applyImport, mergeGraphs } from './mergeGraphs';

const country = (c: string, name: string): Entity => ({ id: `country:${c}`, type: 'country', name, aliases: [], country: c });
const person = (slug: string, name: string, c: string | null, extra: Partial<Entity> = {}): Entity => ({
  id: `person:${slug}`, type: 'person', name, aliases: [], country: c, role: null, ...extra,
});
const meeting = (id: string, participants: string[], file: string, start = 0, extra: Partial<Meeting> = {}): Meeting => ({
  id, kind: 'talks', date: '2024-03-04', location: null, participants, countries: [],
  sources: [{ file, article: 'A', quote: 'They met.', start, end: start + 9 }], ...extra,
});

const current: GraphDocument = {
  schemaVersion: 1,
  corpus: { files: 1, articles: 1, bytes: 100 },
  entities: [country('CHN', 'China'), country('BRA', 'Brazil'), person('wang-yi', 'Wang Yi', 'CHN', { aliases: ['Wang'] })],
  meetings: [meeting('m-1', ['country:BRA', 'person:wang-yi'], 'a.txt', 0, { countries: ['BRA', 'CHN'] })],
};

const added: GraphDocument = {
  schemaVersion: 1,
  corpus: { files: 2, articles: 3, bytes: 50 },
  entities: [
    country('BRA', 'Brazil'),
    country('CHN', 'China'),
    country('FRA', 'France'),
    person('wang-yi', 'Wang Yi', null, { aliases: ['Wang', 'Minister Wang'], role: 'Foreign Minister' }),
    person('jean-noel-barrot', 'Jean-Noël Barrot', 'FRA'),
  ],
  meetings: [
    // The same meeting (same id), reported by another file and by the report the current graph has.
    {
      ...meeting('m-1', ['country:BRA', 'person:wang-yi'], 'b.txt', 10, { countries: ['BRA', 'CHN'], location: 'Beijing' }),
      sources: [
        { file: 'b.txt', article: 'B', quote: 'They met.', start: 10, end: 19 },
        { file: 'a.txt', article: 'A', quote: 'They met.', start: 0, end: 9 },
      ],
    },
    meeting('m-2', ['person:jean-noel-barrot', 'person:wang-yi'], 'b.txt', 40, { countries: ['CHN', 'FRA'] }),
  ],
};

describe('mergeGraphs', () => {
  const merged = mergeGraphs(current, added);

  it('keeps each entity once, by id, the current one first and filled in from the new one', () => {
    expect(merged.entities.map((e) => e.id)).toEqual(['country:BRA', 'country:CHN', 'country:FRA', 'person:jean-noel-barrot', 'person:wang-yi']);
    const wang = merged.entities.find((e) => e.id === 'person:wang-yi')!;
    expect(wang.country).toBe('CHN');
    expect(wang.role).toBe('Foreign Minister');
    expect(wang.aliases).toEqual(['Minister Wang', 'Wang']);
  });

  it('keeps each meeting once, by id, with every distinct report', () => {
    expect(merged.meetings.map((m) => m.id)).toEqual(['m-1', 'm-2']);
    const m1 = merged.meetings[0]!;
    expect(m1.sources.map((s) => `${s.file}@${s.start}`)).toEqual(['a.txt@0', 'b.txt@10']);
    expect(m1.location).toBe('Beijing');
  });

  it('adds up the corpus', () => {
    expect(merged.corpus).toEqual({ files: 3, articles: 4, bytes: 150 });
  });

  it('does not change its inputs', () => {
    expect(current.meetings[0]!.sources).toHaveLength(1);
    expect(current.entities).toHaveLength(3);
  });

  it('a version-1 graph merged with version-2 text is version 2, and a meeting in both keeps how its date was found', () => {
    const basis = { how: 'relative' as const, phrase: 'on Monday', anchor: '2024-03-08', anchorFrom: 'front-matter' as const };
    const v2: GraphDocument = { ...added, schemaVersion: 2, meetings: added.meetings.map((m) => ({ ...m, dateBasis: basis })) };
    const joined = mergeGraphs(current, v2);
    expect(joined.schemaVersion).toBe(2);
    expect(joined.meetings.map((m) => m.dateBasis)).toEqual([basis, basis]);
    // The current graph's own word wins when it has one.
    const stated = { how: 'stated' as const, phrase: 'on 4 March 2024' };
    const own: GraphDocument = { ...current, schemaVersion: 2, meetings: current.meetings.map((m) => ({ ...m, dateBasis: stated })) };
    expect(mergeGraphs(own, v2).meetings[0]!.dateBasis).toEqual(stated);
    expect(mergeGraphs(v2, current).schemaVersion).toBe(2);
  });

  it('merging a graph with itself keeps its entities and meetings as they were', () => {
    const twice = mergeGraphs(current, current);
    expect(twice.entities).toEqual([...current.entities].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(twice.meetings).toEqual(current.meetings);
  });
});

describe('applyImport', () => {
  it('replace shows only the new graph', () => {
    const r = applyImport(current, added, 'replace');
    expect(r.ok && r.graph.meetings.map((m) => m.id)).toEqual(['m-1', 'm-2']);
    expect(r.ok && r.graph.meetings[0]!.sources).toHaveLength(2);
  });

  it('merge validates the joined graph', () => {
    const r = applyImport(current, added, 'merge');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.graph.meetings).toHaveLength(2);
  });

  it('reports a merge that leaves a meeting pointing at a missing entity', () => {
    const broken: GraphDocument = { schemaVersion: 1, entities: [], meetings: [meeting('m-9', ['person:nobody'], 'c.txt')] };
    const r = applyImport(current, broken, 'merge');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/unknown entity "person:nobody"/);
  });

  it('refuses a merge that would bring in a far-future date (it froze the timeline), naming the meeting', () => {
    const far: GraphDocument = { ...added, meetings: [meeting('m-9', ['country:BRA', 'person:wang-yi'], 'c.txt', 0, { date: '9999-12-31' })] };
    const r = applyImport(current, far, 'merge');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('meetings[1].date: year 9999 is outside 1800–2100 (a typo or a placeholder date?): re-run the extraction, which leaves such dates out, or correct it');
  });

  it('merge without a current graph is a replace', () => {
    const r = applyImport(null, current, 'merge');
    expect(r.ok && r.graph.meetings.map((m) => m.id)).toEqual(['m-1']);
  });
});
