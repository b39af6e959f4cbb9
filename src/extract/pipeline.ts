// The extraction pipeline: articles -> mentions -> entities -> meetings -> dates
// -> dedupe -> graph. `extractFile` is pure and per file (so files can be spread
// over workers); `mergeFiles` joins the per-file results into one GraphDocument.
import type { DateBasis, GraphDocument } from '../model';
import { splitArticles, type Article } from './articles';
import { findCities, findCountries, type CountryMatch } from './countries';
import { articleTime, contextDate, datelineIso, inferDatelineYear, iso, OTHER_RECENT_ACT, pageChronology, pageYear, resolveDate, resolveDated, SAME_DAY, undatedDate, type DateHow } from './dates';
import { dedupeMeetings, type DraftMeeting } from './dedupe';
import { collapseRepeatedReports } from './repeats';
import { mergeFiles, personCountry, type FileResult, type PersonRecord } from './merge';
import { announcedCounterparts, listedCounterparts, meetingsOf, kindOf, type Focus, type Party, type SentenceFacts } from './meetings';
import { assignFallbackCountries } from './nationality';
import { peopleIn } from './nlp';
import { baseRegistry, findOrganisations, learnOrganisations, type OrgInfo } from './organisations';
import { countriesIn, findPersons, type PersonMention } from './persons';
import { blankFrontMatter, fileNameDate, fileTime, readFrontMatter, type DocumentTime, type FileMeta } from './published';
import { nameTokens, personKey, ResolutionScope, resolveMentions, type ResolvedMention } from './resolve';

export interface InputFile {
  /** Path relative to the input folder, as written into sources[].file. */
  name: string;
  /**
   * The text read: the file decoded (UTF-8, else Latin-1), or for HTML its extracted
   * text (input.ts). sources[].start/end are offsets into this string and quote is
   * an exact slice of it, so for an HTML file they point into its text, not its markup.
   */
  text: string;
  /** What the file says about itself outside its text: a manifest row's or the HTML metadata's publication date. */
  meta?: FileMeta;
  /** The run's default publication date (--published), for articles nothing else dates. */
  defaultPublished?: string | null;
}

export { mergeFiles, type FileResult, type PersonRecord } from './merge';

export interface ExtractOptions {
  /** Use compromise to accept untitled names in meeting sentences (default true). */
  nlp?: boolean;
  /**
   * Called before each sentence of each pass with the offset reached: the caller's progress report and time
   * budget (it may throw to stop the file). Pure extraction otherwise.
   */
  checkpoint?: (at: number, stage: 'mentions' | 'meetings') => void;
}

interface ArticleFacts { article: Article; sentences: SentenceFacts[] }

/**
 * compromise is the costliest stage; the same sentence recurs across agency copies
 * and summaries, so its answer is kept per unique sentence (bounded, per process).
 */
/** A flat copy: a substring would keep its whole file's text alive for as long as the cache holds it. */
const flat = (s: string): string => (' ' + s).slice(1);
const peopleCache = new Map<string, string[]>();
const PEOPLE_CACHE_MAX = 50_000;
function cachedPeopleIn(sentence: string): string[] {
  let hit = peopleCache.get(sentence);
  if (!hit) {
    if (peopleCache.size >= PEOPLE_CACHE_MAX) peopleCache.clear();
    hit = peopleIn(sentence).map(flat);
    peopleCache.set(flat(sentence), hit);
  }
  return hit;
}

/** Longest sentence read for mentions and meetings (the seeds' longest line is 1,656 characters). */
export const MAX_SENTENCE = 4000;
/** The summary's line for the sentences over MAX_SENTENCE that were not read, with where the first ones start. */
const longSentencesSkipped = (file: string, starts: number[]) =>
  `${file}: ${starts.length} sentence${starts.length > 1 ? 's' : ''} over ${MAX_SENTENCE.toLocaleString('en')} characters not read (a table or a dump, not prose?), at character ${starts.slice(0, 3).join(', ')}${starts.length > 3 ? ', …' : ''}`;

/** A date the model accepts: YYYY, YYYY-MM or YYYY-MM-DD with a four-digit year. */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const BEIJING_VENUES = /\b(?:Great Hall of the People|Zhongnanhai|Diaoyutai)\b/;

