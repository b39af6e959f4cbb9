// Meeting sentences, in stages over one clause: the trigger lexicon gives the kind and cancels plans (triggers.ts);
// the persons named around it are its sides, then references fill the gaps (sides.ts); the sides become one meeting
// per counterpart, a gathering or a visit (events.ts). A count of counterparts with their names in the next sentence
// is lists.ts. Messages, speeches, plans and one-country meetings are not meetings.
import { countryParty, orgParty, personParty, type Clause, type Delegation, type Focus, type Party, type RawMeeting, type SentenceFacts } from './model';
import { clauseEnd, kindOf } from './triggers';
import { namedSides, objectsByReference, pairByReference, rememberFocus, subjectAfterParticiple, subjectByReference, withDelegation } from './sides';
import { eventsOf } from './events';

export type { Focus, Party, RawMeeting, SentenceFacts } from './model';
export { kindOf } from './triggers';
export { countryPair, destinationsOf, leadersOf } from './coordination';
export { announcedCounterparts, listedCounterparts } from './lists';

/**
 * Meetings stated by one sentence. `focus` carries the article's subject between
 * sentences (mutated: the subject of this sentence becomes the next focus).
 */
export function meetingsOf(s: SentenceFacts, focus: Focus, countryOfPerson: (key: string) => string | null): RawMeeting[] {
  const c = clauseOf(s, countryOfPerson);
  const delegation = delegationIn(c);
  const hit = kindOf(c.text);
  if (delegation && (!hit || hit.kind === 'visit')) focus.delegation = delegation.parties;
  countMentions(c, focus);
  if (!hit) {
    const lead = c.persons.find((p) => (p.titled || p.role) && p.tokens.length >= 2) ?? c.persons.find((p) => /^[“"‘]?$/.test(c.text.slice(0, p.start).trim()));
    if (lead) focus.party = personParty(lead);
    return [];
  }
  const trig = { ...hit, end: Math.max(clauseEnd(c.text, hit.at), hit.at + 10) };
  const sides = namedSides(c, trig);
  if (delegation) withDelegation(sides, delegation, trig);
  subjectAfterParticiple(c, trig, focus, sides);
  subjectByReference(c, trig, focus, sides);
  objectsByReference(c, trig, focus, sides);
  pairByReference(c, trig, focus, sides);
  rememberFocus(c, trig, focus, sides);
  return eventsOf(c, trig, { start: s.start, end: s.end, text: s.text }, focus, sides, delegation);
}

/** The sentence with offsets relative to its text, and persons given the country the article knows for them. */
function clauseOf(s: SentenceFacts, countryOfPerson: (key: string) => string | null): Clause {
  const rel = <T extends { start: number; end: number }>(x: T) => ({ ...x, start: x.start - s.start, end: x.end - s.start });
  return {
    text: s.text,
    persons: s.persons.map(rel).map((p) => ({ ...p, country: p.country ?? countryOfPerson(p.key) })),
    orgs: s.orgs.map(rel),
    countries: s.countries.map(rel),
  };
}

/** Mentions before this sentence count towards the article's main subject (this sentence's own come after). */
function countMentions(c: Clause, focus: Focus): void {
  focus.counts ??= new Map();
  const i = focus.index = (focus.index ?? -1) + 1;
  for (const p of c.persons) {
    const seen = focus.counts.get(p.key);
    if (seen) { seen.n++; seen.last = i; seen.role ??= p.role; } else focus.counts.set(p.key, { party: personParty(p), n: 1, last: i, role: p.role });
  }
}

/** "a delegation of the AKEL led by X", "the Cypriot delegation from Cyprus": the organisation or country, and its leader. */
function delegationIn(c: Clause): Delegation | null {
  const t = c.text;
  const delegation = /\bdelegations? (?:of|from) /i.exec(t);
  if (!delegation) return null;
  let parties: Party[] = [];
  const org = c.orgs.find((o) => o.start >= delegation.index && o.start < delegation.index + 120);
  const ctry = c.countries.find((x) => x.start >= delegation.index && x.start < delegation.index + 40);
  const led = /\b(?:led|headed) by\b/i.exec(t.slice(delegation.index));
  const leader = led ? c.persons.find((p) => p.start > delegation.index + led.index) : undefined;
  if (org) parties.push(orgParty(org));
  else if (ctry) parties.push(countryParty(ctry.iso3, ctry.text));
  if (leader) parties.push(personParty(leader));
  if (parties.length && parties.every((p) => !p.country) && leader) parties = [personParty(leader)];
  return parties.length ? { at: delegation.index, parties } : null;
}
