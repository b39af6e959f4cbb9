// The meeting lexicon as data: each trigger pattern gives a kind (talks, call, visit, summit, ...), and the modality
// patterns beside it cancel it (a plan, an invitation, a message, an aggregate of many meetings). One place to read
// and extend what counts as a meeting; the stages after it read who took part.
import type { MeetingKind } from '../../model';

const TRIGGERS: Array<[MeetingKind, RegExp]> = [
  ['phone_call', /\b(?:tele)?phone (?:call|conversation|talks?)\b|\b(?:talked|spoke|conferred) (?:over|on|by) the (?:tele)?phone\b|\b(?:covered|discussed) [^.;]{0,80}?\bon the (?:tele)?phone\b|\bhad an? (?:[\w-]+ ){0,2}?call\b(?= (?:earlier|today|yesterday|on|this|with|in which|to discuss)\b)|\bspoke (?:by|over|on the) (?:tele)?phone\b|\b(?:tele)?phoned\b|\b(?:received|made|had|held|took|returned) a (?:(?:brief|short|(?:tele)?phone) )*call (?:(?:today|yesterday|on \w+) )?(?:from|with|to)\b|\bspoke (?:with|to) [^.;]{3,90}? (?:by|over the|on the) (?:tele)?phone\b/i],
  // "The Prime Minister spoke to President X this evening" (No 10 readouts): a call, unless they were together.
  ['phone_call', /\b(?:spoke|speaks) (?:to|with) (?=(?:(?:his|her|their|the) )?(?:[A-Z][\p{L}-]+ )?(?:counterpart|President|Prime Minister|Premier|Chancellor|King|Queen|Crown Prince|Emir|Sultan|Foreign Minister|Foreign Secretary|Secretary of State|Secretary-General)\b)(?![^.;]{0,160}\b(?:sidelines|margins|during|at the|in [A-Z]|met|meeting|summit|visit))/u],
  ['video_call', /\bvideo[- ]?(?:call|link|conference|meeting|talks?)\b|\bvirtual (?:meeting|talks)\b|\bvia video\b/i],
  ['talks', /\b(?:held|hold|holds|holding) (?:[\w-]+ ){0,3}?talks\b|\bdiscussed\b[^.;:]{0,80}?\bwith (?=(?:(?:his|her|the|their) )?(?:\p{Lu}|visiting|counterpart))|\bnegotiations (?:between|with) (?=\p{Lu}|the \p{Lu}|his |her )|\b(?:talks|meeting|negotiations) (?:held|conducted) (?:[\w-]+ ){0,4}?by (?=\p{Lu}|the \p{Lu}|his |her )|\bhad (?:separate |bilateral |extensive |wide-ranging )*discussions with\b|\btalks (?:with|between)\b|\bin their (?:[\w-]+ ){0,3}?(?:talks|meeting)\b|\bin a (?:[\w-]+ ){0,2}?meeting on the (?:sidelines|margins)\b|\b(?:held|holds|co-chaired|chaired) (?:the |a |an )?(?:[^\s,.;]+ ){0,8}?(?:[Dd]ialogue|[Cc]onsultations?) with\b/u],
  ['meeting', /\b(?:met|meets|meet|meeting)(?: (?:separately|also|here|jointly|later|(?:on )?the (?:same|following|next) day|that day|that evening))? with\b|\bmeetings, including one with\b|\bconsensus reached (?:by|between) (?=\p{Lu})|\b(?:met|meets)\b|\bwhen meeting\b|\bmeeting (?:his|her|their) (?:[\p{Lu}][\p{L}-]+ )?(?:guest|counterpart)s?\b|\bby meeting (?=\p{Lu}|his |her |the )|\b(?:received|receives)(?= (?:\p{Lu}|a delegation|the delegation|visiting|(?:the )?(?:credentials|letters? of credence|copies of (?:the |his |her )?(?:credentials|letters))\b))|\b(?:paid|pays|paying) (?:a |an )?(?:courtesy )?call on\b|\bcourtesy (?:call|meeting|visit) (?:on|with|to)\b|\bcalled on (?=(?:President|Prime Minister|Premier|King|Queen|Emir|Crown Prince|Chancellor|His Majesty|Her Majesty|His Excellency|Vice President|Deputy Prime Minister|Deputy Premier|Foreign Minister|Minister|Senator|Speaker|Secretary-General)\b)|\bbilateral meeting with\b|\bmeeting between\b|\b(?:shake|shook|shaking) hands (?:at|during|before|after) (?:a|an|their|the) (?:[\w-]+ ){0,2}?(?:meeting|talks)\b|\b(?:was|were) (?:warmly |cordially )?(?:greeted|received|welcomed|hosted) (?:[^.,;]{0,40}? )?by (?=\p{Lu}|the \p{Lu}|his |her )|\bin (?:a )?discussions? with\b|\p{Lu}[\p{L}-]*['’]s? (?:[\w-]+ ){0,2}?(?:meeting|talks)\b(?! (?:of|on|with)\b)(?=[^.;]{0,60}\b(?:in|at|on|lasted|was|were|took place)\b)|\p{Lu}[\p{L}-]*['’]s? (?:[\w-]+ ){0,3}?(?:meetings?|talks|conversations?) (?:(?:was|were) )?with\b|\btheir (?:[\w-]+ ){0,2}meeting\b|\b(?:held|had) (?:[\w’'-]+ ){0,4}?meetings?(?: (?:(?:at|in) (?:the )?[^,.;]{1,40}? )?(?:separately )?|\s*[:—–]\s*)with\b|\bsat down with\b|\b(?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:dinner|lunch|luncheon|breakfast|banquet) (?:meeting )?with\b|\btalked (?:with|to) (?=(?:his |her |the )?\p{Lu})|\b(?:held|had) (?:a|an|their) (?:[\w’'-]+ ){0,3}?meeting\b(?! of (?:the|its|a) )|\bexchanged (?:views|opinions|ideas) with\b|\breceived (?:a )?courtesy (?:call|visit) from\b|\bhanded (?:over )?(?:the|a|an|his|her|its|their) (?:[\w’'-]+ ){0,4}?to\b|\b(?:organi[sz]ed|hosted|held|gave|invited\b[^.;]{0,120}?\bfor) (?:a|an) (?:[\w-]+ ){0,5}?(?:round[- ]?table|roundtable|luncheon|lunch|dinner|banquet|reception|symposium|seminar)\b/iu],
  ['visit', /\b(?:visited|visits)\b(?= (?:\p{Lu}|the \p{Lu}))|\b(?:state|official|working|family|goodwill) visit\b|\bvisit to (?:the )?\p{Lu}|\bpaid (?:a|an|his|her) (?:[\w-]+ ){0,3}?visit\b|['’]s (?:(?:\d{4}|first|last|recent|historic|successful|official|state) )*visit\b|\bvisit (?:to|of) |\bmaking (?:\p{Lu}[\p{L} ,]+?) (?:his|her|their|its) (?:first |maiden )?(?:overseas |foreign )?(?:destinations?|stops?)\b/iu],
  ['talks', /\bco-chaired\b[^.;]{0,100}?\bwith\b|\bco-chair(?:ed|s)? (?:the|a|an)\b/i],
  ['summit', /\bsummit\b|\b(?:participat\w+|t(?:ook|aking|akes?) part|attended|gathered)\b[^.;]{0,40}\b(?:forum|conference|summit|gathering)\b|\b(?:forum|conference)\b[^.;]{0,40}\bwas attended by\b/i],
  // Case-sensitive: "President Biden hosted President Marcos at the White House", "welcomed Prime Minister X to Brasília",
  // "welcomed his Indonesian counterpart"; never "hosted a dinner" or "welcomed the decision" or "welcomed X's visit".
  ['meeting', /\b(?:hosted|welcomed|welcomes|hosts) (?=(?:(?:H\.E\.|His|Her) )?(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Crown Prince|Sultan|Foreign Minister|Minister|Vice President|Secretary|Ambassador|Governor|Speaker|(?:Chair|Chairman|Chairwoman|Chairperson|Head|Speaker|Secretary-General|Director-General) of|the (?:leaders|heads|presidents|prime ministers|foreign ministers)\b|(?:his|her|their) (?:[A-Z][\w-]+ )?(?:counterpart|guest)s?\b|[A-Z][\p{L}-]+ [A-Z][\p{L}-]+(?! ?['’]s)\b))(?![^.;]{0,80}['’]s (?:\w+ )?visit)/u],
];

const FUTURE = /\binvitations? (?:[\w’'-]+ ){0,6}to (?:pay|visit|attend|make|come)\b|\b(?:will|would|shall|plans? to|planning to|ready to|looks? forward to|expected to|is set to|scheduled to|(?:is|are) due to|(?:is|are) (?:also )?to|intends? to|hopes? to|invited? (?:[\w.’'-]+ ){0,6}to|agreed to (?:meet|hold|visit|exchange)|agreed to (?:\w+ ){0,2}(?:visits?|meetings?|talks)|proposed (?:to meet|a meeting)|willing to|upcoming|next week|next month|preparing to|prepares? to)\b|\b(?:is|are) in (?:\p{Lu}[\p{L}-]*\s?){1,3} (?:on \w+ )?to (?:hold|meet|attend|discuss|sign|take part)\b/iu;

/** A word that makes the event right after it a plan. */
const PLANNED_EVENT = /\b(?:anticipated|planned|proposed|forthcoming|prospective|potential|possible|expected|upcoming|future)\s+(?:[\w-]+\s+){0,2}$/i;

const NOT_MEETING = /\b(?:message|letter(?! of credence)|letters(?! of credence)|telegram|congratulat\w*|condolences?|press conference|op-ed|interview)\b/i;

/** A message brought to the meeting by the one met: "…, who delivered a letter", "conveying a message". */
const CARRIED = /\b(?:who|and)\s+(?:also\s+)?(?:delivered|conveyed|handed(?: over)?|carried|brought|passed on)\b[^.;]{0,40}$|\b(?:delivering|conveying|handing(?: over)?|carrying|bearing)\b[^.;]{0,40}$/i;

const AGGREGATE = /\b(?:visits|meetings|talks) (?:of|by|between|with) (?:[\w-]+ ){0,2}delegations\b|\b(?:multiple|several|many|numerous|frequent|more than \d+|over \d+|\d+|two|three|four|five) (?:[\w-]+ )?(?:meetings|visits|talks|summits)\b|\bmet (?:twice|\w+ times)\b|\b(?:many|several|multiple|numerous|\d+|two|three|four|five) times\b/i;

const ANY_TRIGGER = /spoke|speak|talked|discussion|greet|hands|sat down|exchanged|host|welcom|chaired|particip| part|attended|gathered|met|meet|talks|phone|video|virtual|visit|summit|receiv|dialogue|consultation|handed|destination|round[- ]?table|lunch|dinner|banquet|reception|symposium|seminar|call/i;

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
    // "received the Saudi minister, who delivered a letter from the King": the envoy who carries a message is met.
    const carried = nm && nm.index > m.index && CARRIED.test(sentence.slice(m.index, nm.index)) && !NOT_MEETING.test(sentence.slice(nm.index + nm[0].length));
    if (kind !== 'phone_call' && kind !== 'video_call' && nm && !carried && !(/press conference/i.test(nm[0]) && nm.index > m.index && !NOT_MEETING.test(sentence.slice(nm.index + nm[0].length)))) return null;
    const fut = FUTURE.exec(sentence);
    if (fut && fut.index < m.index + 40 && fut.index > m.index - 100) return null;
    // "the anticipated June summit", "a planned visit": the plan is the event itself (not a meeting held ahead of it).
    if (PLANNED_EVENT.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return null;
    // "held multiple meetings with", "more than 100 meetings": aggregates, not one meeting (unless one is singled out).
    // ("Meeting with X, Xi said he has held multiple meetings with X": the aggregate comes after the meeting the sentence reports.)
    const agg = AGGREGATE.exec(sentence);
    // ("held two bilateral meetings: with A, and with B" names each one: a list, not an aggregate.)
    if (agg && agg.index < m.index + m[0].length + 20 && !/\bincluding one\b|\bamong them\b/i.test(sentence) && !LISTED_AFTER.test(sentence.slice(agg.index + agg[0].length))) return null;
    return { kind, at: m.index };
  }
  return null;
}

/** Meetings counted, then each named: "two bilateral meetings: with …", "three meetings — with …". */
const LISTED_AFTER = /^\s*(?::|—|–|-)\s*(?:with|including)\b/;

/** Where the clause with the meeting ends: what the parties said afterwards is not the meeting. */
export function clauseEnd(text: string, from: number): number {
  // ("called for" ends the clause; "called on the Minister" is the meeting itself; a colon before "with" opens the list of
  // those met; "…, who delivered a letter from X": X sent it and was not there.)
  const re = /\b(?:said|says|noted|stressed|adding|saying|expressed|pointed out|agreed|called(?! on\b)|urged|hailed|praised|stated|told|since)\b|[;“"]|:(?!\s*(?:with|including)\b)|,?\s*\b(?:who|and)\s+(?:also\s+)?(?:delivered|conveyed|handed over|carried|brought|passed on)\b|,\s*(?:delivering|conveying|carrying|bearing)\b/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}
