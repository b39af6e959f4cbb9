// Deduplication: one real meeting reported several times (summary, original
// release, agency copy, other files) becomes one meeting with all its sources.
import type { DateBasis, MeetingKind, Source } from '../model';

export interface DraftMeeting {
  kind: MeetingKind;
  date: string | null;
  /** How the date was found (null when there is none). */
  dateBasis?: DateBasis | null;
  location: string | null;
  /** Entity ids. */
  participants: string[];
  countries: string[];
  sources: Source[];
  /** A visit's destination; the country of `location`. Only for telling events apart, not written out. */
  destination?: string | null;
  place?: string | null;
  /** Reported as past ("recalled", "last", "earlier"): not the article's own event. */
  past?: boolean;
}

const KIND_RANK: Record<MeetingKind, number> = { talks: 0, phone_call: 1, video_call: 2, meeting: 3, summit: 4, visit: 5 };

export const datesCompatible = (a: string | null, b: string | null): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);

const persons = (m: DraftMeeting) => m.participants.filter((p) => p.startsWith('person:'));
const subset = (a: string[], b: string[]) => a.every((x) => b.includes(x));

/** Dated as "the following day" of an earlier meeting: another day, so another meeting. */
const dayAfter = (m: DraftMeeting) => m.dateBasis?.how === 'context' && /\b(?:following|next) day\b/i.test(m.dateBasis.phrase ?? '');

export function sameMeeting(a: DraftMeeting, b: DraftMeeting): boolean {
  if (a.countries.join() !== b.countries.join()) return false;
  if (a.date !== b.date && (dayAfter(a) || dayAfter(b))) return false;
  if (!datesCompatible(a.date, b.date) && !(sharesFile(a, b) && samePeople(a, b) && daysApart(a.date, b.date) <= 2)) return false;
  // An undated report is the same meeting only as a copy of the same sentence or within the same article:
  // across articles, "Xi met X" with no date may be any of their meetings.
  // Within an article, an undated past reference ("recalled Kim's recent visit") is another event.
  if ((!a.date || !b.date) && !sharesQuote(a, b) && !(sharesArticle(a, b) && !a.past && !b.past) && !(sharesFile(a, b) && samePeople(a, b))) return false;
  // "Kim's recent visit to China" is not his meeting with Li in Pyongyang: a visit is elsewhere than a meeting placed outside its destination.
  // (Only a visit by its visitor alone: with a host named too, which side travelled is the sentence's guess.)
  const visitElsewhere = (v: DraftMeeting, m: DraftMeeting) => v.kind === 'visit' && v.participants.length === 1 && !!v.destination && !!m.place && m.place !== v.destination;
  if (visitElsewhere(a, b) || visitElsewhere(b, a)) return false;
  // Phone calls and meetings are different events even between the same people.
  if ((a.kind === 'phone_call' || a.kind === 'video_call' || b.kind === 'phone_call' || b.kind === 'video_call') && a.kind !== b.kind) return false;
  const pa = persons(a), pb = persons(b);
  return subset(pa, pb) || subset(pb, pa);
}

const sharesQuote = (a: DraftMeeting, b: DraftMeeting) => a.sources.some((x) => b.sources.some((y) => x.quote === y.quote));
const sharesArticle = (a: DraftMeeting, b: DraftMeeting) =>
  sharesQuote(a, b) || a.sources.some((x) => b.sources.some((y) => x.file === y.file && x.article === y.article));

const sharesFile = (a: DraftMeeting, b: DraftMeeting) => a.sources.some((x) => b.sources.some((y) => x.file === y.file));
const samePeople = (a: DraftMeeting, b: DraftMeeting) => {
  const pa = persons(a), pb = persons(b);
  return pa.length >= 2 && pa.length === pb.length && subset(pa, pb);
};

/**
 * Two reports of one page that name the same people meeting a day or two apart ("met on
 * February 17" in a summary, "met here today" under a February 19 dateline) are one
 * meeting whose day the sources dispute: it keeps the month they agree on.
 */
