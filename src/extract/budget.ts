// How long one file may take. A file past its budget is skipped by name and the rest of
// the run goes on: one pathological page (a dump on one line, a quadratic corner no test
// found yet) never holds a whole corpus hostage.

/** The default budget of a file of `bytes`: a minute plus ten seconds per megabyte (ten times what the seeds take). */
export const timeBudget = (bytes: number): number => Math.round(60 + 10 * (bytes / 1e6));
