import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../model';
import { addMonths, binByMonth, focusExtent, lastDay, monthExtent, monthOf, monthRange, monthsBetween, overlapsRange, playNext, playStart } from './timeline';

const meeting = (id: string, date: string | null): Meeting => ({
  id,
  kind: 'meeting',
  date,
  location: null,
  participants: ['country:CHN'],
  countries: ['CHN'],
  sources: [{ file: 'a.txt', article: 'A', quote: 'q', start: 0, end: 1 }],
});

describe('month arithmetic', () => {
  it('reads the month of a date only when it is month-precise', () => {
    expect(monthOf('2024-02-27')).toBe('2024-02');
    expect(monthOf('2024-02')).toBe('2024-02');
    expect(monthOf('2024')).toBeNull();
    expect(monthOf(null)).toBeNull();
  });
  it('adds months across years, both ways', () => {
    expect(addMonths('2023-11', 3)).toBe('2024-02');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(monthsBetween('2023-11', '2024-02')).toBe(3);
  });
  it('knows the last day of each month, leap years included', () => {
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(lastDay('2024-04')).toBe('2024-04-30');
    expect(lastDay('2024-12')).toBe('2024-12-31');
  });
  it('lists months inclusively', () => {
    expect(monthRange('2023-12', '2024-02')).toEqual(['2023-12', '2024-01', '2024-02']);
    expect(monthRange('2024-02', '2024-01')).toEqual([]);
  });
});

describe('binByMonth', () => {
  const meetings = [
    meeting('a', '2024-02-27'),
    meeting('b', '2024-02-28'),
    meeting('c', '2024-04'),
    meeting('d', '2023-11-15'),
    meeting('e', '2023'),
    meeting('f', null),
  ];
  it('counts per month and keeps empty months on the axis', () => {
    const { bins } = binByMonth(meetings);
    expect(bins).toEqual([
      { month: '2023-11', count: 1 },
      { month: '2023-12', count: 0 },
      { month: '2024-01', count: 0 },
      { month: '2024-02', count: 2 },
      { month: '2024-03', count: 0 },
      { month: '2024-04', count: 1 },
    ]);
  });
  it('draws a year-precise meeting as a span over its year, cut to the chart, and counts the undated', () => {
    const { years, yearsOffChart, undated } = binByMonth(meetings);
    // The chart runs Nov 2023 … Apr 2024: of 2023 it shows Nov and Dec, and says the year began before.
    expect(years).toEqual([{ year: '2023', count: 1, from: '2023-11', to: '2023-12', cutStart: true, cutEnd: false }]);
    expect(yearsOffChart).toEqual([]);
    expect(undated).toBe(1);
  });
  it('spans whole years inside the chart, one band per year, and counts the years off it', () => {
    const ms = [meeting('a', '2020-03-01'), meeting('b', '2022-06'), meeting('c', '2021'), meeting('d', '2021'), meeting('e', '2019'), meeting('f', '2023'), meeting('g', '2022')];
    const { years, yearsOffChart, bins } = binByMonth(ms);
    expect(years).toEqual([
      { year: '2021', count: 2, from: '2021-01', to: '2021-12', cutStart: false, cutEnd: false },
      { year: '2022', count: 1, from: '2022-01', to: '2022-06', cutStart: false, cutEnd: true },
    ]);
    // 2019 and 2023 lie wholly outside Mar 2020 … Jun 2022.
    expect(yearsOffChart).toEqual([{ year: '2019', count: 1 }, { year: '2023', count: 1 }]);
    // A year's meetings are not piled into any one month's bar.
    expect(bins.find((b) => b.month === '2021-01')?.count).toBe(0);
  });
  it('bins over a given extent so the axis stays put while filters change', () => {
    const { bins } = binByMonth([meetings[0]!], ['2024-01', '2024-03']);
    expect(bins.map((b) => b.count)).toEqual([0, 1, 0]);
  });
  it('has no bins without month-precise dates', () => {
    expect(monthExtent([meeting('x', '2020')])).toBeNull();
    expect(binByMonth([meeting('x', '2020')])).toEqual({ bins: [], years: [], yearsOffChart: [{ year: '2020', count: 1 }], undated: 0 });
  });
});

