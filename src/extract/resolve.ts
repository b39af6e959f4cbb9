// Resolution: merges surface forms into one entity per real person. Within an
// article a surname or titled mention ("Xi", "Premier Li") resolves to the full
// name in scope; across articles and files, transliteration, hyphen, apostrophe,
// accent and word-order variants merge by a phonetic key.
import type { PersonMention } from './persons';
import { knownByOneName } from './leaders';

/** Lower-case, accent-free, apostrophe-free tokens with common transliteration variants folded. */
export function nameTokens(name: string): string[] {
  let hit = tokenCache.get(name);
  if (!hit) {
    if (tokenCache.size >= 100_000) tokenCache.clear();
    hit = computeNameTokens(name).map(flat);
    tokenCache.set(flat(name), hit);
  }
  return hit.slice();
}
/** nameTokens is called again and again for the same names in scope: memoised per process (callers get a copy). */
/** A flat copy: a substring would keep its whole file's text alive for as long as the cache holds it. */
const flat = (s: string): string => (' ' + s).slice(1);
const tokenCache = new Map<string, string[]>();

function computeNameTokens(name: string): string[] {
  return name
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/['’`]/g, '').replace(/[-‐]/g, ' ')
    .split(/\s+/).filter(Boolean)
    // "Antony J. Blinken" is "Antony Blinken": initials are not part of the key.
    .filter((t, i, all) => !(/^\p{L}\.$/u.test(t) && all.length > 2))
    .map(phonetic);
}

export function phonetic(t: string): string {
  return t.replace(/ph/g, 'f').replace(/th/g, 't').replace(/ck/g, 'k').replace(/(.)\1+/g, '$1').replace(/y$/, 'i').replace(/ou/g, 'u');
}

/** Key shared by variants of one name: "Stefanos Stefanou" = "Stephanos Stephanou", "Mbalula Fikile" = "Fikile Mbalula". */
export function personKey(name: string): string {
  const toks = nameTokens(name);
  // "Sassou N guesso" after apostrophe removal: glue stray one-letter tokens onto the next.
  const glued: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.length === 1 && i + 1 < toks.length) { toks[i + 1] = t + toks[i + 1]; continue; }
    glued.push(t);
  }
  return [...glued].sort().join(' ');
}

export interface ResolvedMention extends PersonMention {
  /** personKey of the full name this mention refers to. */
  key: string;
  fullName: string;
}

/**
 * Resolves an article's mentions in order. Full names (two or more tokens) stand for
 * themselves; single tokens resolve to the most recent full name containing that
 * token in the article, else in `scope` (earlier articles of the page); unresolved
 * single tokens are dropped. Two full names never merge here.
 */
export function resolveMentions(mentions: PersonMention[], scope: Map<string, string> = new Map()): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const seen: Array<{ tokens: string[]; key: string; name: string }> = [];
  // An untitled full name counts only when the same person is named with a cue elsewhere in the article or page.
  // (Or when a cued name holds all of it: "Rodríguez Parrilla" after "Foreign Minister Bruno Rodríguez Parrilla".)
  const cuedNames = mentions.filter((m) => !m.weak && m.tokens.length >= 2).map((m) => m.name);
  const confirmed = new Set([...scope.keys(), ...cuedNames.map(personKey)]);
  const cued = [...scope.values(), ...cuedNames].map(nameTokens);
  mentions = mentions.filter((m) => {
    if (!m.weak || confirmed.has(personKey(m.name))) return true;
    const mine = nameTokens(m.name);
    return cued.some((c) => c.length > mine.length && mine.every((t) => c.includes(t)));
  });
  const full = mentions.filter((m) => m.tokens.length >= 2).map((m) => ({ ...m, keyTokens: nameTokens(m.name) }));
  for (const m of mentions) {
    if (m.tokens.length >= 2) {
      const key = personKey(m.name);
      // A longer mention that contains this one ("Julius Maada Bio" vs "Maada Bio") wins.
      const mine = nameTokens(m.name);
      const longer = full.find((f) => f.tokens.length > m.tokens.length && mine.every((t) => f.keyTokens.includes(t)));
      const name = longer ? longer.name : m.name;
      const k = longer ? personKey(longer.name) : key;
      seen.push({ tokens: nameTokens(name), key: k, name });
      out.push({ ...m, key: k, fullName: name });
      continue;
    }
    // A hyphenated surname is all its parts: "El-Sisi" is not "El-Shennawy".
    const toks = nameTokens(m.name);
    const holds = (tokens: string[]) => toks.length > 0 && toks.every((t) => tokens.includes(t));
    // The most recent full name holding this token (a backward scan: no copies of `seen` per mention).
    let prior: (typeof seen)[number] | undefined;
    for (let k = seen.length - 1; k >= 0 && !prior; k--) if (holds(seen[k]!.tokens)) prior = seen[k];
    if (prior) { out.push({ ...m, key: prior.key, fullName: prior.name }); continue; }
    const later = full.find((f) => f.start > m.start && holds(f.keyTokens));
    if (later) { out.push({ ...m, key: personKey(later.name), fullName: later.name }); continue; }
    const inScope = [...scope].reverse().find(([, n]) => holds(nameTokens(n)));
    if (inScope && (m.titled || m.role)) { out.push({ ...m, key: inScope[0], fullName: inScope[1] }); continue; }
    // "President Biden", "Pope Francis": a titled single name of a known office holder.
    const known = m.titled && !inScope ? knownByOneName(m.name) : null;
    if (known) out.push({ ...m, key: personKey(known.name), fullName: known.name });
  }
  return out;
}
