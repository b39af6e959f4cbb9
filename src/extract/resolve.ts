// Resolution: merges surface forms into one entity per real person. Within an
// article a surname or titled mention ("Xi", "Premier Li") resolves to the full
// name in scope; across articles and files, transliteration, hyphen, apostrophe,
// accent and word-order variants merge by a phonetic key.
import type { PersonMention } from './persons';
import { knownByOneName } from './leaders';
import { nameTokens, personKey } from './names';

export { nameTokens, personKey, phonetic } from './names';

export interface ResolvedMention extends PersonMention {
  /** personKey of the full name this mention refers to. */
  key: string;
  fullName: string;
}

/**
 * Distinct persons kept in scope across the articles of one file: the most recent `limit` first seen (a page
 * of thousands of articles resolves a surname among the people of its last few hundred, which also keeps every
 * article's look-up bounded). Insertion order is kept as a Map keeps it; only the oldest entry goes.
 */
export const SCOPE_LIMIT = 1000;
export class ResolutionScope extends Map<string, string> {
  constructor(readonly limit = SCOPE_LIMIT) { super(); }
  override set(key: string, value: string): this {
    if (!this.has(key) && this.size >= this.limit) this.delete(this.keys().next().value!);
    return super.set(key, value);
  }
}

/** Counts the candidates looked at, for tests that check resolution stays linear in the number of mentions. */
export interface ResolveMeter { steps: number }

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
const holdsAll = (mine: readonly string[], tokens: readonly string[]) => mine.every((t) => tokens.includes(t));

/**
 * Resolves an article's mentions in order. Full names (two or more tokens) stand for
 * themselves; single tokens resolve to the most recent full name containing that
 * token in the article, else in `scope` (earlier articles of the page); unresolved
 * single tokens are dropped. Two full names never merge here.
 *
 * Every look-up goes through an index by name token over the distinct names, so the
 * work grows with the number of mentions, not with its square (a page of one
 * sentence repeated 60,000 times holds two names).
 */
