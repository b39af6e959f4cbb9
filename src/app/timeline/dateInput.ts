// What a date input's change event may put into the store. Pure, no React.
// Chromium reports a date as soon as every segment holds a digit, so typing the
// year "2024" into a field reports 0002-…, 0020-…, 0202-… on the way: those are
// drafts, not dates, and applying them would filter (or swap From/To) on year 2.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The earliest year a typed date is taken for a finished one (a four-digit year). */
export const MIN_YEAR = 1000;

/**
 * The value to apply: "" (the field was cleared) or a complete, real calendar day
 * with a four-digit year; undefined for a draft still being typed (apply nothing).
 */
export function completeDate(value: string): string | '' | undefined {
  if (value === '') return '';
  const m = ISO_DAY.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || mo < 1 || mo > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth ? value : undefined;
}
