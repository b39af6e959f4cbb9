// The country of a person whose own words give none (no nationality, "of <Country>",
// organisation or name shape): read from the article around them. Pure.
//
// Readouts leave the home side's nationality unsaid ("Secretary of State Antony Blinken
// met with Indian External Affairs Minister ..."; "Vladimir Putin had a telephone
// conversation with President of the UAE ..."): the home side is the country of the
// dateline, or of the page, or of a seat of government named in the article (the White
// House, the Kremlin). A person who meets someone of that country is not of it: then
// the next candidate, ending with the article's most-mentioned foreign country.
import type { Article } from './articles';
import { findCities } from './countries';
import { knownCountry } from './leaders';
import type { PersonRecord } from './merge';
import type { SentenceFacts } from './meetings';

export interface ArticleView { article: Article; sentences: SentenceFacts[] }

/** Country of a person from their own cues only (title or role votes, name shape). */
function ownCountry(r: PersonRecord | undefined): string | null {
  if (!r) return null;
  const best = Object.entries(r.countryVotes).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : r.shapeCountry ?? null;
}

/** A title that makes someone an official of a government (not an analyst, a co-editor, a comrade). */
const OFFICIAL = /\b(?:president|vice[- ]president|prime minister|premier|chancellor|minister|secretary|ambassador|envoy|king|queen|emir|sultan|speaker|governor|foreign|defen[cs]e|chargé|consul|state councill?or|taoiseach|crown prince|head of state)\b/i;

/**
 * Sets `fallbackCountry` on every person of the file that has none yet. `isMeeting`
 * tells a meeting sentence (its persons are the sides of one event).
 */
export function assignFallbackCountries(facts: ArticleView[], persons: Map<string, PersonRecord>, isMeeting: (sentence: string) => boolean): void {
  const counts = facts.map((f) => {
    const m = new Map<string, number>();
    for (const s of f.sentences) for (const c of s.countries) m.set(c.iso3, (m.get(c.iso3) ?? 0) + 1);
    return m;
  });
  const pageCounts = new Map<string, number>();
  for (const c of counts) for (const [k, n] of c) pageCounts.set(k, (pageCounts.get(k) ?? 0) + n);
  const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const home = byCount(pageCounts)[0] ?? null;
  facts.forEach((f, ai) => {
    const dl = f.article.dateline?.city ? findCities(f.article.dateline.city)[0]?.iso3 ?? null : null;
    // Only the article's own dateline: a page of reprints carries other places' articles after a dated one.
    const datelineCountry = dl;
    const top = byCount(counts[ai]!).filter((k) => k !== home)[0] ?? home;
    // Seats of government named in the article ("the White House said", "talks in the Kremlin").
    const seats = [...new Set(f.sentences.flatMap((s) => findCities(s.text).filter((c) => SEATS.has(c.city)).map((c) => c.iso3)))];
    for (const s of f.sentences) {
      const meeting = isMeeting(s.text);
      for (const p of s.persons) {
        const r = persons.get(p.key);
        if (!r || r.fallbackCountry || ownCountry(r)) continue;
        // A known office holder whom the text gives no country ("Prime Minister Keir Starmer met Prime Minister Giorgia Meloni").
        const known = knownCountry(p.key);
        if (known) { r.fallbackCountry = known; continue; }
        // Sides this person met: their countries are not this person's.
        const partners = new Set(meeting ? s.persons.filter((q) => q.key !== p.key).map((q) => ownCountry(persons.get(q.key)) ?? q.country).filter((c): c is string => !!c) : []);
        const official = OFFICIAL.test(r.role ?? '') || OFFICIAL.test(p.role ?? '') || meeting;
        // "X met with Y, Minister of Hungary, in Ankara": the host's country is the meeting's city when it is not the guest's.
        const place = meeting ? findCities(s.text).filter((c) => /\b(?:in|at) (?:the )?$/.test(s.text.slice(Math.max(0, c.start - 8), c.start)) && !/\bvisit/i.test(s.text.slice(0, c.start))).map((c) => c.iso3)[0] ?? null : null;
        const candidates = official ? [datelineCountry, place, ...seats, top, home] : [top, home];
        r.fallbackCountry = candidates.find((c) => c && !partners.has(c)) ?? top ?? null;
      }
    }
  });
}

/** Seats of government that stand for their country in wire copy. */
export const SEATS = new Set(['White House', 'Kremlin', 'Élysée', 'Elysee Palace', 'Élysée Palace', 'Downing Street', 'Zhongnanhai', 'Malacañang', 'Blue House', 'Kantei', 'Quirinale', 'Rashtrapati Bhavan', 'Hyderabad House']);
