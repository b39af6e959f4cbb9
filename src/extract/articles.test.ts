// Placeholder Latin is left out sentence by sentence, counted and named: "lorem
// ipsum" anywhere used to drop its whole paragraph, and a page on one line lost
// every article with no word said. (Invented text.)
import { describe, expect, it } from 'vitest';
import { fillerIn, isFiller, splitArticles } from './articles';
import { processFile } from './worker';

const MEETING = 'Foreign Minister Ivo Marek of Croatia met with Foreign Minister Lena Sorvik of Norway in Oslo on March 3, 2021.';

describe('isFiller', () => {
  it.each([
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', true],
    ['Lorem ipsum.', true],
    ['Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.', true],
    ['Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.', true],
    // false positives: news that names the placeholder, Latin phrases of diplomacy, English with "in", "et al."
    ['The ministry website still showed lorem ipsum text when the two ministers met in Oslo.', false],
    [MEETING, false],
    ['Pacta sunt servanda, the minister said.', false],
    ['In a joint statement, Marek et al. said the talks were useful.', false],
    ['Ad hoc talks are planned in Rome.', false],
  ])('%s → %s', (sentence, filler) => {
    expect(isFiller(sentence)).toBe(filler);
  });
});

describe('placeholder Latin on a page', () => {
  it('is left out of the sentence, not the paragraph, and counted', () => {
    const text = `Lorem ipsum dolor sit amet, consectetur adipiscing elit. ${MEETING} Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.`;
    const [article] = splitArticles('a.txt', text);
    expect(article!.sentences.map((s) => s.text)).toEqual([MEETING]);
    expect(fillerIn(text)).toEqual({ sentences: 2, first: 0 });
  });

  it('a one-line file keeps its meeting, and the summary says what was left out', () => {
    const text = `Lorem ipsum dolor sit amet, consectetur adipiscing elit. ${MEETING}`;
    const o = processFile({ index: 0, path: 'one-line.txt', name: 'one-line.txt' }, () => new TextEncoder().encode(text));
    expect(o.result!.articles).toBe(1);
    expect(o.result!.meetings.map((m) => m.countries)).toEqual([['HRV', 'NOR']]);
    expect(o.warnings).toEqual(['one-line.txt: 1 sentence of placeholder Latin ("Lorem ipsum…") left out, from character 0']);
  });

  it('a paragraph of nothing but placeholder is no paragraph: the next line is still the first', () => {
    const text = `Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore.\n\n${MEETING}\n`;
    const [article] = splitArticles('a.txt', text);
    expect(article!.paragraphs.map((p) => p.text)).toEqual([MEETING]);
  });
});