export function resolveMentions(mentions: PersonMention[], scope: Map<string, string> = new Map(), meter: ResolveMeter = { steps: 0 }): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const keyOf = new Map<string, string>();
  const key = (name: string) => { let k = keyOf.get(name); if (k === undefined) keyOf.set(name, (k = personKey(name))); return k; };
  // The rarest of a name's tokens picks the shortest candidate list from an index (any holder holds it too).
  const rarest = <T,>(index: Map<string, T[]>, toks: readonly string[]): T[] => {
    let best: T[] | undefined;
    for (const t of toks) { const l = index.get(t) ?? []; if (!best || l.length < best.length) best = l; }
    return best ?? [];
  };

  // An untitled full name counts only when the same person is named with a cue elsewhere in the article or page.
  // (Or when a cued name holds all of it: "Rodríguez Parrilla" after "Foreign Minister Bruno Rodríguez Parrilla".)
  const cuedNames = mentions.filter((m) => !m.weak && m.tokens.length >= 2).map((m) => m.name);
  const confirmed = new Set([...scope.keys(), ...cuedNames.map(key)]);
  const cuedByToken = new Map<string, string[][]>();
  const cuedSeen = new Set<string>();
  let anyCued = false;
  for (const n of [...scope.values(), ...cuedNames]) {
    if (cuedSeen.has(n)) continue;
    cuedSeen.add(n);
    const toks = nameTokens(n);
    if (toks.length) anyCued = true;
    for (const t of new Set(toks)) push(cuedByToken, t, toks);
  }
  const weakKept = new Map<string, boolean>();
  mentions = mentions.filter((m) => {
    if (!m.weak || confirmed.has(key(m.name))) return true;
    let kept = weakKept.get(m.name);
    if (kept === undefined) {
      const mine = nameTokens(m.name);
      if (!mine.length) kept = anyCued;
      else {
        const cands = rarest(cuedByToken, mine);
        meter.steps += cands.length;
        kept = cands.some((c) => c.length > mine.length && holdsAll(mine, c));
      }
      weakKept.set(m.name, kept);
    }
    return kept;
  });

  // The full names of the article, in order, and their distinct forms (name and token count) by first appearance.
  const full = mentions.filter((m) => m.tokens.length >= 2).map((m) => ({ ...m, keyTokens: nameTokens(m.name) }));
  const fullByToken = new Map<string, number[]>();
  const distinct: typeof full = [];
  const distinctByToken = new Map<string, number[]>();
  const distinctSeen = new Set<string>();
  let inOrder = true;
  full.forEach((f, i) => {
    if (i > 0 && f.start < full[i - 1]!.start) inOrder = false;
    for (const t of new Set(f.keyTokens)) push(fullByToken, t, i);
    const d = `${f.tokens.length}\u0000${f.name}`;
    if (distinctSeen.has(d)) return;
    distinctSeen.add(d);
    for (const t of new Set(f.keyTokens)) push(distinctByToken, t, distinct.length);
    distinct.push(f);
  });
  // A longer mention that contains this one ("Julius Maada Bio" vs "Maada Bio"): the first such, per form.
  const longerOf = new Map<string, (typeof full)[number] | null>();
  const longer = (m: PersonMention, mine: string[]) => {
    const d = `${m.tokens.length}\u0000${m.name}`;
    let hit = longerOf.get(d);
    if (hit === undefined) {
      const cands = mine.length ? rarest(distinctByToken, mine) : distinct.map((_, i) => i);
      meter.steps += cands.length;
      const i = cands.find((k) => distinct[k]!.tokens.length > m.tokens.length && holdsAll(mine, distinct[k]!.keyTokens));
      longerOf.set(d, (hit = i === undefined ? null : distinct[i]!));
    }
    return hit;
  };

  // Full names resolved so far: each distinct name with its tokens and the last time it was seen.
  const seenLast = new Map<string, { tokens: string[]; key: string; name: string; at: number }>();
  const seenByToken = new Map<string, string[]>();
  let clock = 0;
  // The scope's names by token, in the scope's order; the last that holds a token list, per list.
  const scopeEntries = [...scope];
  const scopeTokens = scopeEntries.map(([, n]) => nameTokens(n));
  const scopeByToken = new Map<string, number[]>();
  scopeTokens.forEach((toks, i) => { for (const t of new Set(toks)) push(scopeByToken, t, i); });
  const inScopeOf = new Map<string, [string, string] | null>();

  for (const m of mentions) {
    if (m.tokens.length >= 2) {
      const mine = nameTokens(m.name);
      const l = longer(m, mine);
      const name = l ? l.name : m.name;
      const k = key(name);
      let s = seenLast.get(name);
      if (!s) {
        seenLast.set(name, (s = { tokens: nameTokens(name), key: k, name, at: 0 }));
        for (const t of new Set(s.tokens)) push(seenByToken, t, name);
      }
      s.at = ++clock;
      out.push({ ...m, key: k, fullName: name });
      continue;
    }
    // A hyphenated surname is all its parts: "El-Sisi" is not "El-Shennawy".
    const toks = nameTokens(m.name);
    if (toks.length > 0) {
      // The most recent full name holding this token.
      let prior: { key: string; name: string; at: number } | undefined;
      const names = rarest(seenByToken, toks);
      meter.steps += names.length;
      for (const n of names) {
        const s = seenLast.get(n)!;
        if ((!prior || s.at > prior.at) && holdsAll(toks, s.tokens)) prior = s;
      }
      if (prior) { out.push({ ...m, key: prior.key, fullName: prior.name }); continue; }
      // The first full name after it that holds it.
      const list = rarest(fullByToken, toks);
      let from = 0;
      if (inOrder) {
        let lo = 0, hi = list.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (full[list[mid]!]!.start > m.start) hi = mid; else lo = mid + 1; }
        from = lo;
      }
      let later: (typeof full)[number] | undefined;
      for (let i = from; i < list.length && !later; i++) {
        meter.steps++;
        const f = full[list[i]!]!;
        if (f.start > m.start && holdsAll(toks, f.keyTokens)) later = f;
      }
      if (later) { out.push({ ...m, key: key(later.name), fullName: later.name }); continue; }
    }
    let inScope: [string, string] | null | undefined = null;
    if (toks.length > 0) {
      const tk = toks.join(' ');
      inScope = inScopeOf.get(tk);
      if (inScope === undefined) {
        const list = rarest(scopeByToken, toks);
        inScope = null;
        for (let i = list.length - 1; i >= 0 && !inScope; i--) {
          meter.steps++;
          if (holdsAll(toks, scopeTokens[list[i]!]!)) inScope = scopeEntries[list[i]!]!;
        }
        inScopeOf.set(tk, inScope);
      }
    }
    if (inScope && (m.titled || m.role)) { out.push({ ...m, key: inScope[0], fullName: inScope[1] }); continue; }
    // "President Biden", "Pope Francis": a titled single name of a known office holder.
    const known = m.titled && !inScope ? knownByOneName(m.name) : null;
    if (known) out.push({ ...m, key: personKey(known.name), fullName: known.name });
    // "King Abdullah", "Emir Tamim", "Pope Leo": monarchs and popes are named by title and one name; that is their name.
    else if (m.titled && !inScope && m.tokens.length === 1 && ONE_NAME_TITLE.test(m.role ?? '')) out.push({ ...m, key: personKey(m.name), fullName: m.name });
  }
  return out;
}

/** Titles that go with one name: a monarch's, a pope's. */
const ONE_NAME_TITLE = /\b(?:King|Queen|Emir|Amir|Sultan|Pope|Emperor|Empress|Grand Duke|Grand Duchess)$/;
