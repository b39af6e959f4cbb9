import { describe, expect, it } from 'vitest';
import { monthTicks } from './axisTicks';

const labels = (first: string, last: string, max: number) => monthTicks(first, last, max).map((t) => t.label);

describe('monthTicks', () => {
  it('names the year on a graph within one year', () => {
    expect(labels('2025-03', '2025-09', 12)).toEqual(['Mar 2025', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct']);
  });

  it('names the year again where it changes', () => {
    expect(labels('2023-11', '2024-05', 12)).toEqual(['Nov 2023', 'Dec', 'Jan 2024', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
  });

  it('thins to calendar-aligned steps when space is short', () => {
    const ticks = monthTicks('2023-11', '2024-05', 4);
    expect(ticks.map((t) => t.month)).toEqual(['2023-11', '2024-01', '2024-03', '2024-05']);
    expect(ticks.map((t) => t.label)).toEqual(['Nov 2023', 'Jan 2024', 'Mar', 'May']);
  });

  it('labels yearly ticks by the year alone', () => {
    expect(labels('2005-01', '2025-12', 12)).toEqual(['2006', '2008', '2010', '2012', '2014', '2016', '2018', '2020', '2022', '2024', '2026']);
  });

  it('never exceeds the number asked for', () => {
    for (const max of [2, 3, 5, 8, 13]) expect(monthTicks('2001-01', '2024-12', max).length).toBeLessThanOrEqual(max);
  });
});
