// From the sides to meetings: a visit to each destination, co-chairs as one meeting, a gathering with all named,
// one bilateral meeting per counterpart unless the text says they met jointly, and a visit told beside another event.
// Every meeting keeps at least two countries (a visit counts its destination).
import type { MeetingKind } from '../../model';
import { regionMembers } from '../countries';
import { countryPair, destinationsOf } from './coordination';
import { laterSubjectsAsObjects } from './sides';
import { countriesOf, countryParty, dedupeParties, personParty, type Clause, type Delegation, type Focus, type Party, type RawMeeting, type Sides, type Trigger } from './model';

/** Words saying several sides met at once, not one by one. */
const JOINTLY = /\b(?:trilateral|quadrilateral|jointly|together|joint meeting|all (?:three|four|the)|multilateral)\b/i;

/** A visit told beside another event of the same sentence. */
const ALSO_VISIT = /\b(?:paying|paid|pays|on|during|in the course of) (?:a |an |his |her |their )?(?:(?:state|official|working|two-day|three-day) )*visit to (?:the )?(?=\p{Lu})/u;

const HOSTED_EVENT = /\b(?:organi[sz]ed|hosted|held|gave|invited\b[^.;]{0,120}?\bfor) (?:a|an) (?:[\w-]+ ){0,5}?(?:round[- ]?table|roundtable|luncheon|lunch|dinner|banquet|reception|symposium|seminar)\b/i;
const IMPLIED_SIDES = /\bthe (?:two|three) (?:heads of (?:state|government)|leaders|presidents|prime ministers|premiers|foreign ministers|ministers)\b/i;

/** A trigger whose objects follow "with": "talked with", "held meetings with", "met with". */
const COUNTERPARTS_LISTED = /^[^,;]{0,60}?\bwith\b/i;

type Sentence = RawMeeting['sentence'];

/** The meetings of one clause, its sides read. */
export function eventsOf(c: Clause, trig: Trigger, sentence: Sentence, focus: Focus, sides: Sides, delegation: Delegation | null): RawMeeting[] {
  const { subjects, objects } = sides;
  const afterTrig = c.text.slice(trig.at, trig.end);
  if (trig.kind === 'visit' && (objects.length === 0 || /\binvitation\b/i.test(afterTrig) || !/\b(?:met|meet|talks|received)\b/i.test(afterTrig))) {
    const visitors = subjects.length ? subjects : focus.delegation ?? [];
    const out: RawMeeting[] = [];
    if (visitors.length) for (const d of destinationsOf(c.text, trig.at, c.countries)) out.push({ kind: 'visit', parties: visitors, sentence, destination: d });
    return out.filter((m) => new Set([...countriesOf(m.parties), m.destination]).size >= 2);
  }
  // "Minister A and Cabinet Secretary B today co-chaired the Joint Commission": two sides as joint subjects.
  if (objects.length === 0 && subjects.length >= 2 && trig.kind !== 'summit' && countriesOf(subjects).size >= 2 && / and /.test(c.text.slice(0, trig.at))) {
    return [{ kind: trig.kind, parties: dedupeParties(subjects), sentence, destination: null }];
  }
  // "talked with A, B and C" with no one to do it: those listed are someone's counterparts, not a meeting of their own.
  // ("Asked about his meeting with X, Y said": a possessive names someone, so the meeting is read as before.)
  if (trig.kind !== 'summit' && subjects.length === 0 && COUNTERPARTS_LISTED.test(c.text.slice(trig.at, trig.end)) && !/\b(?:his|her|their)\s+(?:[\w-]+\s+)?$/i.test(c.text.slice(0, trig.at))) return [];
  if (trig.kind === 'summit' || subjects.length === 0) return gathering(c, trig, sentence, sides);
  laterSubjectsAsObjects(c, sides);
  return [...bilaterals(c, trig, sentence, sides, delegation), ...visitBeside(c, sentence, sides.subjects)];
}

