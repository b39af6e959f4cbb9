// The model keeps dates at the precision the article gave ("2024", "2024-03",
// "2024-03-05"). Tools with a timeline need a concrete day range instead.

/** A closed range of days, both ends as "YYYY-MM-DD". */
export type DaySpan = { start: string; end: string };

/**
 * The days a model date covers: a year becomes 1 Jan–31 Dec, a month its first
 * to last day, a day itself. A day past the month's end (the schema's regex lets
 * "2023-02-31" through) is clamped, since Gephi rejects impossible dates.
 */
export function daySpan(date: string | null): DaySpan | null {
  if (date === null) return null;
  const [y, m, d] = date.split('-');
  if (y === undefined) return null;
  const year = Number(y);
  if (m === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  const last = daysInMonth(year, Number(m));
  if (d === undefined) return { start: `${y}-${m}-01`, end: `${y}-${m}-${pad(last)}` };
  const day = `${y}-${m}-${pad(Math.min(Number(d), last))}`;
  return { start: day, end: day };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no DST surprises).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Merges overlapping or identical spans into disjoint ones, in order. Gephi's
 * interval sets refuse overlapping intervals ("Overlapping intervals aren't
 * allowed"), and two meetings of a pair can share a day or fall inside a month.
 */
export function mergeSpans(spans: DaySpan[]): DaySpan[] {
  const sorted = [...spans].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: DaySpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