/** Runs every per-file stage on one file. Pure. */
export function extractFile(file: InputFile, options: ExtractOptions = {}): FileResult {
  const useNlp = options.nlp ?? true;
  // Same-length normalisation (no-break spaces to spaces) keeps every offset valid; quotes come from the original.
  // Front matter is metadata, never article text: blanked (same length, so offsets into the file as given hold).
  const frontMatter = readFrontMatter(file.text);
  const text = normaliseSpaces(blankFrontMatter(file.text, frontMatter));
  const warnings = frontMatter?.error ? [`${file.name}: ${frontMatter.error}`] : [];
  const tooLong: number[] = [];
  const named = fileNameDate(file.name);
  const filePublished = fileTime([
    file.meta?.published,
    frontMatter?.published ? { date: frontMatter.published, from: 'front-matter' } : null,
    named ? { date: named, from: 'file-name' } : null,
  ]);
  const articles = splitArticles(file.name, text);
  const fileTitle = frontMatter?.title ?? file.meta?.title ?? null;
  if (fileTitle && articles[0] && !articles[0].title) articles[0].title = fileTitle;
  const reg = learnOrganisations(text, baseRegistry());
  const page = pageYear(text);
  const persons = new Map<string, PersonRecord>();
  const orgs = new Map<string, OrgInfo>();
  // Bounded: a surname resolves among the page's most recent people (see ResolutionScope).
  const scope: Map<string, string> = new ResolutionScope();
  const facts: ArticleFacts[] = [];

  // Pass 1: mentions, resolved per article, gathered per file.
  for (const article of articles) {
    const raw: Array<{ s: (typeof article.sentences)[number]; ps: PersonMention[]; orgs: ReturnType<typeof findOrganisations>; countries: CountryMatch[] }> = [];
    for (const s of article.sentences) {
      options.checkpoint?.(s.start, 'mentions');
      // A "sentence" of thousands of characters is a run-on line (a table, a dump), not news prose: skipped, which
      // keeps every later stage linear and every quote well under the model's limit. Counted, and named in the summary.
      if (s.text.length > MAX_SENTENCE) { tooLong.push(s.start); continue; }
      const countries = countriesIn(s.text);
      const os = findOrganisations(s.text, 0, reg);
      let hint: ((n: string) => boolean) | undefined;
      if (useNlp && kindOf(s.text)) {
        let people: string[] | null = null;
        hint = (n) => (people ??= cachedPeopleIn(s.text)).some((p) => p === n || p.endsWith(' ' + n) || n.endsWith(' ' + p));
      }
      const ps = findPersons(s.text, s.start, { countries, orgs: os }, hint);
      raw.push({ s, ps, orgs: os, countries });
    }
    // The headline's titled full names are in scope for the body ("President Ivan Petrov had a call with ..." above
    // "Mr Petrov thanked ..."); the headline itself is read after the body (below).
    const headline = article.headline && article.headline.text.length <= MAX_SENTENCE && kindOf(article.headline.text) ? article.headline : null;
    const h = headline ? { ...headline, text: headlineCase(headline.text) } : null;
    const hCountries = h ? countriesIn(h.text) : [];
    const hOrgs = h ? findOrganisations(h.text, 0, reg) : [];
    const headlineFound = h ? findPersons(h.text, h.start, { countries: hCountries, orgs: hOrgs }) : [];
    // A headline's own names count only with a title, and never words run together in a caption ("ZardariDavid").
    const titledInHeadline = headlineFound.filter((m) => m.titled && m.tokens.length >= 2 && !RUN_TOGETHER.test(m.name));
    const resolved = resolveMentions(raw.flatMap((r) => r.ps), titledInHeadline.length ? new Map([...scope, ...titledInHeadline.map((m) => [personKey(m.name), m.name] as const)]) : scope);
    for (const m of resolved) {
      record(persons, m);
      scope.set(m.key, m.fullName);
    }
    // The headline is a meeting sentence too ("Foreign Minister Meets Visiting Chilean Counterpart Ana Soto"): read
    // after the body, so its surnames resolve to the body's names; its own names count only when the body has them
    // or a title vouches for them (a headline's capitals are not names).
    if (h) {
      const inBody = new Set(resolved.map((m) => m.key));
      // ("Bhutto Zardari" in the headline is the body's "Bilawal Bhutto Zardari".)
      const bodyNames = [...new Map(resolved.map((m) => [m.key, { key: m.key, fullName: m.fullName, tokens: nameTokens(m.fullName) }] as const)).values()];
      // A surname or a shorter name is the body's full name that holds it ("Hoa", "Bhutto Zardari"); the rest resolve as usual.
      const bodyName = new Map(headlineFound.map((m) => { const own = nameTokens(m.name); return [m, bodyNames.find((b) => own.every((t) => b.tokens.includes(t)))] as const; }));
      const ps = [
        ...headlineFound.flatMap((m) => { const b = bodyName.get(m); return b ? [{ ...m, key: b.key, fullName: b.fullName }] : []; }),
        ...resolveMentions(headlineFound.filter((m) => !bodyName.get(m)), new Map([...scope, ...resolved.map((m) => [m.key, m.fullName] as const)])),
      ].sort((x, y) => x.start - y.start)
        .filter((m) => inBody.has(m.key) || (m.titled && m.tokens.length >= 2 && !RUN_TOGETHER.test(m.name)));
      // Recorded, but not put in scope: a headline's reading of a name never decides the body's.
      // (A country its title gives is evidence like any other: "Prime Minister of India Raj Kumar".)
      for (const m of ps) if (!inBody.has(m.key) || m.countryFrom === 'title') record(persons, m);
      raw.unshift({ s: h, ps, orgs: hOrgs, countries: hCountries });
      resolved.unshift(...ps);
    }
    const byStart = new Map(resolved.map((m) => [m.start, m]));
    facts.push({
      article,
      sentences: raw.map((r) => ({
        start: r.s.start, end: r.s.end, text: r.s.text,
        persons: r.ps.map((p) => byStart.get(p.start)).filter((p): p is ResolvedMention => !!p),
        orgs: r.orgs.map((o) => ({ ...o, start: o.start + r.s.start, end: o.end + r.s.start })),
        countries: [...r.countries, ...findCities(r.s.text).map((c) => ({ iso3: c.iso3, start: c.start, end: c.end, text: c.city, form: 'name' as const }))]
          .map((c) => ({ ...c, start: c.start + r.s.start, end: c.end + r.s.start })),
      })),
    });
    for (const r of raw) for (const o of r.orgs) if (!orgs.has(o.key)) orgs.set(o.key, { key: o.key, name: o.name, acronym: o.acronym, country: o.country, intergovernmental: o.intergovernmental });
  }
  // A person whose title names no country takes the article's main foreign country
  // (the page's own country is the default side of every article).
  assignFallbackCountries(facts, persons, (t) => !!kindOf(t));
  const countryOfPerson = (key: string) => personCountry(persons.get(key));

  // Pass 2: meetings with dates and places.
  // Each article's date as the page places it (undated articles between dated ones).
  const chronology = pageChronology(facts.map((f) => articleTime(f.article, page)), page);
  const meetings: DraftMeeting[] = [];
  const principals = new Map<string, Party>();
  const undated: string[] = [];
  let inherited: Article['dateline'] = null;
  facts.forEach(({ article, sentences }, ai) => {
    const when = chronology[ai] ?? null;
    // The file's own publication date (manifest, front matter, metadata, name) dates each article but one
    // that writes its own full date line; a date line without a year takes the year that puts it on or
    // (a week's slack) before the publication day.
    const fileDay = filePublished?.date.length === 10 ? filePublished : null;
    const own = article.dateline?.year ? article.dateline : null;
    let articleDateline = article.dateline;
    if (!own && fileDay) articleDateline = article.dateline ? { ...article.dateline, year: yearBefore(article.dateline, fileDay.date) } : synthetic(fileDay.date);
    const year = fileDay && !own ? Number(fileDay.date.slice(0, 4)) : when ? Number(when.date.slice(0, 4)) : page;
    let dateline = articleDateline;
    if (dateline && !dateline.year && when?.exact) dateline = { ...dateline, year };
    if (!dateline && !article.hardStart) dateline = inherited;
    // Nothing dated on the page: the weekdays the article names are the last clue to the year.
    if (dateline && !dateline.year && year) dateline = { ...dateline, year: inferDatelineYear(dateline, article.sentences.map((s) => s.text).join(' '), year) };
    // --published: the last resort, for an article that nothing on its page dates.
    if (!dateline?.year && !when?.exact && file.defaultPublished?.length === 10) dateline = dateline ? { ...dateline, year: yearBefore(dateline, file.defaultPublished) } : synthetic(file.defaultPublished);
    const reference = dateline ? null : when?.date ?? null;
    inherited = dateline;
    // The article's document time, and where it came from: what its relative dates are counted from.
    const doc: DocumentTime | null = own ? { date: iso(own.year!, own.month, own.day), from: 'dateline' }
      : fileDay ?? (dateline?.year ? { date: iso(dateline.year, dateline.month, dateline.day), from: dateline.start < 0 ? 'option' : 'dateline' } : when?.exact ? { date: when.date, from: 'dateline' } : filePublished);
    if (!doc) undated.push(article.title ? `${file.name} ("${clip(article.title, 60)}")` : file.name);
    const basis = (how: DateHow | 'published', phrase: string | null = null): DateBasis => {
      // A date counted from the document time names it; a stated or contextual date needs no anchor.
      const counted = how === 'relative' || how === 'inferred-year' || how === 'dateline' || how === 'published';
      const h = how === 'dateline' && doc && doc.from !== 'dateline' ? 'published' : how;
      return { how: h, phrase, anchor: counted ? doc?.date ?? null : null, anchorFrom: counted ? doc?.from ?? null : null };
    };
    const focus: Focus = { party: null, delegation: null, principals };
    // The lede: an article's first three sentences, where a readout reports its own event.
    // (The headline, when it is read, is not one of them, nor does its meeting count as the readout's first.)
    const inHeadline = (x: { start: number }) => x.start === article.headline?.start;
    const body = sentences.filter((x) => !inHeadline(x));
    const ledeEnd = body[3]?.start ?? Infinity;
    let drafted = false;
    let announced: ReturnType<typeof announcedCounterparts> = null;
    let previous: string | null = null;
    let context: ReturnType<typeof contextDate> = null;
    // A later clause of the same sentence ("received X, who subsequently met with Y") that states no date of its own
    // happened the same day as the clause before it.
    const clauses = sentences.flatMap((whole) => clausesOf(whole).map((c, k) => ({ c, k })));
    let sentenceDate: string | null = null;
    // The last sentence that names a day, meeting or not ("Upon arrival on October 9, ..."): "the same day" may point
    // to it. Read only when a "same day" needs it (chrono is the costly part).
    let dayNamedIn: string | null = null;
    const mentioned = (text: string): string | null => {
      if (!dayNamedIn || dayNamedIn === text || !SAME_DAY.test(text)) return null;
      const d = resolveDate(dayNamedIn, { year: dateline?.year ?? year, dateline, previous: null, reference });
      return d?.length === 10 ? d : null;
    };
    for (const { c: s, k } of clauses) {
      options.checkpoint?.(s.start, 'meetings');
      if (k === 0) sentenceDate = null;
      // A list announced by number in the sentence before ("held talks with three other ministers.") named here.
      let raws = meetingsOf(s, focus, countryOfPerson);
      if (!raws.length && announced && k === 0) raws = listedCounterparts(s, announced, countryOfPerson);
      if (k === 0) announced = announcedCounterparts(s, focus);
      for (const raw of raws) {
        const dated = resolveDated(s.text, { year: dateline?.year ?? year, dateline, previous, reference, mentioned: previous ? null : mentioned(s.text) });
        let date = dated?.date ?? null;
        let how: DateBasis | null = dated ? basis(dated.how, dated.phrase) : null;
        if (!date && k > 0 && sentenceDate?.length === 10 && !/\b(?:last|previous|previously|earlier|ago|former|since|in (?:19|20)\d\d)\b/i.test(s.text)) { date = sentenceDate; how = basis('context'); }
        if (k === 0 && date) sentenceDate = date;
        // A visit spans days: keep its month unless the text dates a single day.
        if (raw.kind === 'visit' && date && date.length === 10 && /\bfrom\b|[–-]\s*(?:\d|[A-Z][a-z]+ \d)/.test(s.text)) date = date.slice(0, 7);
        if (!date) { date = undatedDate(s.text, context); if (date) how = basis('context'); }
        if (!date) { date = fallbackDate(s.text, dateline, year, !drafted && s.start < ledeEnd && !raw.kind.startsWith('visit')); if (date) how = basis('dateline'); }
        // A headline reports the article's own event: the article's date as the page places it, when that is certain.
        if (!date && inHeadline(s) && when?.exact) { date = when.date; how = basis('dateline'); }
        const draft = toDraft(raw.parties, raw.destination, raw.kind, date, how, locationOf(s.text, dateline, dated?.date ?? null), {
          file: file.name, article: article.title || firstWords(article), quote: file.text.slice(s.start, s.end), start: s.start, end: s.end,
          published: doc?.date ?? null, publishedFrom: doc?.from ?? null,
        });
        // A coarser date that agrees ("2025-01" after "2025-01-09") keeps the day for "the same day" after it.
        if (draft) { if (!inHeadline(s)) drafted = true; meetings.push(draft); if (draft.date && !previous?.startsWith(draft.date)) previous = draft.date; }
      }
      // (A headline's date is the article's own, already its dateline: it sets no context for the body.)
      if (!inHeadline(s)) context = contextDate(s.text, { year: dateline?.year ?? year, dateline, previous: null, reference }) ?? context;
      if (k === 0 && NAMES_A_DAY.test(s.text)) dayNamedIn = s.text;
    }
  });
  return {
    file: file.name,
    articles: articles.length,
    bytes: file.text.length,
    persons: [...persons.values()],
    orgs: [...orgs.values()],
    // (A sentence the page repeats verbatim is one report with many sources before dedupe compares anything.)
    meetings: dedupeMeetings(collapseRepeatedReports(meetings)),
    warnings: tooLong.length ? [...warnings, longSentencesSkipped(file.name, tooLong)] : warnings,
    undated,
  };
}

