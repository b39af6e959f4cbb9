// How a meeting's date was found, in words for the panels ("‘on Wednesday’, counted
// from the dateline 12 May 2021"). Pure, no React. A version-1 document has no
// dateBasis: then there is nothing to say and the helpers return null.
import type { DateBasis, PublishedFrom, Source } from '../../model';
import { formatDate } from '../shared/format';

/** Where an article's date was read, as a reader would name it. */
const FROM_LABELS: Record<PublishedFrom, string> = {
  manifest: 'manifest',
  'front-matter': 'front matter',
  'html-meta': 'HTML metadata',
  'file-name': 'file name',
  dateline: 'dateline',
  option: 'the default given with --published',
};

/** Longest phrase quoted before it is cut: the words are a cue, the sentence itself is shown below. */
const MAX_PHRASE = 60;

/** The words a date was read from, in quotes, on one line and not too long; null when there are none. */
export function quotePhrase(phrase: string | null | undefined): string | null {
  const words = (phrase ?? '').replace(/\s+/g, ' ').trim();
  if (!words) return null;
  return `‘${words.length > MAX_PHRASE ? words.slice(0, MAX_PHRASE - 1).trimEnd() + '…' : words}’`;
}

/** The document time a date was counted from: "the dateline 12 May 2021", "the publication date 14 May 2021 (front matter)". */
export function describeAnchor(anchor: string, from: PublishedFrom | null | undefined): string {
  const day = formatDate(anchor);
  if (from === 'dateline') return `the dateline ${day}`;
  if (from) return `the publication date ${day} (${FROM_LABELS[from] ?? from})`;
  return `the article’s date ${day}`;
}

/** "the month of " when a date keeps only the month (or year) of the day it came from. */
function partOf(date: string, anchor: string | null | undefined): string {
  if (!anchor || anchor.length <= date.length) return '';
  return date.length === 4 ? 'the year of ' : 'the month of ';
}

/** The anchor's day when it says more than the meeting's date does. */
const anchorDay = (date: string, anchor: string | null | undefined) => (anchor && anchor !== date ? ` ${formatDate(anchor)}` : '');

/**
 * How a meeting's date was found, in words, or null when the data does not say
 * (version-1 documents, undated meetings). `date` is the meeting's own date, whose
 * precision decides what the text gave ("month and day" or "month").
 */
export function describeDateBasis(basis: DateBasis | null | undefined, date: string | null | undefined): string | null {
  if (!basis || !date) return null;
  const phrase = quotePhrase(basis.phrase);
  const lead = phrase ? `${phrase}, ` : '';
  const { anchor, anchorFrom } = basis;
  switch (basis.how) {
    case 'stated':
      return `${lead}stated in the text`;
    case 'inferred-year': {
      const given = date.length === 10 ? 'month and day' : 'month';
      const year = anchor ? describeAnchor(anchor, anchorFrom) : 'the dates elsewhere on the page';
      return `${phrase ? `${phrase}: ` : ''}${given} in the text, year from ${year}`;
    }
    case 'relative':
      return `${lead}counted from ${anchor ? describeAnchor(anchor, anchorFrom) : 'the dates elsewhere on the page'}`;
    case 'context':
      return `${lead}from an earlier sentence of the article`;
    case 'dateline':
      return `${lead}${partOf(date, anchor)}the article’s dateline${anchorDay(date, anchor)}`;
    case 'published': {
      const from = anchorFrom && anchorFrom !== 'dateline' ? ` (${FROM_LABELS[anchorFrom] ?? anchorFrom})` : '';
      return `${lead}${partOf(date, anchor)}the article’s publication date${anchorDay(date, anchor)}${from}`;
    }
    default:
      return null;
  }
}

/** A source's own date, for its caption: "published 14 May 2021 (front matter)", "dateline 12 May 2021". */
export function describePublished(source: Pick<Source, 'published' | 'publishedFrom'>): string | null {
  if (!source.published) return null;
  const day = formatDate(source.published);
  if (source.publishedFrom === 'dateline') return `dateline ${day}`;
  return source.publishedFrom ? `published ${day} (${FROM_LABELS[source.publishedFrom] ?? source.publishedFrom})` : `published ${day}`;
}
