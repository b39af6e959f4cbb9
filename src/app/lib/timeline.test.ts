import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../model';
import { addMonths, binByMonth, focusExtent, lastDay, monthExtent, monthOf, monthRange, monthsBetween, playNext, playStart } from './timeline';

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
  it('reports what cannot sit in a month instead of dropping it silently', () => {
    const { yearOnly, undated } = binByMonth(meetings);
    expect(yearOnly).toBe(1);
    expect(undated).toBe(1);
  });
  it('bins over a given extent so the axis stays put while filters change', () => {
    const { bins } = binByMonth([meetings[0]!], ['2024-01', '2024-03']);
    expect(bins.map((b) => b.count)).toEqual([0, 1, 0]);
  });
  it('has no bins without month-precise dates', () => {
    expect(monthExtent([meeting('x', '2020')])).toBeNull();
    expect(binByMonth([meeting('x', '2020')]).bins).toEqual([]);
  });
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
  it('starts after the last long gap, counting what it leaves out', () => {
    const ms = ['1945-08-26', '1975-09', '2023-11-15', '2024-01-08', '2024-02', '2024-05-10'].map((d, i) => meeting(`m${i}`, d));
    expect(focusExtent(ms)).toEqual({ extent: ['2023-11', '2024-05'], before: 2, beforeSpan: ['1945-08', '1975-09'] });
  });
  it('keeps everything when there is no long gap', () => {
    const ms = ['2020-01', '2022-06', '2024-05'].map((d, i) => meeting(`m${i}`, d));
    expect(focusExtent(ms)).toEqual({ extent: ['2020-01', '2024-05'], before: 0, beforeSpan: null });
  });
  it('does not hide the bulk of the meetings behind a gap', () => {
    const ms = ['1990-01', '1990-02', '1990-03', '2024-05'].map((d, i) => meeting(`m${i}`, d));
    expect(focusExtent(ms)?.extent).toEqual(['1990-01', '2024-05']);
  });
  it('is null without month-precise dates', () => {
    expect(focusExtent([meeting('a', '2024'), meeting('b', null)])).toBeNull();
  });
});