/** A dateline made from a publication day, for an article that has none of its own (start -1: not in the text). */
const synthetic = (day: string): NonNullable<Article['dateline']> => ({ city: null, year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), start: -1, end: -1 });

/** The year that puts a month and day on, or up to a week before, the publication day. */
function yearBefore(d: { month: number; day: number }, published: string): number {
  const y = Number(published.slice(0, 4));
  const limit = Date.parse(published) + 7 * 86_400_000;
  return Date.UTC(y, d.month - 1, d.day) <= limit ? y : y - 1;
}

/** Words run together, as in a caption ("ZardariDavid"): not a name ("McCain", "MacArthur" are). */
const RUN_TOGETHER = /(?<!\bMa?c)\p{Ll}\p{Lu}/u;

/** A month and a day, either way round: the only sentences worth asking chrono for the day they name. */
const NAMES_A_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/**
 * A headline in Title Case with its verbs and small words in lower case ("Minister Meets With X" -> "Minister meets with
 * X"), the same length, so they are not read as parts of names.
 */
const headlineCase = (t: string): string =>
  t.replace(/\b(?:Meets?|Met|Holds?|Held|Talks|With|And|In|On|Of|For|To|At|Hosts?|Welcomes?|Receives?|Visits?|Calls?|Speaks?|Spoke|Phone|Telephone|Video|Meeting|Discuss(?:es)?|Discussed|During|Ahead|After|Amid|Over|About|His|Her|Their)\b/g, (w) => w.toLowerCase());

