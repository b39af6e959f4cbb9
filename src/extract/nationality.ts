// The country of a person whose own words give none (no nationality, "of <Country>",
// organisation or name shape): read from the article around them. Pure.
//
// Readouts leave the home side's nationality unsaid ("Secretary of State Antony Blinken
// met with Indian External Affairs Minister ..."; "Vladimir Putin had a telephone
// conversation with President of the UAE ..."): the home side is the country of the
// dateline, or of the page, or of a seat of government named in the article (the White
// House, the Kremlin), or the city an undated post puts its event in. A person who meets
// someone of another country is of the first such place that is not the partner's; when the
// only place is the partner's country, the meeting is at home. With no place at all, the
// article's most-mentioned foreign country is a guess, outvoted by any place elsewhere.
import type { Article } from './articles';
import { findCities, findCountries, SEATS } from './countries';
import { knownCountry } from './leaders';
import type { PersonRecord } from './merge';
import { OFFICIAL } from './persons';
import type { SentenceFacts } from './meetings';

export interface ArticleView { article: Article; sentences: SentenceFacts[] }

/** Country of a person from their own cues only (title or role votes, name shape). */
function ownCountry(r: PersonRecord | undefined): string | null {
  if (!r) return null;
  const best = Object.entries(r.countryVotes).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : r.shapeCountry ?? r.sentenceCountry ?? null;
}

