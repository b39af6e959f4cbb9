// Meeting sentences: a trigger gives the kind; people, delegations and
// organisations around it give the sides. "X met with A and B" gives two
// meetings; a pronoun or "the delegation" as subject resolves to the article's
// focus. Messages, speeches, plans and one-country meetings are not meetings.
import type { MeetingKind } from '../model';
import type { ResolvedMention } from './resolve';
import type { OrgMention } from './organisations';
import { countryOf, regionMembers, type CountryMatch } from './countries';

export interface Party {
  kind: 'person' | 'organisation' | 'country';
  /** personKey for persons, org key for organisations, ISO3 for countries. */
  key: string;
  name: string;
  /** ISO3, "INT" for an intergovernmental body, or null when unknown. */
  country: string | null;
}

export interface RawMeeting {
  kind: MeetingKind;
  parties: Party[];
  sentence: { start: number; end: number; text: string };
  /** Destination country of a visit ("visited China"). */
  destination: string | null;
}

export interface SentenceFacts {
  start: number;
  end: number;
  text: string;
  persons: ResolvedMention[];
  orgs: OrgMention[];
  countries: CountryMatch[];
}

const TRIGGERS: Array<[MeetingKind, RegExp]> = [
  ['phone_call', /\b(?:tele)?phone (?:call|conversation|talks?)\b|\b(?:talked|spoke|conferred) (?:over|on|by) the (?:tele)?phone\b|\b(?:covered|discussed) [^.;]{0,80}?\bon the (?:tele)?phone\b|\bhad an? (?:[\w-]+ ){0,2}?call\b(?= (?:earlier|today|yesterday|on|this|with|in which|to discuss)\b)|\bspoke (?:by|over|on the) (?:tele)?phone\b|\b(?:tele)?phoned\b|\b(?:received|made|had|held|took|returned) a (?:(?:brief|short|(?:tele)?phone) )*call (?:(?:today|yesterday|on \w+) )?(?:from|with|to)\b|\bspoke (?:with|to) [^.;]{3,90}? (?:by|over the|on the) (?:tele)?phone\b/i],
  // "The Prime Minister spoke to President X this evening" (No 10 readouts): a call, unless they were together.
  ['phone_call', /\b(?:spoke|speaks) (?:to|with) (?=(?:(?:his|her|their|the) )?(?:[A-Z][\p{L}-]+ )?(?:counterpart|President|Prime Minister|Premier|Chancellor|King|Queen|Crown Prince|Emir|Sultan|Foreign Minister|Foreign Secretary|Secretary of State|Secretary-General)\b)(?![^.;]{0,160}\b(?:sidelines|margins|during|at the|in [A-Z]|met|meeting|summit|visit))/u],
  ['video_call', /\bvideo[- ]?(?:call|link|conference|meeting|talks?)\b|\bvirtual (?:meeting|talks)\b|\bvia video\b/i],
  ['talks', /\b(?:held|hold|holds|holding) (?:[\w-]+ ){0,3}?talks\b|\bnegotiations (?:between|with) (?=\p{Lu}|the \p{Lu}|his |her )|\b(?:talks|meeting|negotiations) (?:held|conducted) (?:[\w-]+ ){0,4}?by (?=\p{Lu}|the \p{Lu}|his |her )|\bhad (?:separate |bilateral |extensive |wide-ranging )*discussions with\b|\btalks (?:with|between)\b|\bin their (?:[\w-]+ ){0,3}?(?:talks|meeting)\b|\bin a (?:[\w-]+ ){0,2}?meeting on the (?:sidelines|margins)\b|\b(?:held|holds|co-chaired|chaired) (?:the |a |an )?(?:[^\s,.;]+ ){0,8}?(?:[Dd]ialogue|[Cc]onsultations?) with\b/u],
  ['meeting', /\b(?:met|meets|meet|meeting)(?: (?:separately|also|here|jointly|later|(?:on )?the (?:same|following|next) day|that day|that evening))? with\b|\bmeetings, including one with\b|\bconsensus reached (?:by|between) (?=\p{Lu})|\b(?:met|meets)\b|\bwhen meeting\b|\bmeeting (?:his|her|their) (?:[\p{Lu}][\p{L}-]+ )?(?:guest|counterpart)s?\b|\bby meeting (?=\p{Lu}|his |her |the )|\b(?:received|receives)(?= (?:\p{Lu}|a delegation|the delegation|visiting|(?:the )?(?:credentials|letters? of credence|copies of (?:the |his |her )?(?:credentials|letters))\b))|\b(?:paid|pays|paying) (?:a |an )?(?:courtesy )?call on\b|\bcourtesy (?:call|meeting|visit) (?:on|with|to)\b|\bcalled on (?=(?:President|Prime Minister|Premier|King|Queen|Emir|Crown Prince|Chancellor|His Majesty|Her Majesty|His Excellency|Vice President|Deputy Prime Minister|Deputy Premier|Foreign Minister|Minister|Senator|Speaker|Secretary-General)\b)|\bbilateral meeting with\b|\bmeeting between\b|\b(?:shake|shook|shaking) hands (?:at|during|before|after) (?:a|an|their|the) (?:[\w-]+ ){0,2}?(?:meeting|talks)\b|\b(?:was|were) (?:warmly |cordially )?(?:greeted|received|welcomed|hosted) (?:[^.,;]{0,40}? )?by (?=\p{Lu}|the \p{Lu}|his |her )|\bin (?:a )?discussions? with\b|\p{Lu}[\p{L}-]*['’]s? (?:[\w-]+ ){0,2}?(?:meeting|talks)\b(?! (?:of|on|with)\b)(?=[^.;]{0,60}\b(?:in|at|on|lasted|was|were|took place)\b)|\p{Lu}[\p{L}-]*['’]s? (?:[\w-]+ ){0,3}?(?:meetings?|talks|conversations?) (?:(?:was|were) )?with\b|\btheir (?:[\w-]+ ){0,2}meeting\b|\b(?:held|had) (?:[\w’'-]+ ){0,4}?meetings? (?:(?:at|in) (?:the )?[^,.;]{1,40}? )?(?:separately )?with\b|\bsat down with\b|\b(?:held|had) (?:a|an|their) (?:[\w’'-]+ ){0,3}?meeting\b(?! of (?:the|its|a) )|\bexchanged (?:views|opinions|ideas) with\b|\breceived (?:a )?courtesy (?:call|visit) from\b|\bhanded (?:over )?(?:the|a|an|his|her|its|their) (?:[\w’'-]+ ){0,4}?to\b|\b(?:organi[sz]ed|hosted|held|gave|invited\b[^.;]{0,120}?\bfor) (?:a|an) (?:[\w-]+ ){0,5}?(?:round[- ]?table|roundtable|luncheon|lunch|dinner|banquet|reception|symposium|seminar)\b/iu],
  ['visit', /\b(?:visited|visits)\b(?= (?:\p{Lu}|the \p{Lu}))|\b(?:state|official|working|family|goodwill) visit\b|\bvisit to (?:the )?\p{Lu}|\bpaid (?:a|an|his|her) (?:[\w-]+ ){0,3}?visit\b|['’]s (?:(?:\d{4}|first|last|recent|historic|successful|official|state) )*visit\b|\bvisit (?:to|of) |\bmaking (?:\p{Lu}[\p{L} ,]+?) (?:his|her|their|its) (?:first |maiden )?(?:overseas |foreign )?(?:destinations?|stops?)\b/iu],
  ['talks', /\bco-chaired\b[^.;]{0,100}?\bwith\b|\bco-chair(?:ed|s)? (?:the|a|an)\b/i],
  ['summit', /\bsummit\b|\b(?:participat\w+|t(?:ook|aking|akes?) part|attended|gathered)\b[^.;]{0,40}\b(?:forum|conference|summit|gathering)\b|\b(?:forum|conference)\b[^.;]{0,40}\bwas attended by\b/i],
  // Case-sensitive: "President Biden hosted President Marcos at the White House", "welcomed Prime Minister X to Brasília",
  // "welcomed his Indonesian counterpart"; never "hosted a dinner" or "welcomed the decision" or "welcomed X's visit".
  ['meeting', /\b(?:hosted|welcomed|welcomes|hosts) (?=(?:(?:H\.E\.|His|Her) )?(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Crown Prince|Sultan|Foreign Minister|Minister|Vice President|Secretary|Ambassador|Governor|Speaker|the (?:leaders|heads|presidents|prime ministers|foreign ministers)\b|(?:his|her|their) (?:[A-Z][\w-]+ )?(?:counterpart|guest)s?\b|[A-Z][\p{L}-]+ [A-Z][\p{L}-]+(?! ?['’]s)\b))(?![^.;]{0,80}['’]s (?:\w+ )?visit)/u],
];

const FUTURE = /\binvitations? (?:[\w’'-]+ ){0,6}to (?:pay|visit|attend|make|come)\b|\b(?:will|would|shall|plans? to|planning to|ready to|looks? forward to|expected to|is set to|scheduled to|(?:is|are) due to|(?:is|are) (?:also )?to|intends? to|hopes? to|invited? (?:[\w.’'-]+ ){0,6}to|agreed to (?:meet|hold|visit|exchange)|agreed to (?:\w+ ){0,2}(?:visits?|meetings?|talks)|proposed (?:to meet|a meeting)|willing to|upcoming|next week|next month|preparing to|prepares? to)\b|\b(?:is|are) in (?:\p{Lu}[\p{L}-]*\s?){1,3} (?:on \w+ )?to (?:hold|meet|attend|discuss|sign|take part)\b/iu;
/** A word that makes the event right after it a plan. */
const PLANNED_EVENT = /\b(?:anticipated|planned|proposed|forthcoming|prospective|potential|possible|expected|upcoming|future)\s+(?:[\w-]+\s+){0,2}$/i;
const NOT_MEETING = /\b(?:message|letter(?! of credence)|letters(?! of credence)|telegram|congratulat\w*|condolences?|press conference|op-ed|interview)\b/i;

const AGGREGATE = /\b(?:visits|meetings|talks) (?:of|by|between|with) (?:[\w-]+ ){0,2}delegations\b|\b(?:multiple|several|many|numerous|frequent|more than \d+|over \d+|\d+|two|three|four|five) (?:[\w-]+ )?(?:meetings|visits|talks|summits)\b|\bmet (?:twice|\w+ times)\b|\b(?:many|several|multiple|numerous|\d+|two|three|four|five) times\b/i;

const ANY_TRIGGER = /spoke|speak|talked|discussion|greet|hands|sat down|exchanged|host|welcom|chaired|particip| part|attended|gathered|met|meet|talks|phone|video|virtual|visit|summit|receiv|dialogue|consultation|handed|destination|round[- ]?table|lunch|dinner|banquet|reception|symposium|seminar|call/i;

/**
 * A subject named by title alone, as readouts refer back to their principal: "The Secretary also met", "Later in the
 * day, the Chairperson held", "The Foreign Secretary also met", "EAM also paid a courtesy call on".
 */
const TITLE_SUBJECT = /(?:^|[,—–]\s*)[\s“"‘]*(?:the\s+)?(?:(?:\p{Lu}[\p{L}/-]*|of|the|for)\s+){0,4}?(?:Secretary|Minister|Chairperson|Chairman|Chairwoman|Chair|Representative|President|Vice[- ]President|Premier|Chancellor|Ambassador|Envoy|Commissioner|Secretary-General|Director-General|Taoiseach|EAM|PM|FM)\s+(?:(?:also|then|later|today|subsequently|separately)\s+)*$/u;

/** What may precede a participle-first meeting: "When ", "In his ", "In the morning, ", "During the ". */
const PARTICIPLE_LEAD = /^[\s“"‘]*(?:(?:In|On|At|During) the (?:morning|afternoon|evening|same day)[^,]{0,40},\s*)?(?:(?:When|While|After|Before|Upon|On)\s+)?(?:(?:In|During|At) (?:his|her|their|the|a) (?:[\w-]+ )?)?$/i;

export function kindOf(sentence: string): { kind: MeetingKind; at: number } | null {
  // Pure and asked several times per sentence (pass 1, clauses, meetings): memoised per process.
  let hit = kindCache.get(sentence);
  if (hit === undefined) {
    if (kindCache.size >= 100_000) kindCache.clear();
    hit = computeKindOf(sentence);
    kindCache.set(flat(sentence), hit);
  }
  return hit && { ...hit };
}
/** A flat copy: a substring would keep its whole file's text alive for as long as the cache holds it. */
const flat = (s: string): string => (' ' + s).slice(1);
const kindCache = new Map<string, { kind: MeetingKind; at: number } | null>();

function computeKindOf(sentence: string): { kind: MeetingKind; at: number } | null {
  if (!ANY_TRIGGER.test(sentence)) return null;
  for (const [kind, re] of TRIGGERS) {
    const m = re.exec(sentence);
    if (!m) continue;
    // "held talks, followed by a joint press conference": a press conference after the meeting does not undo it.
    const nm = NOT_MEETING.exec(sentence);
    if (kind !== 'phone_call' && kind !== 'video_call' && nm && !(/press conference/i.test(nm[0]) && nm.index > m.index && !NOT_MEETING.test(sentence.slice(nm.index + nm[0].length)))) return null;
    const fut = FUTURE.exec(sentence);
    if (fut && fut.index < m.index + 40 && fut.index > m.index - 100) return null;
    // "the anticipated June summit", "a planned visit": the plan is the event itself (not a meeting held ahead of it).
    if (PLANNED_EVENT.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return null;
    // "held multiple meetings with", "more than 100 meetings": aggregates, not one meeting (unless one is singled out).
    // ("Meeting with X, Xi said he has held multiple meetings with X": the aggregate comes after the meeting the sentence reports.)
    const agg = AGGREGATE.exec(sentence);
    if (agg && agg.index < m.index + m[0].length + 20 && !/\bincluding one\b|\bamong them\b/i.test(sentence)) return null;
    return { kind, at: m.index };
  }
  return null;
}

/** Where the clause with the meeting ends: what the parties said afterwards is not the meeting. */
function clauseEnd(text: string, from: number): number {
  // ("called for" ends the clause; "called on the Minister" is the meeting itself.)
  const re = /\b(?:said|says|noted|stressed|adding|saying|expressed|pointed out|agreed|called(?! on\b)|urged|hailed|praised|stated|told|since)\b|[;:“"]/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

export interface Focus {
  party: Party | null;
  delegation: Party[] | null;
  /** The other side of the last meeting: "also met the Sierra Leonean head of state" names the guest, not the host. */
  guest?: Party | null;
  /** Mentions per person so far in the article: "he" in a summary paragraph is the article's main subject. */
  counts?: Map<string, { party: Party; n: number; last: number; role?: string | null }>;
  /** Index of the current sentence in the article. */
  index?: number;
  /**
   * The file's principals by title, kept across its articles: a readout that opens "The Prime Minister spoke to ..."
   * means the Prime Minister named as a subject in an earlier readout of the same page.
   */
  principals?: Map<string, Party>;
}

/**
 * The article's main subject, for a "he" when the focus has gone stale: mentioned at least three times, at least twice
 * as often as the focus, named in the sentence before while the focus was not named in the two before ("Brazil is the
 * second stop of Xi's tour ... In Lima, he kept to a tight schedule").
 */
/** A speaker's name before "said" or "told", after a spokesperson's title; or before "told reporters". */
const SPEAKER_AFTER = /^\s*(?:told|said|says|noted|added|stressed|explained|confirmed)\b/;
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|press secretary|press officer)\s*$/i;
const TOLD_PRESS = /^\s*(?:told|briefed) (?:reporters|journalists|the press|the media|media|a (?:news|press) (?:conference|briefing))\b/;

/** A meeting verb between two people named before the trigger: the second is its object ("visited Seoul, meeting Y"). */
const EARLIER_VERB = /\b(?:meeting|met|meets|received|receiving|hosted|hosting|welcomed|welcoming|visited|visiting|called on|calling on)\b/i;

/** A title with no name after it: "the King", "the Queen Mother", "the Prime Minister". */
const TITLE_ALONE = /\bthe (King|Queen Mother|Queen|Crown Prince|Emir|Sultan|President|Vice President|Prime Minister|Premier|Chancellor|Foreign Minister|Secretary-General)\b(?!\s+(?:of\s+)?\p{Lu})/gu;

/** The two sides a text refers back to without naming them. */
const PAIR_REFERENCE = /\b(?:the|both) (?:two )?(?:leaders|sides|presidents|prime ministers|premiers|foreign ministers|ministers|top diplomats|heads of state|counterparts)\b|\btheir (?:[\w-]+ ){0,2}(?:meeting|talks|conversation|call)\b/i;

/** The most mentioned person of the article so far, and the most mentioned one of another country. */
function pairInScope(focus: Focus): [Party, Party] | null {
  // (Not the spokesperson who reports it.)
  const ranked = [...(focus.counts?.values() ?? [])].filter((c) => c.party.kind === 'person' && c.party.country && !/\bspokes|\bpress secretary\b|\bcorrespondent\b/i.test(c.role ?? '')).sort((a, b) => b.n - a.n || b.last - a.last);
  const first = ranked[0];
  const second = first && ranked.find((c) => c.party.country !== first.party.country);
  return first && second ? [first.party, second.party] : null;
}

function dominant(focus: Focus): Party | null {
  if (!focus.counts || !focus.party) return null;
  const i = focus.index ?? 0;
  const best = [...focus.counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!best || best.n < 3 || best.party.key === focus.party.key || best.last !== i - 1) return null;
  const cur = focus.counts.get(focus.party.key);
  if (cur && (cur.last >= i - 2 || best.n < 2 * cur.n)) return null;
  return best.party;
}

const personParty = (p: ResolvedMention): Party => ({ kind: 'person', key: p.key, name: p.fullName, country: p.country });
const orgParty = (o: OrgMention): Party => ({ kind: 'organisation', key: o.key, name: o.name, country: o.intergovernmental ? 'INT' : o.country });

/**
 * Meetings stated by one sentence. `focus` carries the article's subject between
 * sentences (mutated: the subject of this sentence becomes the next focus).
 */
/** "That was reflected in a separate meeting the same day with X": a meeting as a noun, its subject the article's. */
const NOUN_MEETING = /\b(?:in|during|at|at the end of) (?:a|an|the|his|her|their) (?:(?:separate|later|subsequent|further|private|bilateral|second|brief) )?$/i;

/** Words saying several sides met at once, not one by one. */
const JOINTLY = /\b(?:trilateral|quadrilateral|jointly|together|joint meeting|all (?:three|four|the)|multilateral)\b/i;

export function meetingsOf(s: SentenceFacts, focus: Focus, countryOfPerson: (key: string) => string | null): RawMeeting[] {
  const t = s.text;
  const rel = <T extends { start: number; end: number }>(x: T) => ({ ...x, start: x.start - s.start, end: x.end - s.start });
  const persons = s.persons.map(rel).map((p) => ({ ...p, country: p.country ?? countryOfPerson(p.key) }));
  // Mentions before this sentence count towards the article's main subject (this sentence's own come after).
  const countMentions = () => {
    focus.counts ??= new Map();
    const i = focus.index = (focus.index ?? -1) + 1;
    for (const p of persons) {
      const c = focus.counts.get(p.key);
      if (c) { c.n++; c.last = i; c.role ??= p.role; } else focus.counts.set(p.key, { party: personParty(p), n: 1, last: i, role: p.role });
    }
  };
  const orgs = s.orgs.map(rel);
  // Delegations: "a delegation of the AKEL led by X", "the Cypriot delegation".
  const delegation = /\bdelegations? (?:of|from) /i.exec(t);
  let delegationParties: Party[] = [];
  if (delegation) {
    const org = orgs.find((o) => o.start >= delegation.index && o.start < delegation.index + 120);
    const ctry = s.countries.map(rel).find((c) => c.start >= delegation.index && c.start < delegation.index + 40);
    const led = /\b(?:led|headed) by\b/i.exec(t.slice(delegation.index));
    const leader = led ? persons.find((p) => p.start > delegation.index + led.index) : undefined;
    if (org) delegationParties.push(orgParty(org));
    else if (ctry) delegationParties.push({ kind: 'country', key: ctry.iso3, name: ctry.text, country: ctry.iso3 });
    if (leader) delegationParties.push(personParty(leader));
    if (delegationParties.length && delegationParties.every((p) => !p.country) && leader) delegationParties = [personParty(leader)];
  }
  const trig = kindOf(t);
  if (delegationParties.length && (!trig || trig.kind === 'visit')) focus.delegation = delegationParties;
  if (!trig) {
    countMentions();
    const lead = persons.find((p) => (p.titled || p.role) && p.tokens.length >= 2) ?? persons.find((p) => /^[“"‘]?$/.test(t.slice(0, p.start).trim()));
    if (lead) focus.party = personParty(lead);
    return [];
  }
  countMentions();
  const end = Math.max(clauseEnd(t, trig.at), trig.at + 10);
  const inClause = persons.filter((p) => p.start < end);
  const delegationIds = new Set(delegationParties.map((p) => p.key));
  let subjects: Party[] = [];
  const objects: Party[] = [];
  // "Ruiz said that Prime Minister Sánchez has visited China": the speaker is not a side of what they report.
  const speech = [...t.slice(0, trig.at).matchAll(/\b(?:said|says|noted|recalled|stressed|added|pointed out|told [^,;]{1,40}?) that\b/g)].pop();
  const speechEnd = speech ? speech.index! + speech[0].length : -Infinity;
  // "advance the consensus reached by Xi Jinping and Giorgia Meloni in July", "commenting on the negotiations between A
  // and B": the sides are the ones named after it.
  const consensus = /^(?:consensus|(?:meeting|talks|negotiations) between)\b/i.test(t.slice(trig.at));
  for (const p of inClause) {
    // "..., presidential spokesman Dmitry Peskov told reporters": the one who reports the meeting is not in it.
    if (p.start > trig.at && (TOLD_PRESS.test(t.slice(p.end, p.end + 60)) || (SPEAKER_AFTER.test(t.slice(p.end, p.end + 40)) && SPOKESPERSON.test(t.slice(Math.max(0, p.start - 40), p.start))))) continue;
    if (consensus) { if (p.start > trig.at) (subjects.length ? objects : subjects).push(personParty(p)); continue; }
    if (p.start > speechEnd || p.start >= trig.at) (p.start < trig.at ? subjects : objects).push(personParty(p));
  }
  for (const o of orgs) {
    if (o.start >= end) continue;
    if (!o.intergovernmental) continue;
    if (/\b(?:of|at|on|in|within|under|to)\s+(?:the\s+)?$/.test(t.slice(Math.max(0, o.start - 12), o.start))) continue;
  }
  // Delegation parties replace the persons they name.
  if (delegationParties.length) {
    const side = delegation!.index < trig.at ? subjects : objects;
    const drop = new Set(delegationParties.filter((p) => p.kind === 'person').map((p) => p.key));
    const keep = side.filter((p) => !drop.has(p.key));
    side.length = 0;
    side.push(...keep, ...delegationParties);
    if (side === subjects) for (let i = objects.length - 1; i >= 0; i--) if (drop.has(objects[i]!.key)) objects.splice(i, 1);
  }
  const pre = t.slice(0, trig.at);
  // "Meeting with X, Y said", "In his meeting with X, Y noted", "In the morning, meeting with X, Y said": participle
  // first; the subject is the first person after the comma that closes the phrase, the guests are inside it.
  if (subjects.length === 0 && PARTICIPLE_LEAD.test(pre) && /^(?:(?:when|while) )?(?:meeting|met\b|talks\b)/i.test(t.slice(trig.at))) {
    const firstObj = inClause.find((p) => p.start > trig.at);
    const comma = firstObj ? t.indexOf(',', firstObj.end) : -1;
    if (comma > 0) {
      const subj = persons.find((p) => p.start > comma && p.start < comma + 80 && p.start < end);
      const pronoun = /^\s*(?:he|she)\b/i.test(t.slice(comma + 1)) && focus.party;
      if (subj || pronoun) {
        const guests = inClause.filter((p) => p.start > trig.at && p.end <= comma).map(personParty);
        objects.splice(0, objects.length, ...guests.filter((g) => g.key !== (subj ? subj.key : (focus.party as Party).key)));
        subjects = [subj ? personParty(subj) : (focus.party as Party)];
      }
    }
  }
  // "Meeting his guest on February 28, Xi Jinping noted", "When meeting with X, Y said": participle first.
  if (subjects.length === 0 && /^[\s“"‘]*(?:When |While |After |Before )?$/i.test(pre) && /^meeting|^met\b/i.test(t.slice(trig.at))) {
    const all = dedupeParties(objects.splice(0));
    if (all.length < 2 && focus.party && !all.some((p) => p.key === focus.party!.key)) all.push(focus.party);
    subjects = all.slice(-1);
    objects.push(...all.slice(0, -1));
  }
  if (subjects.length === 0 && trig.kind === 'visit') {
    // "the visit to Beijing by Norwegian Foreign Minister X": the visitor follows "by".
    const by = /\bby\b/.exec(t.slice(trig.at, end));
    if (by) subjects = objects.splice(0).filter((o, i) => i === 0 || o.country === null);
  }
  // "The Omani foreign minister, who arrived on Monday, also called on Prime Minister Modi": of the article's two sides, the Omani one.
  const byNationality = /^[\s“"‘]*(?:The\s+)?(\p{Lu}[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,2}?(?:foreign minister|minister|president|prime minister|premier|leader|envoy|guest|counterpart)\b/iu.exec(pre);
  if (subjects.length === 0 && byNationality) {
    const iso3 = countryOf(byNationality[1]!);
    const side = iso3 ? [focus.party, focus.guest].find((p) => p?.country === iso3) : undefined;
    if (side) subjects = [side];
  }
  if (subjects.length === 0) {
    if (/\b(?:the|this|that|a) delegation\b|\bdelegation\b/i.test(pre) && focus.delegation) subjects = focus.delegation;
    else if (/\b(?:he|she)\b/i.test(pre) && !/^\s*(?:also|then|later)?\s*$/i.test(pre) && dominant(focus)) subjects = [dominant(focus)!];
    else if (/\b(?:he|she|they)\b/i.test(pre) || TITLE_SUBJECT.test(pre) || NOUN_MEETING.test(pre) && /^(?:meeting|talks)\b/i.test(t.slice(trig.at)) || /^\s*(?:also|then|later)?\s*$/i.test(pre) || /^(?:When|While|After|Before|During)?\s*$/i.test(pre.replace(/\b(?:On|In|At)\b.*$/, ''))) {
      if (focus.party) subjects = [focus.party];
      else {
        const title = PRINCIPAL_TITLE.exec(pre)?.[1]?.toLowerCase();
        const principal = title ? focus.principals?.get(title) : undefined;
        if (principal) subjects = [principal];
      }
    }
  }
  const afterTrig = t.slice(trig.at, end);
  for (const cand of [focus.party, focus.guest]) {
    if (objects.length || !cand || subjects.some((p) => p.key === cand.key)) continue;
    // "met the Sierra Leonean head of state", "met his guest": the article's focus or its guest.
    const fc = cand.country;
    const named = s.countries.map(rel).filter((c) => c.start >= trig.at && c.start < end);
    if ((cand === focus.party && /\b(?:his|her|their) (?:guest|counterpart)s?\b|\b(?:him|her|them)\b/i.test(afterTrig)) || (fc && named.some((c) => c.iso3 === fc) && /\b(?:head of state|president|leader|prime minister|premier|guest|counterpart|king|foreign minister)\b/i.test(afterTrig))) objects.push(cand);
  }
  if (objects.length === 0 && /\b(?:the|this|that|a) delegation\b/i.test(t.slice(trig.at, end)) && focus.delegation) objects.push(...focus.delegation);
  // "met with the King and the Queen Mother", "received the Prime Minister": a title alone is the person of the article
  // who holds it, of another country than the subject's (the latest mentioned).
  if (objects.length === 0 && subjects.length) {
    const sc = new Set(subjects.map((p) => p.country));
    for (const m of t.slice(trig.at, end).matchAll(TITLE_ALONE)) {
      const title = m[1]!.toLowerCase();
      const holder = [...(focus.counts?.values() ?? [])].filter((c) => c.role && c.party.country && !sc.has(c.party.country) && new RegExp(`\\b${title}\\b`, 'i').test(c.role)).sort((a, b) => b.last - a.last)[0];
      if (holder && !objects.some((o) => o.key === holder.party.key)) objects.push(holder.party);
    }
  }
  for (const iso3 of leadersOf(t, Math.max(0, trig.at - 60), end, s.countries.map(rel))) {
    if (![...subjects, ...objects].some((p) => p.country === iso3)) objects.push({ kind: 'country', key: iso3, name: iso3, country: iso3 });
  }
  // "The leaders held an informal meeting on Monday", "the two sides held talks", "after their meeting in Moscow": the
  // article's two principals, the most mentioned people of two countries so far.
  // (A subject already taken from the article's focus may be one of them.)
  // (Either may be named in passing: "The leaders held a meeting as part of Xi's visit".)
  if (trig.kind !== 'summit' && trig.kind !== 'visit' && PAIR_REFERENCE.test(t.slice(0, end))) {
    const pair = pairInScope(focus);
    const inPair = (p: Party) => !!pair?.some((q) => q.key === p.key);
    if (pair && subjects.every(inPair) && objects.every(inPair)) { subjects = [pair[0]]; objects.splice(0, objects.length, pair[1]); }
  }
  // "Meeting his guest on February 28, Xi Jinping noted": participle first, subject after it.
  if (subjects.length === 0 && objects.length > 0 && /^\s*(?:When\s+)?meeting\b/i.test(t)) {
    subjects = objects.splice(0, 1);
    if (focus.party) objects.push(focus.party);
  }
  const destinations = trig.kind === 'visit' ? destinationsOf(t, trig.at, s.countries.map(rel)) : [];
  const destination = destinations[0] ?? null;
  const out: RawMeeting[] = [];
  const sentence = { start: s.start, end: s.end, text: s.text };
  const countriesOf = (ps: Party[]) => new Set(ps.map((p) => p.country).filter((c): c is string => !!c));
  const guest = objects.find((o) => o.kind === 'person' && o.country && !countriesOf(subjects).has(o.country));
  if (guest) focus.guest = guest;
  if (subjects.length && subjects[0]!.kind !== 'country') {
    focus.party = subjects.find((p) => p.kind === 'person') ?? focus.party;
    // Remember who holds the subject's title on this page ("Prime Minister Keir Starmer met ...").
    if (focus.principals) {
      for (const p of persons) {
        const title = p.start < trig.at && p.tokens.length >= 2 && p.role ? PRINCIPAL_TITLE.exec(p.role + ' ')?.[1]?.toLowerCase() : undefined;
        if (title && subjects.some((q) => q.key === p.key)) focus.principals.set(title, personParty(p));
      }
    }
  }
  if (trig.kind === 'visit' && (objects.length === 0 || /\binvitation\b/i.test(afterTrig) || !/\b(?:met|meet|talks|received)\b/i.test(afterTrig))) {
    const visitors = subjects.length ? subjects : focus.delegation ?? [];
    if (visitors.length) for (const d of destinations) out.push({ kind: 'visit', parties: visitors, sentence, destination: d });
    return out.filter((m) => new Set([...countriesOf(m.parties), m.destination]).size >= 2);
  }
  // "Minister A and Cabinet Secretary B today co-chaired the Joint Commission": two sides as joint subjects.
  if (objects.length === 0 && subjects.length >= 2 && trig.kind !== 'visit' && trig.kind !== 'summit' && countriesOf(subjects).size >= 2 && / and /.test(t.slice(0, trig.at))) {
    out.push({ kind: trig.kind, parties: dedupeParties(subjects), sentence, destination: null });
    return out;
  }
  if (trig.kind === 'summit' || subjects.length === 0) {
    let all = dedupeParties([...subjects, ...objects]);
    // A gathering lists its participants across the sentence ("participating in the forum were A, President of X; B, ...").
    // A ";" list runs past the clause end, but "since" or "said" still closes it.
    if (trig.kind === 'summit') {
      const stop = /\b(?:since|said|says|noted|stressed|told)\b/g;
      stop.lastIndex = trig.at;
      const cut = stop.exec(t)?.index ?? t.length;
      all = dedupeParties([...all, ...persons.filter((p) => p.start < cut).map(personParty)]);
    }
    const countryParty = (iso3: string): Party => ({ kind: 'country', key: iso3, name: iso3, country: iso3 });
    // "Xi and the heads of state of the five Central Asian countries": the region's members as sides.
    for (const iso3 of regionMembers(t)) if (!all.some((p) => p.country === iso3)) all.push(countryParty(iso3));
    // "last year's meeting between the two heads of state ... relations between China and the United States":
    // the two countries named as a pair stand for their unnamed leaders.
    // "The Chinese Embassy in London organised a lunch for British friends": a hosted event between exactly two countries.
    const ev = HOSTED_EVENT.exec(t);
    if (ev && countriesOf(all).size < 2) {
      // Host named before the verb, guests after it; a title in quotes names neither.
      const quoted = [...t.matchAll(/[‘“"][^’”"]*[’”"]/g)].map((q) => [q.index!, q.index! + q[0].length] as const);
      const cs = s.countries.map(rel).filter((c) => !quoted.some(([a, b]) => c.start >= a && c.end <= b));
      const host = new Set(cs.filter((c) => c.end <= ev.index).slice(0, 1).map((c) => c.iso3));
      const guests = new Set(cs.filter((c) => c.start >= ev.index && !host.has(c.iso3)).map((c) => c.iso3));
      if (host.size === 1 && guests.size === 1) all = [countryParty([...host][0]!), countryParty([...guests][0]!)];
    }
    if (IMPLIED_SIDES.test(t) && countriesOf(all).size < 2) {
      const pair = countryPair(t, s.countries.map(rel));
      if (pair) all = [countryParty(pair[0]), countryParty(pair[1])];
    }
    // Governments as parties: "The Presidents of China and Russia ... in a telephone call".
    if (countriesOf(all).size < 2 && all.every((p) => p.kind !== 'person')) {
      const pair = /(?:of|between) (?:the )?([\p{Lu}][\p{L}’' -]+?) and (?:the )?([\p{Lu}][\p{L}’' -]+?)\b(?: (?:exchanged|held|met|had|spoke)|[,.]| in )/u.exec(t.slice(0, end));
      if (pair) {
        const cs = s.countries.map(rel).filter((c) => c.start >= pair.index && c.end <= pair.index + pair[0].length && c.form === 'name');
        for (const c of cs) all.push({ kind: 'country', key: c.iso3, name: c.text, country: c.iso3 });
      }
    }
    if (countriesOf(all).size >= 2) out.push({ kind: trig.kind === 'visit' ? 'meeting' : trig.kind, parties: all, sentence, destination: null });
    return out;
  }
  // "X visited Seoul, meeting President Y and holding talks with Z": Y, named after an earlier meeting verb, is an object
  // of that verb, not a second subject.
  if (subjects.length >= 2) {
    const first = persons.find((p) => p.key === subjects[0]!.key);
    const rest = subjects.slice(1).filter((q) => { const at = persons.find((p) => p.key === q.key)?.start ?? -1; return first && at > first.end && EARLIER_VERB.test(t.slice(first.end, at)); });
    if (rest.length) { subjects = subjects.filter((q) => !rest.includes(q)); objects.unshift(...rest); }
  }
  const sc = countriesOf(subjects);
  const foreign = objects.filter((o) => !o.country || !sc.has(o.country) || o.kind !== 'person');
  const extra = objects.filter((o) => !foreign.includes(o));
  // "met with A, accompanied by B": the companion joins A's meeting, not a meeting of their own.
  const accAt = /\b(?:accompanied by|together with|along with|joined by)\b/i.exec(t)?.index ?? Infinity;
  const startOf = new Map(persons.map((p) => [p.key, p.start]));
  const companions = foreign.filter((o) => o.kind === 'person' && (startOf.get(o.key) ?? -1) > accAt && (startOf.get(o.key) ?? -1) > trig.at);
  const people = foreign.filter((o) => o.kind === 'person' && !companions.includes(o));
  extra.push(...companions);
  const kind: MeetingKind = trig.kind === 'visit' ? 'meeting' : trig.kind;
  // "held meetings with his counterparts from the Netherlands and the UAE": one bilateral meeting per country named,
  // unless the text says they met together.
  const governments = foreign.filter((o) => o.kind === 'country');
  if (people.length >= 2 && !delegationParties.some((d) => objects.includes(d))) {
    for (const o of people) out.push({ kind, parties: dedupeParties([...subjects, o, ...extra]), sentence, destination: null });
  } else if (people.length === 0 && governments.length >= 2 && governments.length === foreign.length && !JOINTLY.test(t)) {
    for (const o of governments) out.push({ kind, parties: dedupeParties([...subjects, o]), sentence, destination: null });
  } else if (foreign.length) {
    out.push({ kind, parties: dedupeParties([...subjects, ...foreign, ...extra]), sentence, destination: null });
  }
  // "paying a state visit to Peru and holding a series of bilateral meetings": a second event of the same subjects.
  // (A visit with a host met is folded into that meeting by dedupe.)
  const alsoVisit = ALSO_VISIT.exec(t);
  if (alsoVisit && subjects.length && subjects.every((p) => p.kind !== 'country')) {
    for (const d of destinationsOf(t, alsoVisit.index + alsoVisit[0].length, s.countries.map(rel))) {
      if (!countriesOf(subjects).has(d)) out.push({ kind: 'visit', parties: subjects, sentence, destination: d });
    }
  }
  return out.filter((m) => (m.kind === 'visit' ? new Set([...countriesOf(m.parties), m.destination]).size : countriesOf(m.parties).size) >= 2);
}

/** A visit told beside another event of the same sentence. */
const ALSO_VISIT = /\b(?:paying|paid|pays|on|during|in the course of) (?:a |an |his |her |their )?(?:(?:state|official|working|two-day|three-day) )*visit to (?:the )?(?=\p{Lu})/u;

const PRINCIPAL_TITLE = /\b(Prime Minister|President|Chancellor|Premier|Foreign Secretary|Secretary of State|Foreign Minister|Minister for Foreign Affairs|Minister of Foreign Affairs|Secretary-General|Taoiseach)\s+(?:(?:also|then|later|today|subsequently|separately)\s+)*$/i;

const HOSTED_EVENT = /\b(?:organi[sz]ed|hosted|held|gave|invited\b[^.;]{0,120}?\bfor) (?:a|an) (?:[\w-]+ ){0,5}?(?:round[- ]?table|roundtable|luncheon|lunch|dinner|banquet|reception|symposium|seminar)\b/i;
const IMPLIED_SIDES = /\bthe (?:two|three) (?:heads of (?:state|government)|leaders|presidents|prime ministers|premiers|foreign ministers|ministers)\b/i;

/** "hosted the leaders of Japan and the Republic of Korea", "met the foreign ministers of Brazil, India and South Africa": countries as sides. */
const LEADERS_OF = /\b(?:leaders|heads of (?:state|government)|presidents|prime ministers|premiers|foreign ministers|counterparts|delegations) (?:of|from) (?:the )?/g;
export function leadersOf(text: string, from: number, to: number, countries: CountryMatch[]): string[] {
  LEADERS_OF.lastIndex = from;
  const m = LEADERS_OF.exec(text);
  if (!m || m.index >= to) return [];
  const at = m.index + m[0].length;
  const first = countries.find((c) => c.start === at && c.form === 'name');
  if (!first) return [];
  const out = [first.iso3];
  let prev = first;
  for (const c of [...countries].sort((a, b) => a.start - b.start)) {
    if (c.start <= prev.start || c.form !== 'name') continue;
    if (!/^(?:,\s*|\s*,?\s*and\s+)(?:the\s+)?$/.test(text.slice(prev.end, c.start))) break;
    if (!out.includes(c.iso3)) out.push(c.iso3);
    prev = c;
  }
  return out.length >= 2 ? out : [];
}

/** The first two different countries written as a pair: "between China and the United States", "China-US relations". */
export function countryPair(text: string, countries: CountryMatch[]): [string, string] | null {
  const cs = [...countries].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!, b = cs[i + 1]!;
    if (a.iso3 !== b.iso3 && /^\s*(?:and|[-–])\s*(?:the\s+)?$/.test(text.slice(a.end, b.start))) return [a.iso3, b.iso3];
  }
  return null;
}

function dedupeParties(ps: Party[]): Party[] {
  const seen = new Set<string>();
  return ps.filter((p) => (seen.has(p.kind + p.key) ? false : (seen.add(p.kind + p.key), true)));
}

/**
 * Destinations of a visit: the first country or city named within 80 characters
 * after the trigger, and the countries coordinated with it ("visited Austria,
 * Slovenia and Poland", "making Switzerland and Ireland his first destinations").
 * Offsets of `countries` are relative to the sentence; `at` is the trigger's.
 */
export function destinationsOf(text: string, at: number, countries: CountryMatch[]): string[] {
  const after = countries.filter((x) => x.form === 'name' && x.start >= at).sort((a, b) => a.start - b.start);
  const first = after.find((x) => x.start - at < 80);
  if (!first) return [];
  const out = [first.iso3];
  let prev = first;
  for (const c of after) {
    if (c.start <= prev.start) continue;
    if (!/^(?:,\s*|\s*,?\s*and\s+|\s*&\s*)(?:the\s+)?$/.test(text.slice(prev.end, c.start))) break;
    if (!out.includes(c.iso3)) out.push(c.iso3);
    prev = c;
  }
  return out;
}

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
