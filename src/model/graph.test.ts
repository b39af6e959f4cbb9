import { describe, expect, it } from 'vitest';
import { parseGraph } from './graph';

const minimal = {
  schemaVersion: 1,
  entities: [
    { id: 'country:CHN', type: 'country', name: 'China', aliases: [], country: 'CHN' },
    { id: 'person:stephanos-stephanou', type: 'person', name: 'Stephanos Stephanou', aliases: ['Stephanou'], country: 'CYP' },
  ],
  meetings: [
    {
      id: 'm-1',
      kind: 'talks',
      date: '2024-02',
      location: null,
      participants: ['country:CHN', 'person:stephanos-stephanou'],
      countries: ['CHN', 'CYP'],
      sources: [{ file: 'a.txt', article: 'A', quote: 'They held talks.', start: 0, end: 16 }],
    },
  ],
};

describe('parseGraph', () => {
  it('accepts a contract-only document', () => {
    expect(parseGraph(minimal).ok).toBe(true);
  });

  it('accepts the first and last plausible years', () => {
    for (const date of ['1800', '1800-01-01', '2100-12-31']) {
      const g = structuredClone(minimal);
      g.meetings[0]!.date = date;
      expect(parseGraph(g).ok).toBe(true);
    }
  });

  it.each([
    ['a date with an impossible month', (g: any) => (g.meetings[0].date = '2024-13'), 'meetings[0].date'],
    ['an unknown meeting kind', (g: any) => (g.meetings[0].kind = 'lunch'), 'meetings[0].kind'],
    ['a participant that is not an entity', (g: any) => (g.meetings[0].participants[1] = 'person:nobody'), 'unknown entity "person:nobody"'],
    ['a lower-case country code', (g: any) => (g.entities[1].country = 'cyp'), 'entities[1].country'],
    ['a duplicate entity id', (g: any) => g.entities.push({ ...g.entities[0] }), 'duplicate entity id'],
    ['a meeting without evidence', (g: any) => (g.meetings[0].sources = []), 'meetings[0].sources'],
    // A far-future date once froze the explorer's timeline (95,807 monthly bins): years are bounded.
    ['a placeholder date in 9999', (g: any) => (g.meetings[0].date = '9999-12-31'), 'meetings[0].date: year 9999 is outside 1800–2100 (a typo or a placeholder date?)'],
    ['a month in 9999', (g: any) => (g.meetings[0].date = '9999-12'), 'meetings[0].date: year 9999 is outside 1800–2100'],
    ['a year before 1800', (g: any) => (g.meetings[0].date = '0001'), 'meetings[0].date: year 0001 is outside 1800–2100'],
    ['a far-future publication date', (g: any) => (g.meetings[0].sources[0].published = '2999-01-01'), 'meetings[0].sources[0].published: year 2999 is outside'],
    ['a duplicate meeting id', (g: any) => g.meetings.push(structuredClone(g.meetings[0])), 'meetings[1].id: duplicate meeting id "m-1"'],
  ])('rejects %s and names where', (_, mutate, where) => {
    const g = structuredClone(minimal);
    mutate(g);
    const r = parseGraph(g);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(where);
  });

  it('tells the reader to re-extract when the schema version differs', () => {
    const r = parseGraph({ ...minimal, schemaVersion: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/re-run the extraction/);
  });

  it('rejects things that are not a graph at all', () => {
    for (const v of [null, 42, 'graph', [], {}]) expect(parseGraph(v).ok).toBe(false);
  });
});