/** A summit, or an event whose sides are all after the trigger: one meeting of everyone named. */
function gathering(c: Clause, trig: Trigger, sentence: Sentence, { subjects, objects }: Sides): RawMeeting[] {
  const t = c.text;
  let all = dedupeParties([...subjects, ...objects]);
  // A gathering lists its participants across the sentence ("participating in the forum were A, President of X; B, ...").
  // A ";" list runs past the clause end, but "since" or "said" still closes it.
  if (trig.kind === 'summit') {
    const stop = /\b(?:since|said|says|noted|stressed|told)\b/g;
    stop.lastIndex = trig.at;
    const cut = stop.exec(t)?.index ?? t.length;
    all = dedupeParties([...all, ...c.persons.filter((p) => p.start < cut).map(personParty)]);
  }
  // "Xi and the heads of state of the five Central Asian countries": the region's members as sides.
  for (const iso3 of regionMembers(t)) if (!all.some((p) => p.country === iso3)) all.push(countryParty(iso3));
  // "The Chinese Embassy in London organised a lunch for British friends": a hosted event between exactly two countries.
  const ev = HOSTED_EVENT.exec(t);
  if (ev && countriesOf(all).size < 2) {
    // Host named before the verb, guests after it; a title in quotes names neither.
    const quoted = [...t.matchAll(/[‘“"][^’”"]*[’”"]/g)].map((q) => [q.index!, q.index! + q[0].length] as const);
    const cs = c.countries.filter((x) => !quoted.some(([a, b]) => x.start >= a && x.end <= b));
    const host = new Set(cs.filter((x) => x.end <= ev.index).slice(0, 1).map((x) => x.iso3));
    const guests = new Set(cs.filter((x) => x.start >= ev.index && !host.has(x.iso3)).map((x) => x.iso3));
    if (host.size === 1 && guests.size === 1) all = [countryParty([...host][0]!), countryParty([...guests][0]!)];
  }
  // "last year's meeting between the two heads of state ... relations between China and the United States":
  // the two countries named as a pair stand for their unnamed leaders.
  if (IMPLIED_SIDES.test(t) && countriesOf(all).size < 2) {
    const pair = countryPair(t, c.countries);
    if (pair) all = [countryParty(pair[0]), countryParty(pair[1])];
  }
  // Governments as parties: "The Presidents of China and Russia ... in a telephone call".
  if (countriesOf(all).size < 2 && all.every((p) => p.kind !== 'person')) {
    const pair = /(?:of|between) (?:the )?([\p{Lu}][\p{L}’' -]+?) and (?:the )?([\p{Lu}][\p{L}’' -]+?)\b(?: (?:exchanged|held|met|had|spoke)|[,.]| in )/u.exec(t.slice(0, trig.end));
    if (pair) {
      const cs = c.countries.filter((x) => x.start >= pair.index && x.end <= pair.index + pair[0].length && x.form === 'name');
      for (const x of cs) all.push(countryParty(x.iso3, x.text));
    }
  }
  return countriesOf(all).size >= 2 ? [{ kind: trig.kind === 'visit' ? 'meeting' : trig.kind, parties: all, sentence, destination: null }] : [];
}

/**
 * The subjects with each foreign counterpart: "held meetings with his counterparts from the Netherlands and the UAE"
 * is one bilateral meeting per country named, unless the text says they met together; "met with A, accompanied by B"
 * puts the companion in A's meeting.
 */
function bilaterals(c: Clause, trig: Trigger, sentence: Sentence, { subjects, objects }: Sides, delegation: Delegation | null): RawMeeting[] {
  const sc = countriesOf(subjects);
  const foreign = objects.filter((o) => !o.country || !sc.has(o.country) || o.kind !== 'person');
  const extra = objects.filter((o) => !foreign.includes(o));
  const accAt = /\b(?:accompanied by|together with|along with|joined by)\b/i.exec(c.text)?.index ?? Infinity;
  const startOf = new Map(c.persons.map((p) => [p.key, p.start]));
  const companions = foreign.filter((o) => o.kind === 'person' && (startOf.get(o.key) ?? -1) > accAt && (startOf.get(o.key) ?? -1) > trig.at);
  const people = foreign.filter((o) => o.kind === 'person' && !companions.includes(o));
  extra.push(...companions);
  const kind: MeetingKind = trig.kind === 'visit' ? 'meeting' : trig.kind;
  const governments = foreign.filter((o) => o.kind === 'country');
  const meeting = (parties: Party[]): RawMeeting => ({ kind, parties: dedupeParties(parties), sentence, destination: null });
  const out: RawMeeting[] = [];
  if (people.length >= 2 && !delegation?.parties.some((d) => objects.includes(d))) {
    for (const o of people) out.push(meeting([...subjects, o, ...extra]));
  } else if (governments.length >= 1 && governments.length + people.length >= 2 && governments.length + people.length === foreign.length && !JOINTLY.test(c.text)) {
    // "held talks with the US Secretary of State, as well as with his counterparts from A and B": each its own.
    for (const o of [...people, ...governments]) out.push(meeting(o.kind === 'person' ? [...subjects, o, ...extra] : [...subjects, o]));
  } else if (foreign.length) {
    out.push(meeting([...subjects, ...foreign, ...extra]));
  }
  return out.filter((m) => countriesOf(m.parties).size >= 2);
}

/**
 * "paying a state visit to Peru and holding a series of bilateral meetings": a second event of the same subjects.
 * (A visit with a host met is folded into that meeting by dedupe.)
 */
function visitBeside(c: Clause, sentence: Sentence, subjects: Party[]): RawMeeting[] {
  const alsoVisit = ALSO_VISIT.exec(c.text);
  if (!alsoVisit || !subjects.length || subjects.some((p) => p.kind === 'country')) return [];
  return destinationsOf(c.text, alsoVisit.index + alsoVisit[0].length, c.countries)
    .filter((d) => !countriesOf(subjects).has(d))
    .map((d) => ({ kind: 'visit' as const, parties: subjects, sentence, destination: d }));
}