/** No-break and narrow spaces become plain spaces, one character for one, so offsets do not move. */
export const normaliseSpaces = (t: string): string => t.replace(/[\u00a0\u2007\u202f\u2009]/g, ' ');

/**
 * Undated sentence in a dated report: the month of the dateline, or its day when the sentence is the report's
 * lead event (a readout's first meeting, in its first sentences: news reports the day's event). Never for a
 * sentence that points elsewhere in time. ("Earlier, X held a meeting with Y" opening a sentence of a dated
 * report is earlier in the same report.)
 */
function fallbackDate(text: string, dateline: Article['dateline'], year: number | null, lead: boolean): string | null {
  // ("his first visit to Germany since 2014" is this visit: the since-clause of a "first" points nowhere else.)
  if (/\b(?:last|previous|in (?:19|20)\d\d|ago|former|earlier|since|recent(?:ly)?|once|twice|\w+ times)\b/i.test(text.replace(/^Earlier(?: today| in the day| that day)?,\s*/, '').replace(/\bfirst\b[^.;]{0,60}?\bsince\b[^,;.]*/gi, ' ').replace(OTHER_RECENT_ACT, ''))) return null;
  const dl = datelineIso(dateline, dateline?.year ?? year);
  return dl ? (lead ? dl : dl.slice(0, 7)) : null;
}

