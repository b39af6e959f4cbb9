// Scoring of the out-of-domain check set (src/extract/fixtures/ood/): hand-labelled
// articles in other agencies' styles. Pure: the caller reads the files.
import type { GraphDocument } from '../model';

export interface ExpectedMeeting { file: string; kind: string; date: string | null; countries: string[]; participants: string[] }
export interface ExpectedNonMeeting { file: string; quote: string; why: string }
export interface OodExpected { meetings: ExpectedMeeting[]; non_meetings: ExpectedNonMeeting[] }

export interface OodReport {
  /** For each expected meeting (same order), the index of its predicted match or -1. */
  matched: number[];
  /** Predicted meetings that match no expected one. */
  unmatched: number[];
  /** Non-meetings found anyway (indexes into expected.non_meetings). */
  nonMeetingsFound: number[];
  precision: number;
  recall: number;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** One-to-one match: same file, same countries, same date and same kind. */
export function scoreOod(graph: GraphDocument, expected: OodExpected): OodReport {
  const used = new Set<number>();
  const matched = expected.meetings.map((e) => {
    const i = graph.meetings.findIndex((m, k) => !used.has(k) && m.sources.some((s) => s.file === e.file) && sameSet(m.countries, e.countries) && m.date === e.date && m.kind === e.kind);
    if (i >= 0) used.add(i);
    return i;
  });
  const unmatched = graph.meetings.map((_, k) => k).filter((k) => !used.has(k));
  const nonMeetingsFound = expected.non_meetings.map((n, k) => (graph.meetings.some((m) => m.sources.some((s) => s.file === n.file && s.quote.includes(n.quote))) ? k : -1)).filter((k) => k >= 0);
  const tp = matched.filter((i) => i >= 0).length;
  return { matched, unmatched, nonMeetingsFound, precision: graph.meetings.length ? tp / graph.meetings.length : 1, recall: expected.meetings.length ? tp / expected.meetings.length : 1 };
}
