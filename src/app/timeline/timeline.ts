// Monthly binning and play windows for the timeline. Pure: months are "YYYY-MM"
// strings (they sort and compare as text), days are "YYYY-MM-DD"; no Date objects
// leak out, so there is no time-zone drift. A date is a span at its precision: a
// day, a whole month ("2024-02") or a whole year ("2024"), never the first day of it.
import { daySpan } from '../../export/dates';
import type { Meeting } from '../../model';

export type Month = string; // "YYYY-MM"

export interface MonthBin {
  month: Month;
  count: number;
}

/** The meetings dated only by one year, drawn as a band over that year's months (as much of it as the chart shows). */
export interface YearSpan {
  year: string;
  count: number;
  /** The months of the year on the chart: the whole year unless the extent cuts it. */
  from: Month;
  to: Month;
  /** The year goes on before the chart's first month / after its last. */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface Binned {
  /** Day- and month-precise meetings per month: a month-precise one fills its month's bar, as a day-precise one does. */
  bins: MonthBin[];
  /** Year-precise meetings whose year the chart shows, one span per year, oldest first. */
  years: YearSpan[];
  /** Year-precise meetings whose year is wholly off the chart, per year, oldest first. */
  yearsOffChart: { year: string; count: number }[];
  undated: number;
}

/** The month of an ISO date, or null when it is less precise than a month. */
export function monthOf(iso: string | null | undefined): Month | null {
  return iso && iso.length >= 7 ? iso.slice(0, 7) : null;
}

export function addMonths(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from a to b (b - a), e.g. 2024-01 → 2024-03 is 2. */
export function monthsBetween(a: Month, b: Month): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

export interface DayRange {
  from: string;
  to: string;
}

/**
 * Whether the days a date covers (daySpan, the one the GEXF export's spells use) overlap the inclusive
 * day range [from, to] (either end open when null):
 * a "2024-02" meeting is in any range touching February 2024. Undated meetings are in no range, but
 * pass when there is none.
 */
export function overlapsRange(date: string | null | undefined, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  const span = daySpan(date ?? null);
  if (!span) return false;
  return (!from || span.end >= from) && (!to || span.start <= to);
}

export function firstDay(month: Month): string {
  return `${month}-01`;
}

export function lastDay(month: Month): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** Every month from a to b inclusive. */
export function monthRange(a: Month, b: Month): Month[] {
  const n = monthsBetween(a, b);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addMonths(a, i));
}

/** First and last month with a month-precise meeting, or null when there is none. */
export function monthExtent(meetings: readonly Meeting[]): [Month, Month] | null {
  let lo: Month | null = null;
  let hi: Month | null = null;
  for (const m of meetings) {
    const month = monthOf(m.date);
    if (!month) continue;
    if (lo === null || month < lo) lo = month;
    if (hi === null || month > hi) hi = month;
  }
  return lo && hi ? [lo, hi] : null;
}

/**
 * Counts meetings per month over `extent` (default: the meetings' own extent), with
 * empty months kept so the bars sit on a regular time axis.
 */
export function binByMonth(meetings: readonly Meeting[], extent: [Month, Month] | null = monthExtent(meetings)): Binned {
  const counts = new Map<Month, number>();
  const yearCounts = new Map<string, number>();
  let undated = 0;
  for (const m of meetings) {
    const month = monthOf(m.date);
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
    else if (m.date) yearCounts.set(m.date, (yearCounts.get(m.date) ?? 0) + 1);
    else undated++;
  }
  const bins = extent ? monthRange(extent[0], extent[1]).map((month) => ({ month, count: counts.get(month) ?? 0 })) : [];
  const { years, offChart } = yearSpans(yearCounts, extent);
  return { bins, years, yearsOffChart: offChart, undated };
}

/** Each year's band, cut to the extent; a year wholly outside it is counted as off the chart. */
function yearSpans(counts: Map<string, number>, extent: [Month, Month] | null): { years: YearSpan[]; offChart: { year: string; count: number }[] } {
  const years: YearSpan[] = [];
  const offChart: { year: string; count: number }[] = [];
  for (const [year, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const first = `${year}-01`;
    const last = `${year}-12`;
    if (!extent || last < extent[0] || first > extent[1]) {
      offChart.push({ year, count });
      continue;
    }
    const cutStart = first < extent[0];
    const cutEnd = last > extent[1];
    years.push({ year, count, from: cutStart ? extent[0] : first, to: cutEnd ? extent[1] : last, cutStart, cutEnd });
  }
  return { years, offChart };
}

/** The day range covering months [start, start + width - 1]. */
export function monthWindow(start: Month, width: number): DayRange {
  return { from: firstDay(start), to: lastDay(addMonths(start, Math.max(1, width) - 1)) };
}

/**
 * The first frame when Play is pressed: the current range snapped to months, or a
 * `defaultWidth`-month window at the start when there is no narrower range or the
 * current one already sits at the end.
 */
export function playStart(from: string | null, to: string | null, extent: [Month, Month], defaultWidth = 3): DayRange {
  const total = monthsBetween(extent[0], extent[1]) + 1;
  if (!from && !to) return monthWindow(extent[0], Math.min(defaultWidth, total));
  let a = monthOf(from) ?? extent[0];
  if (a < extent[0]) a = extent[0];
  const b = monthOf(to) ?? extent[1];
  let width = Math.max(1, monthsBetween(a, b) + 1);
  if (width >= total) {
    width = Math.min(defaultWidth, total);
    a = extent[0];
  } else if (b >= extent[1] || a > extent[1]) {
    a = extent[0]; // at (or past) the end: replay from the start with the same width
  }
  return monthWindow(a, width);
}

/** The next frame (the window slid by one month), or null once its end reached the last month. */
export function playNext(from: string | null, to: string | null, extent: [Month, Month]): DayRange | null {
  const a = monthOf(from);
  const b = monthOf(to);
  if (!a || !b || b >= extent[1]) return null;
  return monthWindow(addMonths(a, 1), monthsBetween(a, b) + 1);
}

/** What focusExtent shows, and what it leaves off the chart on either side. */
export interface Focus {
  extent: [Month, Month];
  /** Month-precise meetings before the extent, and the months they span. */
  before: number;
  beforeSpan: [Month, Month] | null;
  /** Month-precise meetings after it, and the months they span. */
  after: number;
  afterSpan: [Month, Month] | null;
}

/**
 * The part of the extent worth drawing: a few stray dates far from the rest (an
 * anniversary of 1945 in a 2024 story, a mistyped 2099) would squeeze the months
 * that matter into slivers. The dated months are cut at every gap longer than
 * `maxGap` months; the chart shows the run holding the most meetings (the latest of
 * equals), unless it holds fewer than half of them, when it shows everything. Says
 * how many meetings (and which months) fall before and after it.
 */
export function focusExtent(meetings: readonly Meeting[], maxGap = 60): Focus | null {
  const months = meetings.map((m) => monthOf(m.date)).filter((m): m is Month => m !== null).sort();
  if (months.length === 0) return null;
  // Runs of months with no long gap: [first index, last index].
  const runs: Array<[number, number]> = [[0, 0]];
  for (let i = 1; i < months.length; i++) {
    if (monthsBetween(months[i - 1]!, months[i]!) > maxGap) runs.push([i, i]);
    else runs[runs.length - 1]![1] = i;
  }
  let [start, end] = runs.reduce((best, r) => (r[1] - r[0] >= best[1] - best[0] ? r : best));
  if (end - start + 1 < months.length / 2) [start, end] = [0, months.length - 1]; // no run is the bulk: show everything
  const last = months.length - 1;
  return {
    extent: [months[start]!, months[end]!],
    before: start,
    beforeSpan: start ? [months[0]!, months[start - 1]!] : null,
    after: last - end,
    afterSpan: end < last ? [months[end + 1]!, months[last]!] : null,
  };
}
