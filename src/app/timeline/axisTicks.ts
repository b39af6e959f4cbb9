// The timeline's axis ticks: whole months (or years), each label carrying its year
// where the year is not already on the axis. Pure: months are "YYYY-MM" strings.
import { addMonths, monthsBetween, type Month } from './timeline';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];

export interface AxisTick {
  month: Month;
  label: string;
}

/**
 * Ticks for an axis running from the start of `first` to the end of `last`, at most
 * `maxTicks` of them, on calendar-aligned months (every 1, 2, 3, 6 months or whole
 * years). Month ticks read "Mar" with the year on the first tick and wherever the
 * year changes ("Nov 2023", "Dec", "Jan 2024"), so a graph within one year still
 * says which year; yearly ticks read "2024".
 */
export function monthTicks(first: Month, last: Month, maxTicks: number): AxisTick[] {
  const end = addMonths(last, 1); // the axis ends where the month after `last` starts
  const span = monthsBetween(first, end);
  const step = STEPS.find((s) => Math.floor(span / s) + 1 <= Math.max(2, maxTicks)) ?? STEPS[STEPS.length - 1]!;
  const ticks: AxisTick[] = [];
  let previousYear: string | null = null;
  for (let i = 0; i <= span; i++) {
    const month = addMonths(first, i);
    const [y, m] = month.split('-') as [string, string];
    const index = Number(y) * 12 + Number(m) - 1;
    if (index % step !== 0) continue;
    const label = step >= 12 ? y : y !== previousYear ? `${MONTHS[Number(m) - 1]} ${y}` : MONTHS[Number(m) - 1]!;
    ticks.push({ month, label });
    previousYear = y;
  }
  return ticks;
}
