import { describe, expect, it } from 'vitest';
import type { DateBasis } from '../../model';
import { describeAnchor, describeDateBasis, describePublished, quotePhrase } from './dateBasis';

describe('describeDateBasis', () => {
  const cases: Array<[string, DateBasis | null | undefined, string | null, string | null]> = [
    // stated: the sentence writes the whole date; no anchor to name.
    ['stated day', { how: 'stated', phrase: 'On 31 October 1975', anchor: null, anchorFrom: null }, '1975-10-31', '‘On 31 October 1975’, stated in the text'],
    ['stated year', { how: 'stated', phrase: 'in 2018' }, '2018', '‘in 2018’, stated in the text'],
    ['stated, no phrase', { how: 'stated' }, '2021-05-12', 'stated in the text'],
    // inferred-year: what the text gave depends on the date's precision.
    ['month and day, year from the dateline', { how: 'inferred-year', phrase: 'May 12', anchor: '2021-05-12', anchorFrom: 'dateline' }, '2021-05-12', '‘May 12’: month and day in the text, year from the dateline 12 May 2021'],
    ['month, year from front matter', { how: 'inferred-year', phrase: 'January', anchor: '2024-02-08', anchorFrom: 'front-matter' }, '2024-01', '‘January’: month in the text, year from the publication date 8 Feb 2024 (front matter)'],
    ['month and day, year from the page', { how: 'inferred-year', phrase: 'June 5', anchor: null, anchorFrom: null }, '2025-06-05', '‘June 5’: month and day in the text, year from the dates elsewhere on the page'],
    ['no phrase, anchor of unknown origin', { how: 'inferred-year', anchor: '2021-05-14' }, '2021-05-12', 'month and day in the text, year from the article’s date 14 May 2021'],
    // relative: counted from the document time, named with where it came from.
    ['weekday from the dateline', { how: 'relative', phrase: 'on Wednesday', anchor: '2021-05-12', anchorFrom: 'dateline' }, '2021-05-12', '‘on Wednesday’, counted from the dateline 12 May 2021'],
    ['yesterday from front matter', { how: 'relative', phrase: 'yesterday', anchor: '2021-05-14', anchorFrom: 'front-matter' }, '2021-05-13', '‘yesterday’, counted from the publication date 14 May 2021 (front matter)'],
    ['weekday from HTML metadata', { how: 'relative', phrase: 'on Tuesday', anchor: '2021-06-18', anchorFrom: 'html-meta' }, '2021-06-15', '‘on Tuesday’, counted from the publication date 18 Jun 2021 (HTML metadata)'],
    ['weekday from the file name', { how: 'relative', phrase: 'on Monday', anchor: '2021-07-09', anchorFrom: 'file-name' }, '2021-07-05', '‘on Monday’, counted from the publication date 9 Jul 2021 (file name)'],
    ['from the manifest', { how: 'relative', phrase: 'last month', anchor: '2021-07-09', anchorFrom: 'manifest' }, '2021-06', '‘last month’, counted from the publication date 9 Jul 2021 (manifest)'],
    ['from --published', { how: 'relative', phrase: 'today', anchor: '2021-07-09', anchorFrom: 'option' }, '2021-07-09', '‘today’, counted from the publication date 9 Jul 2021 (the default given with --published)'],
    ['a month-precise anchor', { how: 'relative', phrase: 'last year', anchor: '2024-02', anchorFrom: 'dateline' }, '2023', '‘last year’, counted from the dateline Feb 2024'],
    ['no anchor: the page', { how: 'relative', phrase: 'April', anchor: null }, '2025-04', '‘April’, counted from the dates elsewhere on the page'],
    // context: an earlier sentence set it.
    ['same day', { how: 'context', phrase: 'same day' }, '2024-02-28', '‘same day’, from an earlier sentence of the article'],
    ['context, no phrase', { how: 'context', phrase: null }, '2025-09-04', 'from an earlier sentence of the article'],
    // dateline and published: the sentence names no time.
    ['the dateline day', { how: 'dateline', anchor: '2024-09-12', anchorFrom: 'dateline' }, '2024-09-12', 'the article’s dateline'],
    ['the month of the dateline', { how: 'dateline', anchor: '2024-02-22', anchorFrom: 'dateline' }, '2024-02', 'the month of the article’s dateline 22 Feb 2024'],
    ['"here" and the dateline', { how: 'dateline', phrase: 'here', anchor: '2024-02-22', anchorFrom: 'dateline' }, '2024-02-22', '‘here’, the article’s dateline'],
    ['the publication day', { how: 'published', anchor: '2021-05-14', anchorFrom: 'manifest' }, '2021-05-14', 'the article’s publication date (manifest)'],
    ['the month of the publication day', { how: 'published', anchor: '2021-05-14', anchorFrom: 'front-matter' }, '2021-05', 'the month of the article’s publication date 14 May 2021 (front matter)'],
    ['the year of the publication day', { how: 'published', anchor: '2021-05-14', anchorFrom: 'file-name' }, '2021', 'the year of the article’s publication date 14 May 2021 (file name)'],
    ['published, origin unknown', { how: 'published', anchor: null, anchorFrom: null }, '2021-05-14', 'the article’s publication date'],
    // Nothing to say.
    ['version 1: no basis', undefined, '2024-02-27', null],
    ['null basis', null, '2024-02-27', null],
    ['undated', { how: 'stated', phrase: 'in 2018' }, null, null],
  ];
  it.each(cases)('%s', (_name, basis, date, expected) => {
    expect(describeDateBasis(basis, date)).toBe(expected);
  });
  it('says nothing of a way it does not know (a newer file)', () => {
    expect(describeDateBasis({ how: 'guessed' } as unknown as DateBasis, '2024')).toBeNull();
  });
});

describe('quotePhrase', () => {
  it.each([
    ['on Wednesday', '‘on Wednesday’'],
    ['  on\n Wednesday ', '‘on Wednesday’'],
    ['', null],
    [null, null],
    ['x'.repeat(200), `‘${'x'.repeat(59)}…’`],
  ])('%j → %j', (phrase, expected) => expect(quotePhrase(phrase)).toBe(expected));
  it('keeps markup as the text it is', () => expect(quotePhrase('<b>Monday</b>')).toBe('‘<b>Monday</b>’'));
});

describe('describeAnchor', () => {
  it('names the dateline, the publication date and its source, or the article', () => {
    expect(describeAnchor('2021-05-12', 'dateline')).toBe('the dateline 12 May 2021');
    expect(describeAnchor('2021-05-14', 'front-matter')).toBe('the publication date 14 May 2021 (front matter)');
    expect(describeAnchor('2021-05', null)).toBe('the article’s date May 2021');
  });
});

describe('describePublished', () => {
  it.each([
    [{ published: '2021-05-14', publishedFrom: 'front-matter' as const }, 'published 14 May 2021 (front matter)'],
    [{ published: '2021-05-12', publishedFrom: 'dateline' as const }, 'dateline 12 May 2021'],
    [{ published: '2021-05-14', publishedFrom: null }, 'published 14 May 2021'],
    [{ published: null, publishedFrom: null }, null],
    [{}, null],
  ])('%j → %j', (source, expected) => expect(describePublished(source)).toBe(expected));
});
