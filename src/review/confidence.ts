// Why a meeting is believed, from what graph.json already holds: how many reports and
// files carry it, how its date was found (dateBasis), hedges near the trigger in its
// sentences, and whether its parties are named in them or were resolved by reference
// ("the minister", "his counterpart", "he"). A score orders the Review list (weakest
// first) and a level (weak, fair, strong; confirmed once an analyst said so) is what
// the lists show and the filter hides. Pure; cached per meeting object.
import type { DateBasis, Entity, Meeting } from '../model';
import { hedgesIn, type Hedge } from './hedges';
import { mentions } from './text';

export type ConfidenceLevel = 'weak' | 'fair' | 'strong' | 'confirmed';
export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = ['weak', 'fair', 'strong', 'confirmed'];

/** How the date was found: the extractor's dateBasis, the analyst's correction, or nothing said. */
export type DateEvidence = DateBasis['how'] | 'corrected' | 'unexplained' | 'undated';

export interface Confidence {
  level: ConfidenceLevel;
  /** Higher is better; orders meetings within a level. */
  score: number;
  sources: number;
  files: number;
  date: DateEvidence;
  /** Hedges found near the trigger, over all reports. */
  hedges: Hedge[];
  /** How many of its reports are hedged. */
  hedgedSources: number;
  /** Participants named in a report (by name, alias or surname) and those resolved by reference. */
  named: string[];
  resolved: string[];
}

const DATE_POINTS: Record<DateEvidence, number> = {
  stated: 2,
  'inferred-year': 2,
  corrected: 2,
  relative: 1.5,
  context: 1,
  dateline: 1,
  unexplained: 1,
  published: 0.5,
  undated: 0,
};

/** From this score a meeting is strong, from FAIR fair; below, weak. */
export const STRONG = 3;
export const FAIR = 1.5;

/** Words an entity is named by in a sentence: its name, aliases, a person's surname, a country's adjective stem. */
function namesOf(e: Entity): string[] {
  const out = [e.name, ...e.aliases];
  const parts = e.name.split(/\s+/);
  if (e.type === 'person' && parts.length > 1 && parts[parts.length - 1]!.length >= 3) out.push(parts[parts.length - 1]!);
  return out;
}

function named(e: Entity, quotes: readonly string[]): boolean {
  if (namesOf(e).some((n) => quotes.some((q) => mentions(q, n)))) return true;
  // "Chinese", "Russian", "German", "Japanese": a one-word country named by its adjective.
  if (e.type === 'country' && !/\s/.test(e.name) && e.name.length >= 4) {
    const stem = e.name.slice(0, Math.min(5, e.name.length - 1)).toLowerCase();
    return quotes.some((q) => q.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.startsWith(stem)));
  }
  return false;
}

const cache = new WeakMap<Meeting, Confidence>();

/** The meeting's confidence; `byId` resolves its participants. */
export function confidenceOf(m: Meeting, byId: ReadonlyMap<string, Entity>): Confidence {
  const hit = cache.get(m);
  if (hit) return hit;
  const c = computeConfidence(m, byId);
  cache.set(m, c);
  return c;
}

export function computeConfidence(m: Meeting, byId: ReadonlyMap<string, Entity>): Confidence {
  const sources = m.sources.length;
  const files = new Set(m.sources.map((s) => s.file)).size;
  const corrected = new Set(m.corrected ?? []);
  const date: DateEvidence = corrected.has('date') ? 'corrected' : !m.date ? 'undated' : (m.dateBasis?.how ?? 'unexplained');

  const hedges: Hedge[] = [];
  let hedgedSources = 0;
  for (const s of m.sources) {
    const found = hedgesIn(s.quote);
    if (found.length) hedgedSources++;
    for (const h of found) if (!hedges.some((x) => x.words === h.words)) hedges.push(h);
  }

  // People and organisations are the parties a reader checks; a meeting of countries alone is judged by its countries.
  const entities = m.participants.map((p) => byId.get(p)).filter((e): e is Entity => e !== undefined);
  const actors = entities.filter((e) => e.type !== 'country');
  const judged = actors.length ? actors : entities;
  const quotes = m.sources.map((s) => s.quote);
  const namedIds: string[] = [];
  const resolvedIds: string[] = [];
  for (const e of judged) (named(e, quotes) ? namedIds : resolvedIds).push(e.id);

  let score = files >= 2 ? 2 : sources >= 2 ? 1 : 0;
  score += DATE_POINTS[date];
  if (hedgedSources > 0) score -= hedgedSources === sources ? 3 : 1;
  if (corrected.has('participants') || resolvedIds.length === 0) score += 1;
  else if (namedIds.length === 0) score -= 1;

  const level: ConfidenceLevel = corrected.has('confirmed') ? 'confirmed' : score >= STRONG ? 'strong' : score >= FAIR ? 'fair' : 'weak';
  return { level, score, sources, files, date, hedges, hedgedSources, named: namedIds, resolved: resolvedIds };
}

const DATE_WORDS: Record<DateEvidence, string> = {
  stated: 'date stated in the text',
  'inferred-year': 'year of the date from the article',
  corrected: 'date corrected by hand',
  relative: 'date counted from the article’s date',
  context: 'date from an earlier sentence',
  dateline: 'date from the dateline',
  unexplained: 'date found, not said how',
  published: 'date from the publication date',
  undated: 'undated',
};

/** Why, in a few words each, weakest first: what the lists' tooltips and the details panel say. */
export function describeConfidence(c: Confidence, byId: ReadonlyMap<string, Entity>): string[] {
  const name = (id: string) => byId.get(id)?.name ?? id;
  const out: string[] = [];
  if (c.hedgedSources > 0) {
    const kinds = new Set(c.hedges.map((h) => h.kind));
    const what = kinds.has('cancelled') ? 'called off?' : kinds.has('planned') ? 'planned, not held?' : 'second-hand';
    out.push(`${c.hedgedSources === c.sources ? '' : `${c.hedgedSources} of ${c.sources} reports `}hedged (${what}): ${c.hedges.map((h) => `‘${h.words}’`).join(', ')}`);
  }
  if (c.resolved.length) out.push(`${c.named.length === 0 ? 'no party named' : 'not named'} in the text: ${c.resolved.map(name).join(', ')} (resolved by reference)`);
  out.push(c.files >= 2 ? `${c.sources} reports in ${c.files} files` : c.sources >= 2 ? `${c.sources} reports in 1 file` : '1 report');
  out.push(DATE_WORDS[c.date]);
  if (c.resolved.length === 0 && c.named.length) out.push('every party named');
  return out;
}

export const LEVEL_LABELS: Record<ConfidenceLevel, string> = {
  weak: 'Weak',
  fair: 'Fair',
  strong: 'Strong',
  confirmed: 'Confirmed',
};
