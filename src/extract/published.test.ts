import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { prepareInput } from './input';
import { extractGraph, type InputFile } from './pipeline';
import { blankFrontMatter, fileNameDate, manifestRow, normalisePublished, parseManifest, readFrontMatter } from './published';

const csv = (t: string) => parseCsv(t, { relax_column_count: true, skip_empty_lines: true }) as string[][];
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('normalisePublished', () => {
  it.each([
    ['2021-05-12', '2021-05-12'],
    ['2021-05-12T23:40:00-05:00', '2021-05-12'], // the publisher's own day, not shifted to UTC
    ['2021/05/12', '2021-05-12'],
    ['20210512', '2021-05-12'],
    ['May 12, 2021', '2021-05-12'],
    ['Wednesday, May 12, 2021', '2021-05-12'],
    ['12 May 2021', '2021-05-12'],
    ['2021-05', '2021-05'],
  ])('%s -> %s', (raw, iso) => expect(normalisePublished(raw)).toBe(iso));

  it.each(['', 'yesterday', '2021-02-30', '2021-13-01', '12345678', '0001-01-01', 'Roadmap 2030'])('%s is not a publication date', (raw) => {
    expect(normalisePublished(raw)).toBeNull();
  });
});

describe('front matter', () => {
  it('reads date, title and source, and ends where the text begins', () => {
    const text = '---\ntitle: "Ministers meet in Valletta"\ndate: 2022-03-08\nsource: https://example.org/a\n---\nThe ministers met on Tuesday.\n';
    const fm = readFrontMatter(text)!;
    expect(fm).toMatchObject({ published: '2022-03-08', title: 'Ministers meet in Valletta', url: 'https://example.org/a', error: null });
    expect(text.slice(fm.end)).toBe('The ministers met on Tuesday.\n');
    const blank = blankFrontMatter(text, fm);
    expect(blank.length).toBe(text.length);
    expect(blank.slice(fm.end)).toBe(text.slice(fm.end));
    expect(blank.slice(0, fm.end).trim()).toBe('');
  });

  it('takes published: as well as date:', () => {
    expect(readFrontMatter('---\npublished: 2019-11-30\n---\nText.')!.published).toBe('2019-11-30');
  });

  it('is only a block at the very top, fenced on both sides', () => {
    expect(readFrontMatter('Text first.\n---\ndate: 2020-01-01\n---\n')).toBeNull();
    expect(readFrontMatter('---\nA horizontal rule, then text with no closing fence.\n')).toBeNull();
  });

  it('reports broken YAML and a date that is not one, and still keeps the block out of the text', () => {
    const bad = readFrontMatter('---\ndate: [2020\n---\nText.')!;
    expect(bad.error).toMatch(/not valid YAML/);
    expect(bad.published).toBeNull();
    expect(readFrontMatter('---\ndate: soon\n---\nText.')!.error).toMatch(/"soon" is not a date/);
  });
});

describe('a date in the file name', () => {
  it.each([
    ['2020-02-07-ministers-meet.txt', '2020-02-07'],
    ['20200207_readout.html', '2020-02-07'],
    ['archive/2020/02/07/story.txt', '2020-02-07'],
    ['news_2020_02_07.md', '2020-02-07'],
  ])('%s -> %s', (name, iso) => expect(fileNameDate(name)).toBe(iso));

  it.each(['12345678.txt', 'story-2020.txt', 'readout-20201340.txt', '001_7637191115401dfc.txt', 'page-20200231.txt'])('%s has none', (name) => {
    expect(fileNameDate(name)).toBeNull();
  });
});

describe('manifest', () => {
  it('reads CSV with a header and JSON Lines, and names the line of each problem', () => {
    const m = parseManifest('file,published,url\na.txt,2021-05-12,https://x.test/a\nsub/b.txt,12 May 2021,\nc.txt,someday,\n', csv);
    expect(manifestRow(m, 'a.txt')).toMatchObject({ published: '2021-05-12', url: 'https://x.test/a' });
    expect(manifestRow(m, 'sub/b.txt')!.published).toBe('2021-05-12');
    expect(m.problems).toEqual(['line 4: "someday" is not a date (use YYYY-MM-DD)']);
    const j = parseManifest('{"file": "a.txt", "published": "2021-05-12", "title": "T"}\nnot json\n', csv);
    expect(manifestRow(j, 'a.txt')).toMatchObject({ published: '2021-05-12', title: 'T' });
    expect(j.problems).toEqual(['line 2: not valid JSON']);
  });

  it('matches a bare file name to a file in a subfolder', () => {
    expect(manifestRow(parseManifest('file,published\nb.txt,2021-05-12\n', csv), 'deep/b.txt')!.published).toBe('2021-05-12');
  });

  it('says what is wrong with a header that has no file column', () => {
    expect(parseManifest('name,date\na.txt,2021-05-12\n', csv).problems[0]).toMatch(/no "file" column/);
  });
});

