// Text a file repeats is the same report again: articles pasted several times into one
// file, a sentence repeated along one line. (Invented text.)
import { describe, expect, it } from 'vitest';
import type { DraftMeeting } from './dedupe';
import { blankCopies, collapseRepeatedReports, repeatedArticles } from './repeats';
import { processFile } from './worker';

const FISHERIES = 'Talks on fisheries in the north\n\nForeign Minister Ivo Marek of Croatia met with Foreign Minister Lena Sorvik of Norway in Oslo.\n\n'
  + 'The two ministers discussed fishing quotas and sea lanes in the North Atlantic over two hours of talks.\n\n';
// A dated article after it: read afresh, a second copy of the first article would take this one's date line.
const ENERGY = 'Ministers sign an energy accord\n\nOSLO, March 3, 2021 — Norwegian Prime Minister Erik Dahl held talks with Croatian Prime Minister Tomo Horvat on Tuesday.\n\n'
  + 'They signed an accord on offshore wind power and agreed to meet again next year in Zagreb.\n\n';

const extract = (text: string) => processFile({ index: 0, path: 'page.txt', name: 'page.txt' }, () => new TextEncoder().encode(text));
const reading = (o: ReturnType<typeof extract>) => o.result!.meetings.map(({ sources, ...m }) => ({ ...m, sources: sources.length }));

describe('a file that repeats its articles', () => {
  it('gives the meetings of one copy, each with a source per copy, and says so', () => {
    const once = extract(FISHERIES + ENERGY);
    const thrice = extract((FISHERIES + ENERGY).repeat(3));
    expect(reading(thrice)).toEqual(reading(once).map((m) => ({ ...m, sources: 3 })));
    expect(reading(once).map((m) => m.date)).toEqual([null, '2021-03-02']);
    expect(thrice.result!.articles).toBe(6);
    expect(thrice.warnings).toContain('page.txt: 4 repeated articles (the same text as an earlier article of the file) read once: each is another source of the meetings of its first occurrence');
    const text = (FISHERIES + ENERGY).repeat(3);
    for (const m of thrice.result!.meetings) for (const s of m.sources) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('finds copies as the pipeline splits articles; a short repeated line is no article copy', () => {
    const text = FISHERIES + 'Share this story\n\n' + FISHERIES;
    const r = repeatedArticles('a.txt', text);
    expect(r).toEqual([{ start: 0, end: FISHERIES.trimEnd().length, copies: [FISHERIES.length + 'Share this story\n\n'.length] }]);
    const blank = blankCopies(text, r);
    expect(blank.length).toBe(text.length);
    expect(blank.slice(0, FISHERIES.length)).toBe(FISHERIES);
    expect(blank.slice(r[0]!.copies[0]!).trim()).toBe('');
    expect(repeatedArticles('a.txt', 'Ivo Marek met Lena Sorvik.\n\nIvo Marek met Lena Sorvik.\n')).toEqual([]);
  });
});

describe('a sentence repeated along one line', () => {
  it('is one meeting whose sources are every occurrence', () => {
    const sentence = 'Foreign Minister Ivo Marek of Croatia met with Foreign Minister Lena Sorvik of Norway. ';
    const o = extract(sentence.repeat(3000));
    expect(o.result!.meetings).toHaveLength(1);
    expect(o.result!.meetings[0]!.sources).toHaveLength(3000);
    expect(o.result!.meetings[0]!.sources[2999]!.start).toBe(2999 * sentence.length);
  });

  it('collapses identical reports before dedupe, keeping apart any that differ', () => {
    const draft = (start: number, quote: string, date: string | null = '2021-03'): DraftMeeting => ({
      kind: 'meeting', date, location: null, participants: ['person:a', 'person:b'], countries: ['HRV', 'NOR'],
      sources: [{ file: 'f', article: 'A', quote, start, end: start + quote.length }],
    });
    const out = collapseRepeatedReports([draft(0, 'A met B.'), draft(9, 'A met B.'), draft(18, 'A met B.', null), draft(30, 'B met A.'), draft(40, 'A met B.')]);
    expect(out.map((d) => d.sources.map((s) => s.start))).toEqual([[0, 9, 40], [18], [30]]);
  });
});
