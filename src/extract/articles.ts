// Splits one input file (a scraped page holding many articles) into articles and
// sentences, keeping character offsets into the original file text.

export interface Span { start: number; end: number; text: string }

export interface Dateline {
  city: string | null;
  /** Month (1-12) and day as written; year only when written. */
  month: number;
  day: number;
  year: number | null;
  start: number;
  end: number;
}

export interface Article {
  file: string;
  index: number;
  title: string;
  start: number;
  end: number;
  paragraphs: Span[];
  sentences: Span[];
  dateline: Dateline | null;
  /** The city of a dateline that gives no date ("AMMAN — His Majesty ..."): where the report is filed from. */
  datelineCity?: string | null;
  /** The headline line as it stands in the file (title may be set from metadata instead), or null. */
  headline?: Span | null;
  /** True when the article follows a hard boundary (file start, "Continue reading", "originally published"). */
  hardStart: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const monthIndex = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

const MONTH_RE = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** The agency after a dateline's date: " (Xinhua)", ", SPA", " (ASEAN Secretariat)". */
const AGENCY = '(?:\\s*\\([^)]{1,30}\\)|,\\s*[A-Z][A-Za-z.]{1,12}(?= ?[—–-]))?';
/** What ends a dateline: a dash or colon, or an agency between slashes ("MOSCOW, September 15. /TASS/."). */
const DATELINE_END = '(?:\\s*[—–:-]|\\.\\s*/[A-Za-z][A-Za-z .-]{1,20}/\\.?(?=\\s|$))';
/** "New Delhi [India], May 18 :": the country in square brackets after the city. */
const CITY = "([A-Z][A-Za-z’'.-]+(?: [A-Z][A-Za-z’'.-]+){0,3})";
/** "BEIJING, Feb. 28 (Xinhua) —", "Beijing, February 27th—", "July 14 (MFA) —", "Islamabad July 01, 2025:" */
const DATELINE = new RegExp(
  `^(?:${CITY},? )?(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?${AGENCY}${DATELINE_END}`,
);

/** A dateline with a city and an agency but no date: "TOKYO (Kyodo) --", "Berlin (dpa) -". */
/** Or an all-caps city alone before a dash: "LIMA - Japanese Prime Minister ...". */
const CITY_DATELINE = /^([A-Z][A-Za-z’'.-]+(?: [A-Z][A-Za-z’'.-]+){0,2}) \([A-Za-z][A-Za-z .-]{1,25}\)\s*[—–-]{1,2}\s|^([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2})\s+[—–-]{1,2}\s|^([A-Z][a-z’'.-]+(?: [A-Z][a-z’'.-]+){0,2}), [A-Z]{2,6}\s+[—–-]{1,2}\s/;

const NOISE = /^(?:share|tweet|print|email|menu|home|search|subscribe|related|tags?:|advertisement)\b/i;

/** The words of the Lorem Ipsum placeholder and its common variants. */
const LOREM = new Set(('lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod tempor incididunt ut labore ' +
  'et dolore magna aliqua aliquam enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute ' +
  'irure in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui ' +
  'officia deserunt mollit anim id est laborum vestibulum nunc mauris sapien integer curabitur donec vitae nibh pellentesque arcu purus ' +
  'morbi metus lectus tellus eget erat orci quam felis lacus leo ac at vel nec a mi').split(' '));

/**
 * Placeholder Latin left in a page by its template: most of its words are Lorem Ipsum's. Only such sentences are
 * left out; a sentence that mentions "lorem ipsum" among its own words is news like any other.
 */
/** Any placeholder word of four letters or more: news prose has none, so most sentences are passed over at once. */
const LOREM_WORD = new RegExp(`\\b(?:${[...LOREM].filter((w) => w.length >= 4).join('|')})\\b`, 'i');

