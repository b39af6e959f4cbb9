// Hedges near a meeting's trigger: the words that make a reported meeting less than a
// fact ("reportedly met", "is expected to visit", "the talks were postponed"). Read
// from the sentence itself (each source's quote), so it needs nothing from the
// extractor beyond what graph.json already holds. Rules are data, tested as a table.

/** reported: second-hand or unsure; planned: not (yet) held; cancelled: called off. */
export type HedgeKind = 'reported' | 'planned' | 'cancelled';

export interface Hedge {
  /** The words as found in the sentence, lower-cased. */
  words: string;
  kind: HedgeKind;
}

/**
 * Where a hedge counts, relative to the nearest trigger word:
 * - near: within `gap` words before or after it ("reportedly met", "met, sources said");
 * - before: ending at most `gap` words before it ("is expected to hold talks");
 * - after: starting at most `gap` words after it ("the visit was postponed").
 */
interface HedgeRule {
  words: string;
  kind: HedgeKind;
  where: 'near' | 'before' | 'after';
  gap: number;
}

const near = (words: string, gap = 6): HedgeRule => ({ words, kind: 'reported', where: 'near', gap });
const before = (words: string, gap = 4): HedgeRule => ({ words, kind: 'planned', where: 'before', gap });
const after = (words: string, gap = 5): HedgeRule => ({ words, kind: 'cancelled', where: 'after', gap });

/** `*` stands for any one word ("plans to", "is * to"). */
export const HEDGE_RULES: readonly HedgeRule[] = [
  near('reportedly'), near('allegedly'), near('purportedly'), near('supposedly'), near('apparently'),
  near('rumoured'), near('rumored'), near('unconfirmed'), near('unverified'),
  near('is said to'), near('are said to'), near('was said to'), near('were said to'),
  near('is believed to'), near('are believed to'), near('is thought to'), near('is reported to'), near('was reported to'), near('were reported to'),
  near('sources said'), near('sources say'), near('sources told'), near('source said'), near('according to sources'), near('according to unnamed'), near('according to anonymous'),
  near('it is understood'), near('claimed'),
  before('will', 2), before('would', 2), before('may', 2), before('might', 2), before('could', 2), before('shall', 2),
  before('is to'), before('are to'), before('was to'), before('were to'),
  before('is expected to'), before('are expected to'), before('was expected to'), before('expected to'),
  before('plans to'), before('plan to'), before('planned to'), before('planning to'), before('planned', 2),
  before('is scheduled to'), before('scheduled to'), before('is set to'), before('are set to'), before('is due to'), before('are due to'),
  before('intends to'), before('intend to'), before('hopes to'), before('hope to'), before('wants to'), before('would like to'),
  before('invited'), before('invitation to'), before('ahead of'), before('upcoming', 2), before('forthcoming', 2), before('proposed', 2), before('possible', 2), before('prospective', 2),
  after('was cancelled'), after('was canceled'), after('were cancelled'), after('were canceled'), after('was postponed'), after('were postponed'),
  after('was called off'), after('were called off'), after('did not take place'), after('never took place'), after('fell through'),
  before('cancelled', 2), before('canceled', 2), before('postponed', 2),
];

/** The words that report a meeting: a hedge counts only near one of them. */
const TRIGGERS = new Set([
  'met', 'meet', 'meets', 'meeting', 'meetings', 'talks', 'talk', 'talked', 'visit', 'visits', 'visited', 'visiting',
  'call', 'calls', 'called', 'phoned', 'spoke', 'speak', 'speaks', 'conversation', 'conversations', 'summit', 'summits',
  'received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'conferred', 'discussed', 'discuss', 'held', 'hold', 'holds',
  'travelled', 'traveled', 'travel', 'trip', 'negotiations', 'consultations', 'exchanged', 'audience',
  'discussion', 'discussions', 'dialogue', 'encounter', 'greeted', 'welcomed',
]);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

const RULE_WORDS = HEDGE_RULES.map((r) => r.words.split(' '));

/** A quote may hold more than one sentence (or clause after ";"): a hedge counts only in its trigger's. Not after "S." or "U.S.". */
const CLAUSE_END = /(?<=\p{Ll}{2,}[.!?;])\s+/u;

/** The hedges of one quote, each once, in the order of the rules. */
export function hedgesIn(quote: string): Hedge[] {
  const found: Hedge[] = [];
  // With no trigger word at all (a meeting read from "the two sides agreed ..."), a hedge anywhere counts.
  const anywhere = !words(quote).some((w) => TRIGGERS.has(w));
  for (const clause of quote.split(CLAUSE_END)) for (const h of hedgesInClause(clause, anywhere)) if (!found.some((f) => f.words === h.words)) found.push(h);
  return found;
}

function hedgesInClause(sentence: string, anywhere: boolean): Hedge[] {
  const ws = words(sentence);
  const triggers = ws.flatMap((w, i) => (TRIGGERS.has(w) ? [i] : []));
  if (triggers.length === 0 && !anywhere) return [];
  const found: Hedge[] = [];
  const seen = new Set<string>();
  HEDGE_RULES.forEach((rule, r) => {
    const pattern = RULE_WORDS[r]!;
    for (let i = 0; i + pattern.length <= ws.length; i++) {
      if (!pattern.every((p, k) => p === '*' || ws[i + k] === p)) continue;
      const end = i + pattern.length - 1;
      const counts =
        triggers.length === 0
          ? true
          : triggers.some((t) => {
              if (t >= i && t <= end) return false; // the hedge's own words ("called off", "meet" in "plan to meet" is after it)
              if (rule.where === 'before') return t > end && t - end - 1 <= rule.gap;
              if (rule.where === 'after') return i > t && i - t - 1 <= rule.gap;
              return (t > end && t - end - 1 <= rule.gap) || (t < i && i - t - 1 <= rule.gap);
            });
      if (counts && !seen.has(rule.words)) {
        seen.add(rule.words);
        found.push({ words: pattern.map((p, k) => (p === '*' ? ws[i + k] : p)).join(' '), kind: rule.kind });
      }
      if (counts) break;
    }
  });
  // "is expected to" also matches "expected to": say it once, in its longest form.
  return found.filter((h) => !found.some((o) => o !== h && o.kind === h.kind && o.words.length > h.words.length && o.words.endsWith(' ' + h.words)));
}