describe('dates as spans', () => {
  it.each([
    // A day is in the range when it lies within it.
    ['2024-02-27', '2024-02-01', '2024-02-29', true],
    ['2024-03-01', '2024-02-01', '2024-02-29', false],
    // A month or a year is in the range when any of its days is.
    ['2024-02', '2024-02-15', '2024-03-31', true],
    ['2024-02', '2024-01-01', '2024-02-01', true],
    ['2024-02', '2024-03-01', '2024-03-31', false],
    ['2024-02', '2024-01-01', '2024-01-31', false],
    ['2024', '2024-06-01', '2024-06-30', true],
    ['2024', null, '2024-01-01', true],
    ['2024', '2024-12-31', null, true],
    ['2024', '2025-01-01', null, false],
    ['2024', null, '2023-12-31', false],
    // Open ranges, and undated meetings.
    ['2024', null, null, true],
    [null, null, null, true],
    [null, '2024-01-01', null, false],
  ])('%s in [%s, %s] → %s', (date, from, to, expected) => expect(overlapsRange(date, from, to)).toBe(expected));
});

describe('play windows', () => {
  const extent: [string, string] = ['2024-01', '2024-06'];
  it('starts with a 3-month window at the beginning when no range is set', () => {
    expect(playStart(null, null, extent)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });
  it('keeps a narrower range as the first frame, snapped to whole months', () => {
    expect(playStart('2024-02-10', '2024-03-05', extent)).toEqual({ from: '2024-02-01', to: '2024-03-31' });
  });
  it('replays from the start when the range already sits at the end', () => {
    expect(playStart('2024-05-01', '2024-06-30', extent)).toEqual({ from: '2024-01-01', to: '2024-02-29' });
  });
  it('slides month by month and stops at the end', () => {
    let frame: { from: string; to: string } | null = playStart(null, null, extent);
    const frames = [];
    while (frame) {
      frames.push(frame.from.slice(0, 7));
      frame = playNext(frame.from, frame.to, extent);
    }
    expect(frames).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
  });
  it('fits short extents', () => {
    expect(playStart(null, null, ['2024-01', '2024-01'])).toEqual({ from: '2024-01-01', to: '2024-01-31' });
    expect(playNext('2024-01-01', '2024-01-31', ['2024-01', '2024-01'])).toBeNull();
  });
});

describe('focusExtent', () => {
  const dated = (...ds: string[]) => ds.map((d, i) => meeting(`m${i}`, d));
  it('starts after the last long gap, counting what it leaves out', () => {
    const ms = dated('1945-08-26', '1975-09', '2023-11-15', '2024-01-08', '2024-02', '2024-05-10');
    expect(focusExtent(ms)).toEqual({ extent: ['2023-11', '2024-05'], before: 2, beforeSpan: ['1945-08', '1975-09'], after: 0, afterSpan: null });
  });
  it('ends before a long gap to stray late dates, as it starts after stray early ones', () => {
    // A placeholder year the schema still allows (2099) beside a 2024 story: folded off the chart, not 900 empty months.
    const ms = dated('1945-08-26', '2023-11-15', '2024-01-08', '2024-02', '2024-05-10', '2099-12', '2100-12-31');
    expect(focusExtent(ms)).toEqual({ extent: ['2023-11', '2024-05'], before: 1, beforeSpan: ['1945-08', '1945-08'], after: 2, afterSpan: ['2099-12', '2100-12'] });
  });
  it('keeps everything when there is no long gap', () => {
    const ms = dated('2020-01', '2022-06', '2024-05');
    expect(focusExtent(ms)).toEqual({ extent: ['2020-01', '2024-05'], before: 0, beforeSpan: null, after: 0, afterSpan: null });
  });
  it('shows the run with the bulk of the meetings, early or late, the latest of equals', () => {
    expect(focusExtent(dated('1990-01', '1990-02', '1990-03', '2024-05'))).toMatchObject({ extent: ['1990-01', '1990-03'], after: 1 });
    expect(focusExtent(dated('1990-01', '1990-02', '2024-05', '2024-06'))).toMatchObject({ extent: ['2024-05', '2024-06'], before: 2 });
  });
  it('shows everything when no run holds half the meetings', () => {
    expect(focusExtent(dated('1950-01', '1960-01', '1970-01', '1980-01', '1980-02'))?.extent).toEqual(['1950-01', '1980-02']);
  });
  it('is null without month-precise dates', () => {
    expect(focusExtent([meeting('a', '2024'), meeting('b', null)])).toBeNull();
  });
});
