// Text a file repeats is read once. Scraped pages and database exports repeat
// themselves: the same sentence thousands of times on one line, the same articles
// pasted again and again into one file. A repeat is the same report, so it becomes
// another source of the meeting its first occurrence gives, never a meeting of its
// own (a copy read afresh takes its dates from whatever precedes it, which differs
// from copy to copy), and it costs no extraction.
import type { DraftMeeting } from './dedupe';
import type { FileResult } from './merge';
import { splitArticles } from './articles';
import { blankFrontMatter, readFrontMatter } from './published';

/**
 * The same sentence of the same article reported with the same reading (kind, date, parties, place):
 * one draft with every occurrence as a source. Linear; dedupe then compares one draft, not thousands.
 */
export function collapseRepeatedReports(drafts: DraftMeeting[]): DraftMeeting[] {
  const first = new Map<string, DraftMeeting>();
  const out: DraftMeeting[] = [];
  for (const d of drafts) {
    const s = d.sources.length === 1 ? d.sources[0]! : null;
    if (!s) { out.push(d); continue; }
    const key = JSON.stringify([
      d.kind, d.date, d.dateBasis ?? null, d.location, d.participants, d.countries, d.destination ?? null, d.place ?? null, !!d.past,
      s.file, s.article, s.quote, s.published ?? null, s.publishedFrom ?? null,
    ]);
    const had = first.get(key);
    if (had) had.sources.push(s);
    else {
      const own = { ...d, sources: [s] };
      first.set(key, own);
      out.push(own);
    }
  }
  return out;
}

/** An article of at least this many characters that recurs verbatim is a repeat (shorter ones may be boilerplate that means something else each time). */
export const MIN_REPEATED_ARTICLE = 200;

export interface RepeatedArticle {
  /** The first occurrence. */
  start: number;
  end: number;
  /** Where each later occurrence starts (same length, same text). */
  copies: number[];
}

/** Articles of a file whose text recurs verbatim later in it, as the pipeline splits the file. */
export function repeatedArticles(name: string, text: string): RepeatedArticle[] {
  // The text as extractFile reads it: front matter blanked, same length, so article offsets are the file's.
  const read = blankFrontMatter(text, readFrontMatter(text));
  const byText = new Map<string, RepeatedArticle>();
  for (const a of splitArticles(name, read)) {
    if (a.end - a.start < MIN_REPEATED_ARTICLE) continue;
    const body = text.slice(a.start, a.end);
    const had = byText.get(body);
    if (had) had.copies.push(a.start);
    else byText.set(body, { start: a.start, end: a.end, copies: [] });
  }
  return [...byText.values()].filter((r) => r.copies.length > 0);
}

/** The text with every later copy blanked (spaces, line breaks kept, so every offset holds). */
export function blankCopies(text: string, repeats: RepeatedArticle[]): string {
  const cuts = repeats.flatMap((r) => r.copies.map((c) => [c, c + r.end - r.start] as const)).sort((a, b) => a[0] - b[0]);
  if (!cuts.length) return text;
  // Built as parts joined once: a string grown by += over thousands of copies held every step alive.
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of cuts) {
    parts.push(text.slice(at, a));
    for (let i = a; i < b;) {
      const nl = text.indexOf('\n', i);
      const stop = nl === -1 || nl >= b ? b : nl;
      parts.push(' '.repeat(stop - i));
      if (stop < b) parts.push('\n');
      i = stop + 1;
    }
    at = b;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Each report found in a first occurrence is reported again by every copy: a source at the copy's offsets. */
export function addCopySources(result: FileResult, repeats: RepeatedArticle[]): FileResult {
  if (!repeats.length) return result;
  const copies = repeats.reduce((n, r) => n + r.copies.length, 0);
  // First occurrences never overlap: the one holding a source is found by binary search on their starts.
  const sorted = [...repeats].sort((a, b) => a.start - b.start);
  const holding = (start: number, end: number): RepeatedArticle | undefined => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start <= start) lo = mid + 1; else hi = mid; }
    const r = sorted[lo - 1];
    return r && end <= r.end ? r : undefined;
  };
  const meetings = result.meetings.map((m) => {
    const sources = [...m.sources];
    for (const s of m.sources) {
      const r = holding(s.start, s.end);
      if (r) for (const c of r.copies) sources.push({ ...s, start: s.start + c - r.start, end: s.end + c - r.start });
    }
    sources.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.start - y.start));
    return sources.length === m.sources.length ? m : { ...m, sources };
  });
  return {
    ...result,
    articles: result.articles + copies,
    meetings,
    warnings: [...(result.warnings ?? []), `${result.file}: ${copies} repeated article${copies > 1 ? 's' : ''} (the same text as an earlier article of the file) read once: each is another source of the meetings of its first occurrence`],
  };
}
