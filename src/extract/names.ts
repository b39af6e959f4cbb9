// Name keys: the tokens and the phonetic key that make spelling, accent, hyphen and
// word-order variants of a person's name one person. Pure; shared by resolution and
// the table of known office holders (so neither imports the other).

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

/** Months that are also surnames ("Theresa May", "Brian August"): read as names after a given name, in persons and dates. */
export const SURNAME_MONTHS = ['May', 'June', 'April', 'August'] as const;

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const marks = (s: string): number => s.normalize('NFKD').length - fold(s).length;

/**
 * The form of a person's name to show, from the forms read and how often: the most frequent, counting spellings that
 * differ only in accents as one; of those, the one with the source's accents ("Pedro Sánchez", never "Pedro Sanchez"
 * because a wire copy dropped them), then the more frequent and the longer.
 */
export function canonicalName(forms: Record<string, number>): string | null {
  const byFold = new Map<string, number>();
  for (const [form, n] of Object.entries(forms)) byFold.set(fold(form), (byFold.get(fold(form)) ?? 0) + n);
  const ranked = Object.entries(forms).sort(([a, na], [b, nb]) =>
    byFold.get(fold(b))! - byFold.get(fold(a))! || b.length - a.length || (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0) || marks(b) - marks(a) || nb - na || (a < b ? -1 : 1));
  return ranked[0]?.[0] ?? null;
}
