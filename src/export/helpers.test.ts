// The small shared pieces every export relies on: ordering, pairs, dates, XML text, colours.
import { describe, expect, it } from 'vitest';
import { TYPE_COLORS as APP_TYPE_COLORS } from '../app/graph/palette';
import { TYPE_COLORS, hexToRgb } from './colors';
import { daySpan, mergeSpans } from './dates';
import { meeting } from './fixtures/graphs';
import { compareIds } from './order';
import { participantPairs } from './pairs';
import { asToken, escapeXml, stripInvalidXmlChars } from './xml';

describe('compareIds', () => {
  // Equal values ("2", "02") fall back to code units, so the order stays total.
  it('orders digit runs by value and everything else by code unit', () => {
    const ids = ['m-10', 'm-2', 'm-1', 'm-02', 'person:b', 'person:a', 'country:ZAF', 'm-1a', 'm-99999999999999999999'];
    expect([...ids].sort(compareIds)).toEqual(['country:ZAF', 'm-1', 'm-1a', 'm-02', 'm-2', 'm-10', 'm-99999999999999999999', 'person:a', 'person:b']);
  });
});

describe('participantPairs', () => {
  it('gives each unordered pair once, in id order, without self-pairs', () => {
    expect(participantPairs(meeting('m', ['person:c', 'person:a', 'person:b', 'person:a']))).toEqual([
      { source: 'person:a', target: 'person:b' },
      { source: 'person:a', target: 'person:c' },
      { source: 'person:b', target: 'person:c' },
    ]);
    expect(participantPairs(meeting('m', ['person:a']))).toEqual([]);
  });
});

describe('daySpan', () => {
  it.each([
    ['2024', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2023-02', { start: '2023-02-01', end: '2023-02-28' }],
    ['1900-02', { start: '1900-02-01', end: '1900-02-28' }],
    ['2024-12', { start: '2024-12-01', end: '2024-12-31' }],
    ['2024-03-05', { start: '2024-03-05', end: '2024-03-05' }],
    ['2023-02-31', { start: '2023-02-28', end: '2023-02-28' }],
    [null, null],
  ])('%s → %j', (date, span) => {
    expect(daySpan(date)).toEqual(span);
  });
});

describe('mergeSpans', () => {
  it('merges overlapping and identical spans, keeps disjoint ones apart, sorts', () => {
    expect(
      mergeSpans([
        { start: '2024-03-01', end: '2024-03-01' },
        { start: '2024-01-01', end: '2024-12-31' },
        { start: '2025-01-01', end: '2025-01-01' },
        { start: '2025-01-01', end: '2025-01-01' },
        { start: '2025-01-02', end: '2025-01-02' },
      ]),
    ).toEqual([
      { start: '2024-01-01', end: '2024-12-31' },
      { start: '2025-01-01', end: '2025-01-01' },
      { start: '2025-01-02', end: '2025-01-02' },
    ]);
  });
});

describe('XML text', () => {
  it('escapes markup and quotes, and keeps tab and line breaks as character references', () => {
    expect(escapeXml(`<a href="x">'&'</a>\tx\r\ny`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#9;x&#13;&#10;y');
  });

  it('strips characters XML 1.0 cannot hold, keeping astral characters whole', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(stripInvalidXmlChars('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(stripInvalidXmlChars('flag 🇨🇾 and ✓')).toBe('flag 🇨🇾 and ✓');
  });
});

describe('asToken', () => {
  it('collapses whitespace runs and trims, as xsd:token requires', () => {
    expect(asToken(' Wang\tYi\r\n  (王毅) ')).toBe('Wang Yi (王毅)');
    // Found by the round-trip property: invalid characters go before whitespace is collapsed.
    expect(asToken('\u0000\tX \u0001 Y\u0000')).toBe('X Y');
  });
});

describe('colours', () => {
  it('match the explorer palette, so Gephi shows the graph the user just saw', () => {
    expect(TYPE_COLORS).toEqual(APP_TYPE_COLORS);
    expect(hexToRgb('#0072B2')).toEqual({ r: 0, g: 114, b: 178 });
  });
});