describe('HTML metadata', () => {
  it.each([
    ['<meta property="article:published_time" content="2021-05-12T09:00:00+09:00">', '2021-05-12'],
    ['<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2021-05-12"}]}</script>', '2021-05-12'],
    ['<meta name="date" content="2021-05-12">', '2021-05-12'],
  ])('%s', (head, iso) => {
    const p = prepareInput('a.html', utf8(`<html><head>${head}<title>Ministers meet</title></head><body><p>They met.</p></body></html>`));
    expect(p.ok && p.meta).toEqual({ published: { date: iso, from: 'html-meta' }, title: 'Ministers meet' });
  });

  it('a <time datetime> in the body, when the head has nothing', () => {
    const p = prepareInput('a.html', utf8('<article><time datetime="2021-05-12">May 12</time><p>They met.</p></article>'));
    expect(p.ok && p.meta.published).toEqual({ date: '2021-05-12', from: 'html-meta' });
  });
});

// Invented readouts: each gives its meeting's day only relative to a publication date that is outside the text.
const BODY = 'Foreign Minister Karin Holm of Sweden met with Foreign Minister Tomas Urbán of Hungary on Wednesday in Stockholm.\n';
const meetingOf = (file: InputFile) => {
  const g = extractGraph([file]);
  expect(g.meetings).toHaveLength(1);
  return g.meetings[0]!;
};

describe('each article is dated from its publication date', () => {
  it('front matter: "on Wednesday" is the Wednesday on or before the day it was published', () => {
    const text = '---\ndate: 2021-05-14\n---\n' + BODY;
    const m = meetingOf({ name: 'holm.md', text });
    expect(m.date).toBe('2021-05-12');
    expect(m.dateBasis).toEqual({ how: 'relative', phrase: 'on Wednesday', anchor: '2021-05-14', anchorFrom: 'front-matter' });
    expect(m.sources[0]).toMatchObject({ published: '2021-05-14', publishedFrom: 'front-matter' });
    // Offsets still index the file as given, front matter included.
    expect(text.slice(m.sources[0]!.start, m.sources[0]!.end)).toBe(m.sources[0]!.quote);
  });

  it('the file name, when nothing else dates it', () => {
    expect(meetingOf({ name: '2021-05-14-holm-urban.txt', text: BODY }).dateBasis?.anchorFrom).toBe('file-name');
  });

  it('a manifest row outranks the file name', () => {
    const m = meetingOf({ name: '2021-05-14-holm-urban.txt', text: BODY, meta: { published: { date: '2021-05-20', from: 'manifest' } } });
    expect(m.date).toBe('2021-05-19');
    expect(m.dateBasis?.anchorFrom).toBe('manifest');
  });

  it('the run default (--published) is the last resort', () => {
    expect(meetingOf({ name: 'holm.txt', text: BODY, defaultPublished: '2021-05-14' }).date).toBe('2021-05-12');
    expect(meetingOf({ name: 'holm.txt', text: BODY, defaultPublished: '2021-05-14' }).dateBasis?.anchorFrom).toBe('option');
  });

  it('with no anchor at all the weekday stays undated: no silent guess', () => {
    const g = extractGraph([{ name: 'holm.txt', text: BODY }]);
    expect(g.meetings[0]!.date).toBeNull();
    expect(g.meetings[0]!.dateBasis).toBeUndefined();
  });

  it('a date line without a year takes the year that puts it on or before the publication day', () => {
    const text = 'STOCKHOLM, Dec. 30 -- ' + BODY;
    const m = meetingOf({ name: 'holm.txt', text, meta: { published: { date: '2022-01-02', from: 'manifest' } } });
    expect(m.date).toBe('2021-12-29');
  });

  it('a date the sentence states in full needs no anchor', () => {
    const m = meetingOf({ name: 'holm.md', text: '---\ndate: 2021-05-14\n---\nForeign Minister Karin Holm of Sweden met with Foreign Minister Tomas Urbán of Hungary on 3 March 2020 in Stockholm.\n' });
    expect(m.date).toBe('2020-03-03');
    expect(m.dateBasis).toMatchObject({ how: 'stated', anchor: null });
  });

  it('a readout whose lead sentence names no time is the day it was published', () => {
    const m = meetingOf({ name: 'holm.md', text: '---\ndate: 2021-05-14\n---\nForeign Minister Karin Holm of Sweden met with Foreign Minister Tomas Urbán of Hungary in Stockholm.\n' });
    expect(m.date).toBe('2021-05-14');
    expect(m.dateBasis).toMatchObject({ how: 'published', anchor: '2021-05-14' });
  });

  it('a plan, an anniversary or "next Wednesday" is not dated from it', () => {
    const g = extractGraph([{ name: 'holm.md', text: '---\ndate: 2021-05-14\n---\nForeign Minister Karin Holm of Sweden will meet Foreign Minister Tomas Urbán of Hungary next Wednesday under the Roadmap 2030.\n' }]);
    expect(g.meetings).toEqual([]);
  });
});
