// Dates of meetings, at the precision the text supports. Explicit dates are read
// with chrono-node; weekdays and "today" are resolved against the article's
// dateline; "the following day" and "the same day" against the previous meeting;
// a missing year comes from the article or the page.
import * as chrono from 'chrono-node';
import type { Article, Dateline } from './articles';
import { SURNAME_MONTHS } from './names';

export interface DateContext {
  /** Reference year for dates written without one. */
  year: number | null;
  /** The article's own date as the page places it (see pageChronology), when it has no dateline. */
  reference?: string | null;
  dateline: Dateline | null;
  /** ISO date of the previous meeting in the article, if any. */
  previous: string | null;
  /** The last day the article has named in any sentence ("Upon arrival on October 9, ..."), for "the same day". */
  mentioned?: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (y: number, m?: number, d?: number) => (m ? (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`) : `${y}`);

const DATELINE_PREFIX = /^[\p{Lu}][\p{L} .,’'-]{0,40}?\d{1,2}(?:st|nd|rd|th)?(?: (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)?(?:,? \d{4})?(?:\s*\([^)]{1,30}\)|,\s*[A-Z][A-Za-z.]{1,12}(?= ?[—–-]))?\s*[—–:-]+\s*/u;

const BACKGROUND = /\b(?:since|after|following) the (?:establishment|founding|normali[sz]ation|restoration) of [^,;]*?\b(?:in |on )?(?:\w+ )?(?:1[89]|20)\d\d\b|\b\d+(?:st|nd|rd|th) anniversary of [^,;]*?(?=\s+(?:last|this|next|in|on) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|[,;]|$)|\bfounded in (?:1[89]|20)\d\d\b/gi;

/** A dateline with its agency and date in brackets: "MOSCOW (UrduPoint News / Sputnik - 20th August, 2019)". The report's date, not the event's. */
const AGENCY_DATELINE = /^\p{Lu}[\p{Lu} .,'’-]{1,40}\s*\([^)]{1,80}\b(?:19|20)\d\d\)\s*[-—–:]*\s*/u;

/** A month after a capitalised word that is no preposition or time word: a surname ("Theresa May"), unless a day follows. */
const SURNAME_MONTH_AFTER_NAME = new RegExp(`(?<=\\b(?!(?:In|Last|Since|Early|Late|Mid|Next|This|By|From|Until|Of|On|During|Before|After|Since)\\b)\\p{Lu}\\p{Ll}+ )(?:${SURNAME_MONTHS.join('|')})\\b(?!,? \\d)`, 'gu');

/** "the same day", "later in the day", "earlier that day": the day of the meeting (or day) before. */
export const SAME_DAY = /\bsame day\b|\b(?:later|earlier) (?:in|on) the day\b|\b(?:later|earlier) that day\b/i;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function addDays(isoDay: string, n: number): string {
  const d = new Date(isoDay + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The dateline as ISO (day precision) when its year is known or inferable. */
export function datelineIso(d: Dateline | null, year: number | null): string | null {
  if (!d) return null;
  const y = d.year ?? year;
  return y ? iso(y, d.month, d.day) : null;
}

/**
 * Chooses the year of a dateline written without one: among the reference year and
 * its neighbours, the one where a weekday named in the article falls on the dateline
 * day or the day before (news reports the same or the previous day).
 */
export function inferDatelineYear(d: Dateline, articleText: string, reference: number): number {
  const days = [...articleText.matchAll(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g)].map((m) => WEEKDAYS.indexOf(m[1]!.toLowerCase()));
  if (days.length === 0) return reference;
  for (const y of [reference, reference - 1, reference + 1, reference - 2]) {
    const wd = new Date(Date.UTC(y, d.month - 1, d.day)).getUTCDay();
    if (days.some((k) => k === wd || (k + 1) % 7 === wd)) return y;
  }
  return reference;
}

/** The page's reference year: the most frequent year among fully written dates, else among all years. */
export function pageYear(text: string): number | null {
  // Historic dates (anniversaries, "On 31 October 1975") do not date a news page.
  const full = fullDateYears(text).filter((y) => y >= 2000);
  if (full.length) return mode(full);
  // Bare years, less the future's: "will host the meeting in 2026", "by 2030", "the plan for 2024-26".
  const said = text.split(/(?<=[.!?])\s+|\n+/).filter((line) => !/\b(?:will|would|plans?|planned|projected|expected|targets?|aims?|goals?|forecasts?|to (?:host|hold|be held|visit|launch))\b/i.test(line));
  // Names of plans and programmes ("the 2030 Roadmap", "Vision 2063", "Agenda 2030") are not the page's year either,
  // nor is a year the text puts behind it ("since the last dialogue in January 2023").
  const past = /\b(?:since|last|previous|ago|former|earlier)\b/i;
  return mode(said.filter((line) => !past.test(line)).flatMap((line) => [...line.replace(PLAN_NAME, ' ').matchAll(/(?<!\bby )\b(20[0-4]\d)\b(?![-–]\d)/g)].map((m) => Number(m[1]))));
}

/** A year that names a plan or programme, either way round: "the 2030 Roadmap", "Vision 2063", "Agenda 2030". */
export const PLAN_NAME = /\b(?:19|20)\d\d (?:Roadmap|Road Map|Agenda|Vision|Plan|Strategy|Programme|Program|Goals?|Targets?|Framework|Action Plan)\b|\b(?:Roadmap|Road Map|Agenda|Vision|Plan|Strategy|Programme|Program|Horizon|Goals?|Framework) (?:for )?(?:19|20)\d\d\b/g;

/** A fully written date: "February 27, 2024", "27 February 2024". */
const FULL_DATE = /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? |\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* )(?:19|20)\d\d\b/g;

/** Years of fully written dates ("February 27, 2024", "27 February 2024"). */
export function fullDateYears(text: string): number[] {
  return [...text.matchAll(FULL_DATE)].map((m) => Number(m[0].slice(-4)));
}

export function mode(xs: number[]): number | null {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: number | null = null, n = 0;
  for (const [x, c] of counts) if (c > n || (c === n && best !== null && x > best)) { best = x; n = c; }
  return best;
}

/** Fully written dates ("February 27, 2024", "27 February 2024") as ISO days. */
export function fullDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const d = chrono.parse(m[0], { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })[0]?.start;
    if (d?.isCertain('day') && d.isCertain('month') && d.isCertain('year')) out.push(iso(d.get('year')!, d.get('month')!, d.get('day')!));
  }
  return out;
}
/** "On May 12,", "a January 13 meeting", "On 3 March": a month and day with no year after them. */
const MONTH_DAY = /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b(?!,? (?:19|20)\d\d)(?![-–]\d)/;

/** Where an article sits in time, for the page's chronology. */
export interface ArticleTime {
  /** The latest fully written date in the article (its dateline's when that has a year). */
  known: string | null;
  /** The month and day it opens with, written without a year ("Feb. 19 (IDCPC) —", "On May 12, ..."). */
  anchor: { month: number; day: number } | null;
}

export function articleTime(a: Article, page: number | null): ArticleTime {
  const own = fullDates(a.paragraphs.map((p) => p.text).join('\n')).filter((d) => {
    const y = Number(d.slice(0, 4));
    return y >= 2000 && (!page || Math.abs(y - page) <= 3);
  });
  if (a.dateline?.year) own.push(iso(a.dateline.year, a.dateline.month, a.dateline.day));
  const known = own.length ? own.reduce((x, y) => (y > x ? y : x)) : null;
  let anchor: ArticleTime['anchor'] = a.dateline && !a.dateline.year ? { month: a.dateline.month, day: a.dateline.day } : null;
  if (!anchor) {
    const first = MONTH_DAY.exec(a.sentences[0]?.text ?? '');
    const d = first ? chrono.parse(first[0], { instant: new Date(Date.UTC(2000, 5, 1)), timezone: 0 })[0]?.start : undefined;
    if (d?.isCertain('month') && d.isCertain('day')) anchor = { month: d.get('month')!, day: d.get('day')! };
  }
  return { known, anchor };
}

/**
 * Each article's date as the page tells it. A dated article keeps its own. An article that
 * opens with a month and day but no year ("Beijing, January 13th —") takes the year that
 * keeps it between the dated articles around it: pages list articles newest first (or
 * oldest first; the dated ones say which), so a January article below a December one is
 * in the next year. Any other article gets the date of the nearest dated one, as an
 * estimate (\`exact: false\`). null when nothing on the page is dated.
 */
export function pageChronology(times: readonly ArticleTime[], pageYear: number | null): Array<{ date: string; exact: boolean } | null> {
  const dated = times.flatMap((t, i) => (t.known ? [{ i, date: t.known }] : []));
  let down = 0, up = 0;
  for (let k = 1; k < dated.length; k++) {
    if (dated[k]!.date < dated[k - 1]!.date) down++;
    else if (dated[k]!.date > dated[k - 1]!.date) up++;
  }
  const newestFirst = down >= up;
  const days = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 86_400_000;
  return times.map((t, i) => {
    if (t.known) return { date: t.known, exact: true };
    const above = [...dated].reverse().find((d) => d.i < i) ?? null;
    const below = dated.find((d) => d.i > i) ?? null;
    const [newer, older] = newestFirst ? [above, below] : [below, above];
    const nearest = !above ? below : !below ? above : i - above.i <= below.i - i ? above : below;
    if (!t.anchor) return nearest ? { date: nearest.date, exact: false } : null;
    const around = [newer, older].filter((d): d is { i: number; date: string } => !!d).map((d) => Number(d.date.slice(0, 4)));
    const base = around.length ? around : pageYear ? [pageYear] : [];
    if (base.length === 0) return null;
    const years = [...new Set(base.flatMap((y) => [y, y - 1, y + 1]))].sort((a, b) => a - b);
    // A week's slack: an article may report an event some days before it was published.
    const fits = (d: string) => (!newer || days(d, newer.date) <= 7) && (!older || days(older.date, d) <= 7);
    const distance = (d: string) => (nearest ? Math.abs(days(d, nearest.date)) : Math.abs(Number(d.slice(0, 4)) - base[0]!) * 365);
    const candidates = years.map((y) => iso(y, t.anchor!.month, t.anchor!.day));
    const inside = candidates.filter(fits);
    const pick = (inside.length ? inside : candidates).reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return { date: pick, exact: true };
  });
}

/**
 * chrono's answer for the last sentence asked: a clause with two meetings, and its
 * context date, ask about the same sentence in a row. One entry only: it keeps no
 * text alive beyond the file at hand.
 */
let lastParse: { sentence: string; at: number; results: chrono.ParsedResult[] } | null = null;
function parseDates(sentence: string, ref: Date): chrono.ParsedResult[] {
  if (lastParse && lastParse.at === ref.getTime() && lastParse.sentence === sentence) return lastParse.results;
  const results = chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false });
  lastParse = { sentence, at: ref.getTime(), results };
  return results;
}

/**
 * The date a meeting sentence supports, or null. `ctx.previous` lets "the following
 * day" and "the same day" chain from the meeting before.
 */
export function resolveDate(text: string, ctx: DateContext): string | null {
  return resolveDated(text, ctx)?.date ?? null;
}

/** How a date was read from its sentence; the pipeline adds the anchor (see DateBasis in the model). */
export type DateHow = 'stated' | 'inferred-year' | 'relative' | 'context' | 'dateline';
export interface Dated { date: string; how: DateHow; phrase: string | null }

/** resolveDate with the way the date was found and the words it was read from. */
export function resolveDated(text: string, ctx: DateContext): Dated | null {
  const out = (date: string, how: DateHow, phrase: string | null = null): Dated => ({ date, how, phrase: phrase?.trim().replace(/[\s,.;:]+$/, '') || null });
  // The dateline itself ("BEIJING, Feb. 28 (Xinhua) —") is the report's date, not the event's.
  // Dates that name a background event, not the meeting: "since the establishment of diplomatic relations in 1977",
  // "the 80th anniversary of the victory (1945)".
  // chrono reads "the morning of April 11" as a time with an uncertain date: the part of the day is dropped.
  // So do relative clauses about someone's other doings ("X, who arrived on Monday, called on Y on Tuesday"),
  // unless the clause is the meeting ("Y, who held talks with X on Monday, ...").
  const sentence = text.replace(DATELINE_PREFIX, '').replace(AGENCY_DATELINE, (m) => ' '.repeat(m.length)).replace(BACKGROUND, (m) => ' '.repeat(m.length)).replace(/, (?:who|which) [^,;]{3,120},/g, (m) => (/\b(?:met|meet|meeting|talks|call|held)\b/.test(m) ? m : ' '.repeat(m.length)))
    .replace(/\b(?:the )?(?:morning|afternoon|evening|night) of (?=[A-Z0-9])/g, (m) => ' '.repeat(m.length))
    // A plan's name is no date ("under the 2030 Roadmap"); a since-clause dates the start of a span, not the meeting
    // ("their first meeting since the minister took office last month", "since the last dialogue in January 2023"; one
    // that names a meeting of its own, "ever since his visit in October 2022", is that meeting's date).
    .replace(PLAN_NAME, (m) => ' '.repeat(m.length))
    // "Theresa May met ...": a month after a given name is a surname, not a date (unless a day follows).
    .replace(SURNAME_MONTH_AFTER_NAME, (m) => ' '.repeat(m.length))
    // The day a report was made is not the meeting's: "the ministry said Friday", "told reporters on Monday".
    .replace(/\b(?:said|says|told (?:reporters|journalists|the press|media)|announced|reported|stated|confirmed)(?: (?:in a statement|on|late|early))? (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (m) => ' '.repeat(m.length))
    .replace(/\bsince [^,;]*/g, (m) => (/\b(?:visit|visited|met|meeting|talks|summit)\b/.test(m) ? m : ' '.repeat(m.length)));
  const dl = datelineIso(ctx.dateline, ctx.year);
  const following = /\b(?:the )?(?:following|next) day\b/i.exec(sentence);
  if (following && ctx.previous?.length === 10) return out(addDays(ctx.previous, 1), 'context', following[0]);
  const same = SAME_DAY.exec(sentence);
  if (same && (ctx.previous ?? ctx.mentioned)) return out((ctx.previous ?? ctx.mentioned)!, 'context', same[0]);
  const ref = dl ? new Date(dl + 'T12:00:00Z') : ctx.year ? new Date(Date.UTC(ctx.year, 11, 31, 12)) : new Date(Date.UTC(2024, 0, 1));
  // chrono passes over "last May" (the month or the verb?); read as "in May", the rule for "last <month>" below still applies.
  const results = parseDates(sentence.replace(/\blast May\b/g, 'in May'), ref);
  for (const r of results) {
    const s = r.start;
    // chrono may keep a trailing comma ("On Monday,").
    // ("on Saturday evening" is Saturday.)
    const txt = r.text.toLowerCase().replace(/[\s,.;:]+$/, '').replace(/^((?:on |this |last |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+(?:morning|afternoon|evening|night)$/, '$1');
    // "the first visit in seven years", "two weeks ago": a span of time, not the meeting's date.
    // (So is "over the past year": a span, where "last year" alone dates the meeting.)
    // "comes the day before formal talks": a day relative to another event, not to the article's date.
    if (/^the (?:day|week|month) (?:before|after)$/.test(txt.trim()) && /^\s+(?:the |a |an |his |her |their |its )?\p{L}/u.test(sentence.slice(r.index + r.text.length))) continue;
    if (/^(?:in|for|within|over|after) (?:the (?:past|last|next) )?(?:\w+|\d+) (?:years?|months?|weeks?|days?|decades?)$|\b(?:years?|months?|weeks?|days?) ago$|^(?:(?:in|for|within|over|during) )?(?:the )?(?:past|previous|coming) (?:years?|months?|weeks?|decades?)$/.test(txt.trim())) continue;
    if (/^(?:on |this |last |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(txt.trim())) {
      if (!dl) continue;
      const wd = WEEKDAYS.indexOf(txt.replace(/^(?:on|this|last|next) /, '').trim());
      const dlDay = new Date(dl + 'T12:00:00Z').getUTCDay();
      return out(addDays(dl, -((dlDay - wd + 7) % 7)), 'relative', r.text);
    }
    if (/\b(?:this|last|next) (?:month|week)\b/.test(txt) && !dl) continue;
    if (/\b(?:today|tonight|this morning|this afternoon|this evening|yesterday)\b/.test(txt)) {
      if (!dl) continue;
      return out(txt.includes('yesterday') ? addDays(dl, -1) : dl, 'relative', r.text);
    }
    if (!s.isCertain('month')) {
      // "in 2018", "last year": year only.
      if (s.isCertain('year')) return out(String(s.get('year')), /\b(?:1[89]|20)\d\d\b/.test(r.text) ? 'stated' : 'relative', r.text);
      continue;
    }
    const month = s.get('month')!;
    let year = s.isCertain('year') ? s.get('year')! : null;
    let how: DateHow = year !== null ? (/\b(?:1[89]|20)\d\d\b/.test(r.text) ? 'stated' : 'relative') : 'inferred-year';
    if (year === null) {
      const base = ctx.dateline?.year ?? ctx.year;
      if (/\blast year\b/i.test(sentence) && base) { year = base - 1; how = 'relative'; }
      else if (new RegExp(`\\blast\\s+${txt.trim().split(/\s+/)[0]}`, 'i').test(sentence) && base) {
        // "last April": the latest April before the report (its dateline, else its place on the page).
        const now = ctx.dateline ?? (ctx.reference && ctx.reference.length >= 7 ? { month: Number(ctx.reference.slice(5, 7)), year: Number(ctx.reference.slice(0, 4)) } : null);
        year = now && month < now.month ? (now.year ?? base) : (now?.year ?? base) - 1;
        how = 'relative';
      }
      else if (ctx.dateline && ctx.year) year = month > ctx.dateline.month + 1 ? (ctx.dateline.year ?? ctx.year) - 1 : ctx.dateline.year ?? ctx.year;
      else year = ctx.year;
    }
    if (!year) continue;
    if (s.isCertain('day')) return out(iso(year, month, s.get('day')!), how, r.text);
    return out(iso(year, month), how, r.text);
  }
  const yearOnly = /\b(?:in|since|during) ((?:19|20)\d\d)\b/i.exec(sentence);
  if (yearOnly) return out(yearOnly[1]!, 'stated', yearOnly[0]);
  if (/\blast year\b/i.test(sentence) && ctx.year) return out(String((ctx.dateline?.year ?? ctx.year) - 1), 'relative', 'last year');
  if (/\bhere\b/.test(sentence) && dl) return out(dl, 'dateline', 'here');
  // "The Foreign Secretary also met Vice President Han Zheng": an undated "also" goes on from the meeting before.
  if (/\balso\b/.test(sentence) && ctx.previous?.length === 10 && !/\b(?:last|previous|previously|earlier|ago|former|since|recently)\b/i.test(sentence)) return out(ctx.previous, 'context');
  // A lead sentence that opens with the dateline and names no other date reports that day's event ("Moscow, 12 September
  // 2024 — Lavrov held talks with ..."), unless it points elsewhere in time.
  // ("… in view of the accord the two countries recently signed": "recently" dates the signing, not the call.)
  if (dl && sentence !== text && DATELINE_PREFIX.test(text) && !/\b(?:last|previous|earlier|ago|recently|former|since|in (?:19|20)\d\d)\b/i.test(sentence.replace(OTHER_RECENT_ACT, ''))) return out(dl, 'dateline');
  return null;
}

/** "recently" before a verb that is not the meeting's ("recently signed", "recently adopted"). */
export const OTHER_RECENT_ACT = /\brecently (?!(?:met|held|hosted|received|visited|talked|spoke|called|phoned)\b)\p{L}+ed\b/giu;

/** Sentences that date what follows them: "In 2023, ...", "On September 4, ...", "held a series of meetings on September 4". */
const CONTEXT_CUE = /^(?:In|On|During|From) (?:the (?:morning|afternoon|evening) of )?(?:\d|[A-Z][a-z]+ \d|(?:19|20)\d\d\b)|\b(?:met|meets?|meetings?|talks|visit(?:ed|s)?|summit)\b/;
const PAST_REFERENCE = /\b(?:last|previous|previously|ago|former|earlier|since|recalled|in recent years)\b/i;
const SAME_TIME = /\b(?:in the (?:morning|afternoon|evening)|at noon|later (?:that|the same) day|(?:on )?the same (?:day|occasion)|on that day|that evening|on the sidelines)\b/i;

/**
 * The date a sentence sets for the undated meetings after it in the same article,
 * or null. A date only counts when the sentence opens with it or speaks of meetings.
 */
export function contextDate(text: string, ctx: DateContext): { date: string; series: boolean } | null {
  if (!CONTEXT_CUE.test(text) || /\b(?:will|plans? to|to be held)\b/i.test(text) || PAST_REFERENCE.test(text)) return null;
  if (!/\b(?:1[89]|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text)) return null;
  const date = resolveDate(text, { ...ctx, previous: null });
  // "held a series of meetings on September 4 with national leaders": the day of every meeting reported after it.
  // A year that only repeats the dateline's says less than the dateline's month: leave the sentence to the dateline.
  const report = datelineIso(ctx.dateline, ctx.dateline?.year ?? ctx.year);
  if (!date || (report && report.startsWith(date) && date.length < 7)) return null;
  return { date, series: /\bmeetings\b|\bmet\b[^.]{0,40}\bleaders\b/i.test(text) };
}

/**
 * Date of a meeting sentence that states none, from the article's context date:
 * the whole date for "in the morning", "at noon", "the same day" or when the context
 * sentence announced the meetings; otherwise its month. Never for a sentence that
 * points to the past ("last", "earlier", "since").
 */
export function undatedDate(text: string, context: { date: string; series: boolean } | null): string | null {
  // What the speaker then says ("Meeting with X, Xi said that in recent years ...") does not date the meeting.
  const speech = /\b(?:said|says|noted|pointed out|stressed|added|told)\b/.exec(text);
  if (!context || PAST_REFERENCE.test(speech ? text.slice(0, speech.index) : text)) return null;
  if (context.date.length < 10 || SAME_TIME.test(text) || context.series) return context.date;
  return context.date.slice(0, 7);
}
