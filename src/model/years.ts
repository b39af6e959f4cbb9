// The years a date of diplomatic news may have, shared by the schema (graph.ts) and the
// extractor (which leaves other dates out). No zod here: the extractor's main thread and
// the browser's import worker use these without loading the schema.

/**
 * Outside these years a date is a typo or a placeholder ("9999-12-31"); one such date once
 * stretched the timeline over 95,000 months and froze the explorer.
 */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

/** Whether an ISO date's year (its first four digits) lies within MIN_YEAR..MAX_YEAR. */
export const plausibleYear = (date: string): boolean => {
  const y = Number(date.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
};