const MULTILATERAL = /\b(?:sidelines|margins|framework of|summit|forum|conference|ministers['’]? meeting|ministerial|G20|G7|BRICS|SCO|ASEAN|APEC|UN General Assembly)\b/i;

/** Guests from several countries: the city they met in is nobody's home ("his counterparts from Brazil and India in Johannesburg"). */
const SEVERAL_GUESTS = /\bcounterparts (?:from|of)\b/i;

/** A sentence about the past's leaders ("the friendship forged by the historic leaders", "established by the late President"). */
const HISTORICAL = /\b(?:historic(?:al)? leaders?|the late|founding (?:father|leader)s?|founders?|legacy of|forged by|established by|laid by|founded by|pioneered by|in memory of)\b/i;

/** "held at Bolivar Hall in London", "the Embassy in London organised": where an article's event takes place. */
const IN_PLACE = /\b(?:in|at) (?:the )?$/;

/**
 * The place of an article with no dateline (a blog post, a party's news page): the first
 * city its title or lead puts something "in". Wire copy has a dateline instead, and a
 * dateline names where the reporter is, not where the people quoted come from.
 */
function articlePlace(f: ArticleView): string | null {
  if (f.article.dateline) return null;
  const lead = [f.article.title, ...f.sentences.slice(0, 3).map((s) => s.text)];
  // "Fifty foreign nationals who live and work in Shanghai were honoured": the place is exactly not theirs.
  if (lead.some((text) => /\bforeign(?:ers| nationals| experts| residents| guests)\b|\bexpatriates\b/i.test(text))) return null;
  // "Muscat: Foreign Minister X held ...": a city named before a colon or a dash opens the lead (an undated dateline).
  const opening = /^\s*(\p{Lu}[\p{L}’'. -]{2,30}?)\s*(?::|\s[—–-])\s/u.exec(f.sentences.find((s) => s.start !== f.article.headline?.start)?.text ?? '');
  const openingCity = opening ? findCities(opening[1]!).find((c) => c.start === 0 && c.end === opening[1]!.length) : undefined;
  if (openingCity) return openingCity.iso3;
  for (const text of lead) {
    // "met at the World Economic Forum in Davos": a gathering's city is nobody's country.
    if (MULTILATERAL.test(text) || SEVERAL_GUESTS.test(text)) continue;
    const places = [...findCities(text), ...findCountries(text).filter((c) => c.form === 'name')].sort((a, b) => a.start - b.start);
    const c = places.find((x) => IN_PLACE.test(text.slice(Math.max(0, x.start - 8), x.start)));
    if (c) return c.iso3;
  }
  return null;
}

/**
 * Sets `fallbackCountry` on every person of the file that has none yet. `isMeeting`
 * tells a meeting sentence (its persons are the sides of one event).
 *
 * Every mention votes. A vote from evidence (a known office, the dateline, the meeting's
 * place, a seat of government, the article's place) outranks any number of votes from the
 * prior (the article's or page's most-mentioned country): an analyst quoted in three
 * articles about China and seen once at an event in London is not Chinese.
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
  // person key -> [evidence votes, prior votes], in order of first vote (ties go to the earliest).
  const votes = new Map<string, [Map<string, number>, Map<string, number>]>();
  const vote = (key: string, country: string | null | undefined, evidence: boolean) => {
    if (!country) return;
    let v = votes.get(key);
    if (!v) votes.set(key, (v = [new Map(), new Map()]));
    const m = v[evidence ? 0 : 1];
    m.set(country, (m.get(country) ?? 0) + 1);
  };
  facts.forEach((f, ai) => {
    // Only the article's own dateline: a page of reprints carries other places' articles after a dated one.
    const datelineCity = f.article.dateline?.city ?? f.article.datelineCity;
    const datelineCountry = datelineCity ? findCities(datelineCity)[0]?.iso3 ?? null : null;
    const top = byCount(counts[ai]!).filter((k) => k !== home)[0] ?? home;
    const where = articlePlace(f);
    // "X paid an official visit to the United Kingdom": the people met during the visit are its hosts (only those met:
    // others named in the article may be anyone).
    const visited = visitDestination(f);
    // Guests of a host named as such, anywhere in the article ("held talks with his host, President Y").
    const guests = new Set(f.sentences.flatMap((s) => { const h = HOST_PHRASE.exec(s.text); return h ? s.persons.filter((p) => p.start - s.start < h.index).map((p) => p.key) : []; }));
    // The readout's principal: the first person named in its first meeting sentence, when their own words give a country.
    const lead = f.sentences.find((s) => s.start !== f.article.headline?.start && isMeeting(s.text))?.persons[0];
    const principal = lead ? ownCountry(persons.get(lead.key)) ?? knownCountry(lead.key) : null;
    // Seats of government named in the article ("the White House said", "talks in the Kremlin").
    const seats = [...new Set(f.sentences.flatMap((s) => findCities(s.text).filter((c) => SEATS.has(c.city)).map((c) => c.iso3)))];
    for (const s of f.sentences) {
      // A headline is too terse to place anyone ("X met counterparts in Johannesburg"): its people are placed by the body.
      if (s.start === f.article.headline?.start) continue;
      const meeting = isMeeting(s.text);
      for (const p of s.persons) {
        const r = persons.get(p.key);
        if (!r || r.fallbackCountry || (ownCountry(r) && !r.sentenceCountry)) continue;
        // A known office holder whom the text gives no country ("Prime Minister Keir Starmer met Prime Minister Giorgia Meloni"),
        // or only the one a sentence happened to leave ("Minister Çavuşoğlu, at the OSCE meeting in Poland"): the table wins.
        const known = knownCountry(p.key);
        if (known) { r.fallbackCountry = known; if (r.sentenceCountry && r.sentenceCountry !== known) r.sentenceCountry = null; continue; }
        if (ownCountry(r)) continue;
        // Sides this person met: their countries are not this person's.
        const partners = new Set(meeting ? s.persons.filter((q) => q.key !== p.key).map((q) => ownCountry(persons.get(q.key)) ?? q.country).filter((c): c is string => !!c) : []);
        const official = OFFICIAL.test(r.role ?? '') || OFFICIAL.test(p.role ?? '') || meeting;
        // A spokesperson speaks for a government: the seat or body named beside them ("Kremlin Press Secretary"), else the
        // readout's principal; else nobody knows, and no guess is made.
        if (!meeting && SPOKESPERSON.test(`${r.role ?? ''} ${p.role ?? ''} ${s.text.slice(Math.max(0, p.start - s.start - 40), p.start - s.start)}`)) {
          const body = findCities(s.text).find((c) => SEATS.has(c.city))?.iso3 ?? s.orgs.find((o) => o.country && !o.intergovernmental)?.country ?? principal;
          if (body) vote(p.key, body, true);
          continue;
        }
        // "X met with Y, Minister of Hungary, in Ankara": the host's country is the meeting's city when it is not the guest's.
        // (Not at a multilateral gathering: "within the framework of the G20 meeting held in Johannesburg" hosts no one.)
        // (Nor when the guests come from several countries: "met his counterparts from Brazil and India in Johannesburg".)
        const place = meeting && !MULTILATERAL.test(s.text) && !SEVERAL_GUESTS.test(s.text) ? findCities(s.text).filter((c) => IN_PLACE.test(s.text.slice(Math.max(0, c.start - 8), c.start)) && !/\bvisit/i.test(s.text.slice(0, c.start))).map((c) => c.iso3)[0] ?? null : null;
        // A founder remembered at an event in London is not placed by it.
        // (A dateline says where the reporter files from: weaker than the place of the meeting or the visit's host.)
        // "X held talks with his host, President Y": X is the guest, so the host's dateline and city are not X's.
        const isGuest = guests.has(p.key);
        const evidence = HISTORICAL.test(s.text) ? [] : isGuest ? [where].filter((c) => c !== datelineCountry) : official ? [meeting && visited && !visited.visitors.has(p.key) ? visited.iso3 : null, datelineCountry, place, ...seats, where] : [where];
        // A place not the partner's; else the partner's own (a meeting at home, not a guess abroad).
        const found = evidence.find((c) => c && !partners.has(c)) ?? evidence.find((c) => c);
        if (found) vote(p.key, found, true);
        // (A guest is not of the host's country even as a guess.)
        else vote(p.key, [top, home].find((c) => c && !partners.has(c) && !(isGuest && c === datelineCountry)) ?? (isGuest ? null : top), false);
      }
    }
  });
  const best = (m: Map<string, number>) => [...m].reduce<[string, number] | null>((b, e) => (!b || e[1] > b[1] ? e : b), null)?.[0] ?? null;
  for (const [key, [evidence, prior]] of votes) {
    const r = persons.get(key)!;
    r.fallbackCountry = best(evidence) ?? best(prior);
  }
}

/** The country an article's lead says its subject is visiting ("paid an official visit to the United Kingdom", "arrived in Lima"). */
function visitDestination(f: ArticleView): { iso3: string; visitors: Set<string> } | null {
  for (const s of f.sentences.filter((x) => x.start !== f.article.headline?.start).slice(0, 3)) {
    const m = /\b(?:visit(?:ed|ing|s)?(?: to)?|arrived in|trip to|tour of)\s+(?:the\s+)?/gi;
    for (let hit = m.exec(s.text); hit; hit = m.exec(s.text)) {
      const at = hit.index + hit[0].length;
      // (A tour of several countries, "visited Cyprus, Britain and Norway", hosts no one in particular.)
      if (/^[\p{Lu}][\p{L} -]*?(?:,| and )\s*(?:the\s+)?\p{Lu}/u.test(s.text.slice(at, at + 60)) && findCountries(s.text.slice(at, at + 60)).length >= 2) return null;
      const c = [...findCountries(s.text.slice(at, at + 40)).filter((x) => x.start === 0 && x.form === 'name'), ...findCities(s.text.slice(at, at + 40)).filter((x) => x.start === 0)][0];
      // The visitor is named before the verb: the host's country is not theirs.
      if (c) return { iso3: c.iso3, visitors: new Set(s.persons.filter((p) => p.start - s.start < hit!.index).map((p) => p.key)) };
    }
  }
  return null;
}

/** The other side named as the host: "with his host President Y", "their hosts". */
const HOST_PHRASE = /\b(?:his|her|their) hosts?\b/i;

/** Who speaks for a government: "Spokesperson Ned Price", "Deputy Spokesperson X", "Press Secretary Y". */
const SPOKESPERSON = /\bspokes(?:person|man|woman)\b|\bpress secretary\b/i;