function locationOf(text: string, dateline: Article['dateline'], date: string | null): string | null {
  const cities = findCities(text);
  const at = cities.find((c) => /\b(?:in|at|to)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.start - 8), c.start)));
  if (at) return at.city;
  if (BEIJING_VENUES.test(text)) return 'Beijing';
  if (dateline?.city && (/\bhere\b/.test(text) || (date && date.length === 10 && datelineIso(dateline, dateline.year) === date))) return dateline.city;
  return null;
}

/** Text cut to at most `max` characters at a word, with an ellipsis when cut ("… the European Economic Com" reads as a typo). */
export function clip(text: string, max: number): string {
  text = text.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '').replace(/[\s,;:—–-]+$/, '');
  return (cut || text.slice(0, max)) + '…';
}
/** An untitled article's first words as its title. */
const firstWords = (a: Article) => clip(a.sentences[0]?.text ?? '', 80);

function toDraft(parties: Party[], destination: string | null, kind: DraftMeeting['kind'], date: string | null, dateBasis: DateBasis | null, location: string | null, source: DraftMeeting['sources'][number]): DraftMeeting | null {
  const participants = parties.map((p) => (p.kind === 'person' ? 'person:' + p.key : p.kind === 'organisation' ? 'organisation:' + p.key : 'country:' + p.key));
  const countries = [...new Set([...parties.map((p) => p.country), destination].filter((c): c is string => !!c))].sort();
  if (countries.length < 2) return null;
  if (date !== null && !ISO_DATE.test(date)) date = null;
  if (date === null) dateBasis = null;
  const place = location ? findCities(location)[0]?.iso3 ?? null : null;
  // ("Her first visit since her appointment" is this visit: "since" alone points nowhere.)
  const past = /\b(?:recalled|recalling|last|previous|previously|earlier|ago|former)\b/i.test(source.quote);
  return { kind, date, dateBasis, location, participants: [...new Set(participants)].sort(), countries, sources: [source], destination: kind === 'visit' ? destination : null, place, past };
}

