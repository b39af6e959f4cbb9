// Who took part, read around the trigger: the persons named before it are its subjects, those after it its objects,
// then references fill what names left empty ("he", "the delegation", "the Secretary", "his guest", "the King",
// "the two leaders"), from the article's focus carried between sentences. Each stage reads the clause and the sides
// so far and fills them in place; order matters (a reference never overrides a name).
import { countryOf } from '../countries';
import { leadersOf } from './coordination';
import { countriesOf, dedupeParties, personParty, type Clause, type Delegation, type Focus, type Party, type Sides, type Trigger } from './model';

/**
 * A subject named by title alone, as readouts refer back to their principal: "The Secretary also met", "Later in the
 * day, the Chairperson held", "The Foreign Secretary also met", "EAM also paid a courtesy call on".
 */
const TITLE_SUBJECT = /(?:^|[,—–]\s*)[\s“"‘]*(?:the\s+)?(?:(?:\p{Lu}[\p{L}/-]*|of|the|for)\s+){0,4}?(?:Secretary|Minister|Chairperson|Chairman|Chairwoman|Chair|Representative|President|Vice[- ]President|Premier|Chancellor|Ambassador|Envoy|Commissioner|Secretary-General|Director-General|Taoiseach|EAM|PM|FM)\s+(?:(?:also|then|later|today|subsequently|separately|first|again|briefly|earlier)\s+)*$/u;

/** The same in running text's lower case: "The president talked with", "Later, the prime minister met". */
const PLAIN_TITLE_SUBJECT = /(?:^|[,—–]\s*)[\s“"‘]*the\s+(president|prime minister|premier|chancellor|foreign minister|minister|secretary|king|queen|emir|sultan|crown prince|ambassador|envoy)\s+(?:(?:also|then|later|today|subsequently|separately|first|again|briefly|earlier)\s+)*$/i;

/** The latest person of the article whose title is this one ("king", "prime minister") and whom `accept` takes, or null. */
function titleHolder(title: string | undefined, focus: Focus, accept: (p: Party) => boolean = () => true): Party | null {
  if (!title) return null;
  const re = new RegExp(`\\b${title}\\b`, 'i');
  const holders = [...(focus.counts?.values() ?? [])].filter((h) => h.role && re.test(h.role) && accept(h.party)).sort((a, b) => b.last - a.last);
  return holders[0]?.party ?? null;
}

/** What may precede a participle-first meeting: "When ", "In his ", "In the morning, ", "During the ". */
const PARTICIPLE_LEAD = /^[\s“"‘]*(?:(?:In|On|At|During) the (?:morning|afternoon|evening|same day)[^,]{0,40},\s*)?(?:(?:When|While|After|Before|Upon|On)\s+)?(?:(?:In|During|At) (?:his|her|their|the|a) (?:[\w-]+ )?)?$/i;

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

/** "That was reflected in a separate meeting the same day with X": a meeting as a noun, its subject the article's. */
const NOUN_MEETING = /\b(?:in|during|at|at the end of) (?:a|an|the|his|her|their) (?:(?:separate|later|subsequent|further|private|bilateral|second|brief) )?$/i;

const PRINCIPAL_TITLE = /\b(Prime Minister|President|Chancellor|Premier|Foreign Secretary|Secretary of State|Foreign Minister|Minister for Foreign Affairs|Minister of Foreign Affairs|Secretary-General|Taoiseach)\s+(?:(?:also|then|later|today|subsequently|separately)\s+)*$/i;

/** The most mentioned person of the article so far, and the most mentioned one of another country. */
function pairInScope(focus: Focus): [Party, Party] | null {
  // (Not the spokesperson who reports it.)
  const ranked = [...(focus.counts?.values() ?? [])].filter((c) => c.party.kind === 'person' && c.party.country && !/\bspokes|\bpress secretary\b|\bcorrespondent\b/i.test(c.role ?? '')).sort((a, b) => b.n - a.n || b.last - a.last);
  const first = ranked[0];
  const second = first && ranked.find((c) => c.party.country !== first.party.country);
  return first && second ? [first.party, second.party] : null;
}

/**
 * The article's main subject, for a "he" when the focus has gone stale: mentioned at least three times, at least twice
 * as often as the focus, named in the sentence before while the focus was not named in the two before ("Brazil is the
 * second stop of Xi's tour ... In Lima, he kept to a tight schedule").
 */
function dominant(focus: Focus): Party | null {
  if (!focus.counts || !focus.party) return null;
  const i = focus.index ?? 0;
  const best = [...focus.counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!best || best.n < 3 || best.party.key === focus.party.key || best.last !== i - 1) return null;
  const cur = focus.counts.get(focus.party.key);
  if (cur && (cur.last >= i - 2 || best.n < 2 * cur.n)) return null;
  return best.party;
}

/** The persons named in the clause: before the trigger its subjects, after it its objects (not whoever reports it). */
export function namedSides(c: Clause, trig: Trigger): Sides {
  const t = c.text;
  const subjects: Party[] = [];
  const objects: Party[] = [];
  // "Ruiz said that Prime Minister Sánchez has visited China": the speaker is not a side of what they report.
  const speech = [...t.slice(0, trig.at).matchAll(/\b(?:said|says|noted|recalled|stressed|added|pointed out|told [^,;]{1,40}?) that\b/g)].pop();
  const speechEnd = speech ? speech.index! + speech[0].length : -Infinity;
  // "advance the consensus reached by Xi Jinping and Giorgia Meloni in July", "commenting on the negotiations between A
  // and B": the sides are the ones named after it.
  const consensus = /^(?:consensus|(?:meeting|talks|negotiations) between)\b/i.test(t.slice(trig.at));
  for (const p of c.persons.filter((p) => p.start < trig.end)) {
    // "..., presidential spokesman Dmitry Peskov told reporters": the one who reports the meeting is not in it.
    if (p.start > trig.at && (TOLD_PRESS.test(t.slice(p.end, p.end + 60)) || (SPEAKER_AFTER.test(t.slice(p.end, p.end + 40)) && SPOKESPERSON.test(t.slice(Math.max(0, p.start - 40), p.start))))) continue;
    if (consensus) { if (p.start > trig.at) (subjects.length ? objects : subjects).push(personParty(p)); continue; }
    if (p.start > speechEnd || p.start >= trig.at) (p.start < trig.at ? subjects : objects).push(personParty(p));
  }
  return { subjects, objects };
}

/** Delegation parties replace the persons they name, on the side where the delegation is written. */
export function withDelegation(sides: Sides, delegation: Delegation, trig: Trigger): void {
  const side = delegation.at < trig.at ? sides.subjects : sides.objects;
  const drop = new Set(delegation.parties.filter((p) => p.kind === 'person').map((p) => p.key));
  const keep = side.filter((p) => !drop.has(p.key));
  side.length = 0;
  side.push(...keep, ...delegation.parties);
  if (side === sides.subjects) for (let i = sides.objects.length - 1; i >= 0; i--) if (drop.has(sides.objects[i]!.key)) sides.objects.splice(i, 1);
}

/** A clause that opens with its event ("Meeting with X, Y said", "In his meeting with X, Y noted"): the subject comes after. */
export function subjectAfterParticiple(c: Clause, trig: Trigger, focus: Focus, sides: Sides): void {
  const t = c.text;
  const pre = t.slice(0, trig.at);
  const { objects } = sides;
  // "Meeting with X, Y said", "In his meeting with X, Y noted", "In the morning, meeting with X, Y said": participle
  // first; the subject is the first person after the comma that closes the phrase, the guests are inside it.
  if (sides.subjects.length === 0 && PARTICIPLE_LEAD.test(pre) && /^(?:(?:when|while) )?(?:meeting|met\b|talks\b)/i.test(t.slice(trig.at))) {
    const inClause = c.persons.filter((p) => p.start < trig.end);
    const firstObj = inClause.find((p) => p.start > trig.at);
    const comma = firstObj ? t.indexOf(',', firstObj.end) : -1;
    if (comma > 0) {
      const subj = c.persons.find((p) => p.start > comma && p.start < comma + 80 && p.start < trig.end);
      const pronoun = /^\s*(?:he|she)\b/i.test(t.slice(comma + 1)) && focus.party;
      if (subj || pronoun) {
        const guests = inClause.filter((p) => p.start > trig.at && p.end <= comma).map(personParty);
        objects.splice(0, objects.length, ...guests.filter((g) => g.key !== (subj ? subj.key : (focus.party as Party).key)));
        sides.subjects = [subj ? personParty(subj) : (focus.party as Party)];
      }
    }
  }
  // "Meeting his guest on February 28, Xi Jinping noted", "When meeting with X, Y said": participle first.
  if (sides.subjects.length === 0 && /^[\s“"‘]*(?:When |While |After |Before )?$/i.test(pre) && /^meeting|^met\b/i.test(t.slice(trig.at))) {
    const all = dedupeParties(objects.splice(0));
    if (all.length < 2 && focus.party && !all.some((p) => p.key === focus.party!.key)) all.push(focus.party);
    sides.subjects = all.slice(-1);
    objects.push(...all.slice(0, -1));
  }
}

const REFERENCE_TITLES = 'foreign minister|minister|president|prime minister|premier|leader|envoy|guest|counterpart|official|diplomat|delegate|visitor|head of state';
const NATIONALITY_SUBJECT = new RegExp(`^[\\s“"‘]*(?:The\\s+)?(\\p{Lu}[\\p{L}-]+)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${REFERENCE_TITLES})\\b`, 'iu');
const NATIONALITY_SUBJECT_LATE = new RegExp(`,\\s*the\\s+(\\p{Lu}[\\p{L}-]+)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${REFERENCE_TITLES})\\s+(?:(?:also|then|later|first)\\s+)*$`, 'iu');

/** A subject not named before the trigger: "the visit by X", "The Omani minister", "he", "the delegation", a title alone. */
export function subjectByReference(c: Clause, trig: Trigger, focus: Focus, sides: Sides): void {
  const t = c.text;
  const pre = t.slice(0, trig.at);
  if (sides.subjects.length === 0 && trig.kind === 'visit') {
    // "the visit to Beijing by Norwegian Foreign Minister X": the visitor follows "by".
    const by = /\bby\b/.exec(t.slice(trig.at, trig.end));
    if (by) sides.subjects = sides.objects.splice(0).filter((o, i) => i === 0 || o.country === null);
  }
  // "The Omani foreign minister, who arrived on Monday, also called on Prime Minister Modi", "Before the talks began, the
  // German Foreign Minister paid a courtesy call on": of the article's two sides, the Omani (German) one.
  const byNationality = NATIONALITY_SUBJECT.exec(pre) ?? NATIONALITY_SUBJECT_LATE.exec(pre);
  if (sides.subjects.length === 0 && byNationality) {
    const iso3 = countryOf(byNationality[1]!);
    const side = iso3 ? [focus.party, focus.guest].find((p) => p?.country === iso3) : undefined;
    if (side) sides.subjects = [side];
  }
  // "It was discussed at a meeting between the presidents of A and B": the sides are the ones after "between".
  if (sides.subjects.length || /^(?:meeting|talks|negotiations|consensus) between\b/i.test(t.slice(trig.at))) return;
  if (/\b(?:the|this|that|a) delegation\b|\bdelegation\b/i.test(pre) && focus.delegation) sides.subjects = focus.delegation;
  else if (/\b(?:he|she)\b/i.test(pre) && !/^\s*(?:also|then|later)?\s*$/i.test(pre) && dominant(focus)) sides.subjects = [dominant(focus)!];
  else if (/\b(?:he|she|they)\b/i.test(pre) || TITLE_SUBJECT.test(pre) || PLAIN_TITLE_SUBJECT.test(pre) || NOUN_MEETING.test(pre) && /^(?:meeting|talks)\b/i.test(t.slice(trig.at)) || /^\s*(?:also|then|later)?\s*$/i.test(pre) || /^(?:When|While|After|Before|During)?\s*$/i.test(pre.replace(/\b(?:On|In|At)\b.*$/, ''))) {
    // "the King received": the one the article titled so, when that is not the focus ("His Majesty King X ... Also on
    // Wednesday, the King received"), else the focus.
    const holder = titleHolder(PLAIN_TITLE_SUBJECT.exec(pre)?.[1], focus);
    if (holder) sides.subjects = [holder];
    else if (focus.party) sides.subjects = [focus.party];
    else {
      const title = PRINCIPAL_TITLE.exec(pre)?.[1]?.toLowerCase();
      const principal = title ? focus.principals?.get(title) : undefined;
      if (principal) sides.subjects = [principal];
    }
  }
}

/** Objects not named after the trigger: "his guest", "him", "the delegation", "the King", "the leaders of A and B". */
export function objectsByReference(c: Clause, trig: Trigger, focus: Focus, sides: Sides): void {
  const t = c.text;
  const { subjects, objects } = sides;
  const afterTrig = t.slice(trig.at, trig.end);
  for (const cand of [focus.party, focus.guest]) {
    if (objects.length || !cand || subjects.some((p) => p.key === cand.key)) continue;
    // "met the Sierra Leonean head of state", "met his guest": the article's focus or its guest.
    const fc = cand.country;
    const named = c.countries.filter((x) => x.start >= trig.at && x.start < trig.end);
    if ((cand === focus.party && /\b(?:his|her|their) (?:guest|counterpart)s?\b|\b(?:him|her|them)\b/i.test(afterTrig)) || (fc && named.some((x) => x.iso3 === fc) && /\b(?:head of state|president|leader|prime minister|premier|guest|counterpart|king|foreign minister)\b/i.test(afterTrig))) objects.push(cand);
  }
  if (objects.length === 0 && /\b(?:the|this|that|a) delegation\b/i.test(afterTrig) && focus.delegation) objects.push(...focus.delegation);
  // "met with the King and the Queen Mother", "received the Prime Minister": a title alone is the person of the article
  // who holds it, of another country than the subject's (the latest mentioned).
  if (objects.length === 0 && subjects.length) {
    const sc = new Set(subjects.map((p) => p.country));
    for (const m of afterTrig.matchAll(TITLE_ALONE)) {
      const holder = titleHolder(m[1]!.toLowerCase(), focus, (p) => !!p.country && !sc.has(p.country));
      if (holder && !objects.some((o) => o.key === holder.key)) objects.push(holder);
    }
  }
  for (const iso3 of leadersOf(t, Math.max(0, trig.at - 60), trig.end, c.countries)) {
    if (![...subjects, ...objects].some((p) => p.country === iso3)) objects.push({ kind: 'country', key: iso3, name: iso3, country: iso3 });
  }
}

/**
 * "The leaders held an informal meeting on Monday", "the two sides held talks", "after their meeting in Moscow": the
 * article's two principals, the most mentioned people of two countries so far. (A subject already taken from the
 * article's focus may be one of them; either may be named in passing: "The leaders held a meeting as part of Xi's visit".)
 * Then a participle first with its subject after it: "Meeting his guest on February 28, Xi Jinping noted".
 */
export function pairByReference(c: Clause, trig: Trigger, focus: Focus, sides: Sides): void {
  if (trig.kind !== 'summit' && trig.kind !== 'visit' && PAIR_REFERENCE.test(c.text.slice(0, trig.end))) {
    const pair = pairInScope(focus);
    const inPair = (p: Party) => !!pair?.some((q) => q.key === p.key);
    if (pair && sides.subjects.every(inPair) && sides.objects.every(inPair)) { sides.subjects = [pair[0]]; sides.objects.splice(0, sides.objects.length, pair[1]); }
  }
  if (sides.subjects.length === 0 && sides.objects.length > 0 && /^\s*(?:When\s+)?meeting\b/i.test(c.text)) {
    sides.subjects = sides.objects.splice(0, 1);
    if (focus.party) sides.objects.push(focus.party);
  }
}

/** What the next sentences refer back to: this meeting's guest, its subject, and who holds the subject's title on the page. */
export function rememberFocus(c: Clause, trig: Trigger, focus: Focus, sides: Sides): void {
  const { subjects, objects } = sides;
  const guest = objects.find((o) => o.kind === 'person' && o.country && !countriesOf(subjects).has(o.country));
  if (guest) focus.guest = guest;
  if (!subjects.length || subjects[0]!.kind === 'country') return;
  focus.party = subjects.find((p) => p.kind === 'person') ?? focus.party;
  // Remember who holds the subject's title on this page ("Prime Minister Keir Starmer met ...").
  if (focus.principals) {
    for (const p of c.persons) {
      const title = p.start < trig.at && p.tokens.length >= 2 && p.role ? PRINCIPAL_TITLE.exec(p.role + ' ')?.[1]?.toLowerCase() : undefined;
      if (title && subjects.some((q) => q.key === p.key)) focus.principals.set(title, personParty(p));
    }
  }
}

/** "X visited Seoul, meeting President Y": Y, named after an earlier meeting verb, is an object of that verb, not a subject. */
export function laterSubjectsAsObjects(c: Clause, sides: Sides): void {
  if (sides.subjects.length < 2) return;
  const first = c.persons.find((p) => p.key === sides.subjects[0]!.key);
  const rest = sides.subjects.slice(1).filter((q) => { const at = c.persons.find((p) => p.key === q.key)?.start ?? -1; return first && at > first.end && EARLIER_VERB.test(c.text.slice(first.end, at)); });
  if (rest.length) { sides.subjects = sides.subjects.filter((q) => !rest.includes(q)); sides.objects.unshift(...rest); }
}
