import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatMonth, kindLabel, plural } from './format';

describe('formatDate', () => {
  it.each([
    ['2024-02-27', '27 Feb 2024'],
    ['2024-02-05', '5 Feb 2024'],
    ['2024-12', 'Dec 2024'],
    ['2023', '2023'],
    [null, 'Undated'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
  it('formats month bins', () => expect(formatMonth('2024-03-01')).toBe('Mar 2024'));
});

describe('countryName', () => {
  it('names countries from their ISO3 code', () => {
    expect(countryName('CHN')).toBe('China');
    expect(countryName('ZAF')).toBe('South Africa');
    expect(countryName('INT')).toBe('International');
  });
  it('falls back to the code when unknown, null when absent', () => {
    expect(countryName('XXX')).toBe('XXX');
    expect(countryName(null)).toBeNull();
  });
});

describe('labels', () => {
  it('labels kinds and counts', () => {
    expect(kindLabel('phone_call')).toBe('Phone call');
    expect(plural(1, 'meeting')).toBe('1 meeting');
    expect(plural(1200, 'entity', 'entities')).toBe('1,200 entities');
  });
});