function record(persons: Map<string, PersonRecord>, m: ResolvedMention) {
  let r = persons.get(m.key);
  if (!r) { r = { key: m.key, names: {}, aliases: [], countryVotes: {}, shapeCountry: null, role: null, orgs: [] }; persons.set(m.key, r); }
  // A mononym resolved to itself ("Pope Francis", "Foreign Minister Sugiono") is a name too.
  if (m.tokens.length >= 2 || m.fullName === m.name) r.names[m.name] = (r.names[m.name] ?? 0) + 1;
  if (!r.aliases.includes(m.name)) r.aliases.push(m.name);
  if (m.country && (m.countryFrom === 'title' || m.countryFrom === 'role')) r.countryVotes[m.country] = (r.countryVotes[m.country] ?? 0) + (m.countryFrom === 'title' ? 2 : 1);
  if (m.countryFrom === 'shape') r.shapeCountry = m.country;
  if (m.countryFrom === 'sentence') r.sentenceCountry ??= m.country;
  if (m.role && (!r.role || (m.tokens.length >= 2 && m.role.length < r.role.length))) r.role = m.role;
  for (const o of m.orgs) if (!r.orgs.includes(o)) r.orgs.push(o);
}


/** Splits "A visited X in January, and in a February 2 phone call B and C agreed" into one clause per event. */
export function clausesOf(s: SentenceFacts): SentenceFacts[] {
  // "received X, who subsequently met with Y": the relative clause is a second meeting whose subject is X.
  const cuts = [...s.text.matchAll(/,? and (?=(?:in|on|at|during|later|then)\b)|; |, (?=who (?:(?:subsequently|later|then|also|afterwards|in turn|last|previously|recently|earlier) )?(?:met|held|had|received|paid)\b)/g)].map((m) => ({ at: m.index!, len: m[0].length, who: m[0] === ', ' }));
  if (!cuts.length) return [s];
  const parts: SentenceFacts[] = [];
  let from = 0;
  let antecedent: SentenceFacts['persons'] = [];
  for (const c of [...cuts, { at: s.text.length, len: 0, who: false }]) {
    const text = s.text.slice(from, c.at);
    const a = s.start + from, b = s.start + c.at;
    parts.push({
      start: a, end: b, text,
      // The antecedent of "who" keeps its place before the clause, so it reads as the clause's subject.
      persons: [...antecedent, ...s.persons.filter((p) => p.start >= a && p.end <= b)],
      orgs: s.orgs.filter((o) => o.start >= a && o.end <= b),
      countries: s.countries.filter((x) => x.start >= a && x.end <= b),
    });
    antecedent = c.who ? s.persons.filter((p) => p.end <= b).slice(-1) : [];
    from = c.at + c.len;
  }
  const triggered = parts.filter((p) => kindOf(p.text));
  return triggered.length >= 2 ? parts : [s];
}

export function extractGraph(files: InputFile[], options?: ExtractOptions): GraphDocument {
  return mergeFiles(files.map((f) => extractFile(f, options)));
}