function daysApart(a: string | null, b: string | null): number {
  if (a?.length !== 10 || b?.length !== 10 || a.slice(0, 7) !== b.slice(0, 7)) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Of two equally precise dates, the one found more directly explains the merged meeting's. */
const BASIS_RANK: Record<DateBasis['how'], number> = { stated: 0, 'inferred-year': 1, relative: 2, dateline: 3, published: 4, context: 5 };

/** A date the text gave for the meeting itself, rather than one taken from the article's date or an earlier sentence. */
const explicit = (m: DraftMeeting) => !!m.dateBasis && m.dateBasis.how !== 'dateline' && m.dateBasis.how !== 'published' && m.dateBasis.how !== 'context';

function merge(a: DraftMeeting, b: DraftMeeting): DraftMeeting {
  // Two reports a day or two apart: the one whose sentence names the day ("on Thursday") is right over the one
  // that took the article's date; else they keep the month they agree on.
  const conflict = !!a.date && !!b.date && !datesCompatible(a.date, b.date);
  const named = conflict && explicit(a) !== explicit(b) ? (explicit(a) ? a : b) : null;
  const date = named ? named.date : !a.date ? b.date : !b.date ? a.date : conflict ? a.date.slice(0, 7) : a.date.length >= b.date.length ? a.date : b.date;
  const from = named ?? (!a.date ? b : !b.date ? a : a.date.length !== b.date.length ? (date === a.date ? a : b)
    : BASIS_RANK[b.dateBasis?.how ?? 'context'] < BASIS_RANK[a.dateBasis?.how ?? 'context'] ? b : a);
  return {
    kind: KIND_RANK[a.kind] <= KIND_RANK[b.kind] ? a.kind : b.kind,
    date,
    dateBasis: date ? from.dateBasis ?? null : null,
    location: a.location ?? b.location,
    participants: [...new Set([...a.participants, ...b.participants])].sort(),
    countries: a.countries,
    sources: [...a.sources, ...b.sources],
    destination: a.destination ?? b.destination,
    place: a.place ?? b.place,
    past: !!a.past && !!b.past,
  };
}

/** Greedy, order-stable clustering: each meeting joins the first earlier cluster it matches. */
export function dedupeMeetings(meetings: DraftMeeting[]): DraftMeeting[] {
  const out: DraftMeeting[] = [];
  // sameMeeting needs equal countries and merging keeps them: only clusters with the same countries are candidates.
  const byCountries = new Map<string, number[]>();
  for (const m of meetings) {
    const key = m.countries.join();
    let bucket = byCountries.get(key);
    if (!bucket) byCountries.set(key, (bucket = []));
    const i = bucket.find((k) => sameMeeting(out[k]!, m));
    if (i !== undefined) out[i] = merge(out[i]!, m);
    else { bucket.push(out.length); out.push({ ...m, participants: [...m.participants].sort() }); }
  }
  // A visit is folded into a meeting held during it (the annotation guidelines' rule): the visitor's meeting, in the
  // same article, with someone of the visited country, on a compatible date.
  for (let i = out.length - 1; i >= 0; i--) {
    const v = out[i]!;
    if (v.kind !== 'visit' || !v.destination || v.past) continue;
    const host = out.find((m) => m !== v && m.kind !== 'visit' && !m.past && sharesArticle(m, v) && m.countries.includes(v.destination!) && (!m.place || m.place === v.destination)
      && persons(v).length > 0 && subset(persons(v), persons(m)) && datesCompatible(m.date, v.date));
    if (!host) continue;
    host.sources = [...host.sources, ...v.sources];
    out.splice(i, 1);
  }
  for (const m of out) {
    const seen = new Set<string>();
    m.sources = m.sources
      .filter((s) => { const k = `${s.file}\u0000${s.start}`; return seen.has(k) ? false : (seen.add(k), true); })
      .sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.start - y.start));
  }
  return out;
}