export function isFiller(sentence: string): boolean {
  // (A filler sentence of short Latin words alone, "sed ut in ea", is not worth the cost of reading every sentence twice.)
  if (!LOREM_WORD.test(sentence)) return false;
  const words: string[] = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 2) return false;
  const latin = words.filter((w) => LOREM.has(w)).length;
  return latin / words.length >= 0.6 && (words.includes('lorem') || words.includes('ipsum') || latin >= 4);
}
const CONTINUE = /^Continue reading\b/;
/** A short line in capitals under a headline ("OFFICE OF THE SPOKESPERSON", "MEDIA NOTE"): the page's section, not a new headline. */
const SECTION_LABEL = /^[^\p{Ll}]{3,60}$/u;
const ORIGINALLY = /\b(?:originally|first) published\b|^The following (?:is|are|articles?)\b|^We reproduce\b/i;
const BYLINE = /^(?:\w+\s?)?By [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*(?:, [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)*,? /;

/** Non-empty lines of a file as spans. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (!t) continue;
    const start = m.index + lead, end = start + t.length;
    const prev = out[out.length - 1];
    // A sentence broken over two lines ("... in a February 2 phone call,\nPremier Li ...") is one paragraph.
    if (prev && (/[,;]$/.test(prev.text) || (/\p{Ll}$/u.test(prev.text) && /^\p{Ll}/u.test(t))) && !/\n\s*\n/.test(text.slice(prev.end, start))) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      continue;
    }
    out.push({ start, end, text: t });
  }
  return out;
}

/** A headline: one short line, no sentence-final punctuation, a few words. */
export function isHeadline(p: Span): boolean {
  const t = p.text;
  // "By Ruth Cruz  January 21, 2025, 5:47 pm": a byline, not a headline.
  if (BYLINE.test(t)) return false;
  if (t.length > 160 || t.length < 12) return false;
  if (/[.!?;,:)]$|[.!?,]["”’]$/.test(t)) return false;
  if (/[…\]]$/.test(t)) return false;
  // ("… met Peruvian President Luis Soto in Lima.  Image Credit: Stuff": a sentence with a caption after it.)
  if (/\p{Ll}{3,}[.!?]["”’]?\s+\p{Lu}/u.test(t)) return false;
  const words = t.split(/\s+/);
  // ("News ID: 85832417" is a label and a number, not a headline.)
  if (words.length < 3 || words.filter((w) => /\p{L}{2}/u.test(w)).length < 3) return false;
  return /^[\p{Lu}\p{N}‘“'"]/u.test(t);
}

/** "Moscow, 12 September 2024 —", "New Delhi, 22 March 2024 —": day before month (MFA, MEA, EEAS, AU styles). */
const DATELINE_DMY = new RegExp(
  `^(?:${CITY},? )?(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_RE}),? (\\d{4})?${AGENCY}${DATELINE_END}`,
);
/** A line that is only a date ("March 20, 2024", "20 March 2024", "Updated November 18, 2024 10:12 AM"): wire copy's publication date. */
// Also behind an outlet's name and a weekday, with a time and a section after it: "Ahram Online , Sunday 16 Mar 2025",
// "KYODO NEWS - Nov 16, 2024 - 11:05 | World, All".
const DATE_LINE = new RegExp(`^(?:(?:[A-Z][\\w’'.-]+ ){1,3}(?=(?:Published|Updated|Posted)\\b))?(?:(?:Published|Updated|Posted)(?: on)?:? |(?:Press [Rr]elease|Press [Nn]ote|Note|Statement|Communiqu[ée]|Readout|News)(?: No\\.? ?\\d+(?:/\\d+)?)?\\s*[-–—:|,]\\s*|(?:[A-Z][\\w.&’']*(?: [A-Z][\\w.&’']*){0,3} ?[-–—|,]\\s*){1,2})?(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\\.?,? )?(?:(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})|(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_RE}),? (\\d{4}))(?:\\s*[-–—|,]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4}(?:[+-]\\d{1,2})?)?)?(?:\\s*\\|[^|]{0,40})?\\s*$`);

/** The agency and the date in brackets after the city: "MOSCOW (UrduPoint News / Sputnik - 20th August, 2019)". */
const AGENCY_DATED = new RegExp(`^([A-Z][A-Za-z’'.-]+(?: [A-Z][A-Za-z’'.-]+){0,2}) \\([^()]{1,60}?[-–—]\\s*(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_RE}),? (\\d{4})\\)\\s*`);

/** A numeric date line: "05.02.2025 - Update : 05.02.2025" (day first, as outside the US), "2024.09.12" (year first), after a byline and "|". */
const NUMERIC_DATE_LINE = /^(?:[^|\d]{2,60}\|\s*)?(?:(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})[./-](\d{1,2})[./-](\d{1,2}))(?:[^\p{L}\d]{0,5}(?:\d{1,2}[:.]\d{2}(?:\s*[AaPp][Mm])?|Update\s*:\s*[\d./]+|[-–|,\s])*)?$/u;

/** "4 MAR 2025": an all-caps month, written the usual way (same length, so offsets hold). */
const titleMonths = (t: string) => t.replace(/\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)([A-Z]*)\b/g, (m) => m[0] + m.slice(1).toLowerCase());

export function parseDateline(p: Span): Dateline | null {
  const num = p.text.length <= 80 ? NUMERIC_DATE_LINE.exec(p.text) : null;
  if (num) {
    const [day, month, year] = num[1] ? [Number(num[1]), Number(num[2]), Number(num[3])] : [Number(num[6]), Number(num[5]), Number(num[4])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { city: null, month, day, year, start: p.start, end: p.end };
  }
  const only = DATE_LINE.exec(titleMonths(p.text));
  if (only) {
    const month = monthIndex(only[1] ?? only[5]!), day = Number(only[2] ?? only[4]), year = Number(only[3] ?? only[6]);
    if (!month || day < 1 || day > 31) return null;
    return { city: null, month, day, year, start: p.start, end: p.start + only[0].length };
  }
  const bracketed = AGENCY_DATED.exec(p.text);
  if (bracketed) {
    const month = monthIndex(bracketed[3]!), day = Number(bracketed[2]);
    if (month && day >= 1 && day <= 31) return { city: titleCase(bracketed[1]!), month, day, year: Number(bracketed[4]), start: p.start, end: p.start + bracketed[0].length };
  }
  let m = DATELINE.exec(p.text);
  const dmy = m ? null : DATELINE_DMY.exec(p.text);
  if (dmy) m = Object.assign([dmy[0], dmy[1], dmy[3], dmy[2], dmy[4]], { index: 0, input: p.text }) as unknown as RegExpExecArray;
  if (!m) return null;
  const month = monthIndex(m[2]!);
  const day = Number(m[3]);
  if (!month || day < 1 || day > 31) return null;
  const rawCity = m[1] ?? null;
  const city = rawCity && !/^(?:On|In|At|By|Since|From|Until)$/.test(rawCity) ? titleCase(rawCity) : null;
  if (rawCity && !city) return null;
  return { city, month, day, year: m[4] ? Number(m[4]) : null, start: p.start, end: p.start + m[0].length };
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Sen|Rep|Gov|Jr|Sr|Co|Inc|Ltd|vs|etc|U\.S|U\.K|e\.g|i\.e)|\b\p{Lu})\.$/u;

/** Sentences of a paragraph, with file offsets. */
export function sentencesOf(p: Span): Span[] {
  const out: Span[] = [];
  const t = p.text;
  const re = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  let from = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const end = m.index + m[0].length;
    if (ABBREV.test(t.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    push(from, end);
    from = end;
    while (from < t.length && /\s/.test(t[from]!)) from++;
  }
  push(from, t.length);
  return out;
  function push(a: number, b: number) {
    const s = t.slice(a, b).trim();
    if (!s) return;
    const lead = t.slice(a, b).indexOf(s);
    out.push({ start: p.start + a + lead, end: p.start + a + lead + s.length, text: s });
  }
}

/** A headline that ends with its date: "PM call with President X: 19 November 2024", "Meeting of A with B, 3 October 2024, Ankara". */
const TITLE_DATE = new RegExp(`[:,–—-]\\s*(?:(\\d{1,2}) (${MONTH_RE}),? (\\d{4})|(${MONTH_RE}) (\\d{1,2}),? (\\d{4}))(?:,\\s*([A-Z][A-Za-z’'.-]+(?: [A-Z][A-Za-z’'.-]+){0,2}))?$`);
export function titleDate(p: Span): Dateline | null {
  const m = TITLE_DATE.exec(p.text);
  if (!m) return null;
  const month = monthIndex(m[2] ?? m[4]!), day = Number(m[1] ?? m[5]), year = Number(m[3] ?? m[6]);
  if (!month || day < 1 || day > 31) return null;
  return { city: m[7] ? titleCase(m[7]) : null, month, day, year, start: p.start, end: p.end };
}

/** The placeholder sentences splitArticles leaves out of `text`: how many, and where the first starts (for the summary). */
export function fillerIn(text: string): { sentences: number; first: number | null } {
  let sentences = 0;
  let first: number | null = null;
  for (const p of paragraphsOf(text)) {
    if (NOISE.test(p.text)) continue;
    for (const s of sentencesOf(p)) if (isFiller(s.text)) { sentences++; first ??= s.start; }
  }
  return { sentences, first };
}

/** Splits a file into articles. Pure: the file name is only carried along. */
export function splitArticles(file: string, text: string): Article[] {
  const paras = paragraphsOf(text);
  const articles: Article[] = [];
  let current: Article | null = null;
  let hard = true;
  const open = (title: string, start: number): Article => {
    const a: Article = { file, index: articles.length, title, start, end: start, paragraphs: [], sentences: [], dateline: null, hardStart: hard };
    articles.push(a);
    hard = false;
    return a;
  };
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (NOISE.test(p.text)) continue;
    if (CONTINUE.test(p.text)) { hard = true; current = null; continue; }
    if (ORIGINALLY.test(p.text) && p.text.length < 400) { hard = true; current = null; continue; }
    const next = paras[i + 1];
    if (current?.headline && SECTION_LABEL.test(p.text) && p.text.split(/\s+/).length <= 6 && current.paragraphs.every((q) => q.text.length < 40)) continue;
    if (isHeadline(p) && !parseDateline(p) && !(next && isHeadline(next) && current)) {
      current = open(p.text, p.start);
      current.headline = { start: p.start, end: p.end, text: p.text };
      current.end = p.end;
      current.dateline = titleDate(p);
      continue;
    }
    if (!current) current = open('', p.start);
    let body = p;
    const by = BYLINE.exec(p.text);
    if (by) {
      const rest = p.text.slice(by[0].length);
      const lead = rest.length - rest.trimStart().length;
      body = { start: p.start + by[0].length + lead, end: p.end, text: rest.slice(lead) };
    }
    if (!current.dateline && current.paragraphs.length < 3) {
      const d = parseDateline(body);
      if (d) current.dateline = d;
      else if (!current.datelineCity) {
        const c = CITY_DATELINE.exec(body.text);
        if (c) current.datelineCity = titleCase(c[1] ?? c[2] ?? c[3]!);
      }
    } else if (current.dateline && !current.dateline.city && current.paragraphs.length < 3) {
      // "March 4, 2024" on its own line, then "TOKYO (Kyodo) --" or "Berlin (dpa) -": the agency's city dates nothing but places the report;
      // then "ISLAMABAD, Dec 23 (APP):", a full dateline, places it too.
      const c = CITY_DATELINE.exec(body.text);
      const d = c ? null : parseDateline(body);
      if (c) current.dateline = { ...current.dateline, city: titleCase(c[1] ?? c[2] ?? c[3]!) };
      else if (d?.city) current.dateline = { ...current.dateline, city: d.city, start: d.start, end: d.end };
    }
    // Placeholder Latin is left out sentence by sentence (once, "lorem ipsum" anywhere dropped the whole paragraph,
    // and a page on one line lost everything); a paragraph of nothing else is no paragraph.
    const news = sentencesOf(body).filter((x) => !isFiller(x.text));
    if (!news.length) { current.end = p.end; continue; }
    current.paragraphs.push(body);
    for (const s of news) current.sentences.push(s);
    current.end = p.end;
  }
  return articles.filter((a) => a.paragraphs.length > 0);
}
