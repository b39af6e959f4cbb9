// A count of counterparts in one sentence, their names in the next: "X also held talks with three other ministers.
// Those meetings were with A, B and C."
import type { MeetingKind } from '../../model';
import { kindOf } from './triggers';
import { dedupeParties, personParty, type Focus, type Party, type RawMeeting, type SentenceFacts } from './model';

/**
 * "X has also held talks with three other ministers." names the number, not the people: the next sentence may list
 * them ("... those meetings - with A, B and C"). The announcement's kind and subject, or null.
 */
export function announcedCounterparts(s: SentenceFacts, focus: Focus): { kind: MeetingKind; subject: Party } | null {
  const m = ANNOUNCED.exec(s.text);
  if (!m) return null;
  const trig = kindOf(s.text);
  if (!trig || trig.kind === 'visit' || trig.kind === 'summit') return null;
  const before = s.persons.filter((p) => p.start - s.start < m.index);
  const subject = before.length ? personParty(before[before.length - 1]!) : /\b(?:he|she)\b/i.test(s.text.slice(0, m.index)) ? focus.party : null;
  return subject ? { kind: trig.kind, subject } : null;
}
const ANNOUNCED = /\bwith (?:two|three|four|five|six|seven|eight|nine|ten|\d+|several) (?:other |more |senior |British |foreign )*(?:ministers|officials|leaders|counterparts|members of [\w ]+|cabinet members)\s*[.;]?$/i;

/** The people the sentence after an announcement lists after "with", one meeting each with the announced subject. */
export function listedCounterparts(s: SentenceFacts, announced: { kind: MeetingKind; subject: Party }, countryOfPerson: (key: string) => string | null): RawMeeting[] {
  const w = /\bwith\b/i.exec(s.text);
  if (!w) return [];
  const listed = s.persons.filter((p) => p.start - s.start > w.index && p.key !== announced.subject.key)
    .map((p) => personParty({ ...p, country: p.country ?? countryOfPerson(p.key) }));
  const sentence = { start: s.start, end: s.end, text: s.text };
  const subject = { ...announced.subject, country: announced.subject.country ?? (announced.subject.kind === 'person' ? countryOfPerson(announced.subject.key) : null) };
  return dedupeParties(listed).filter((p) => p.country && p.country !== subject.country)
    .map((p) => ({ kind: announced.kind, parties: [subject, p], sentence, destination: null }));
}
