// How corrections compare the words of a graph: names and quotes as a reader would
// match them, whatever the typography (curly quotes, runs of spaces, accents, case).

/** A quote as compared when placing a correction: NFC, straight quotes and dashes, single spaces. */
export function normQuote(quote: string): string {
  return quote
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name as compared: no accents, no case, no punctuation, single spaces ("Sergei  Lavrov." = "sergei lavrov"). */
export function normName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern finding `words` as whole words (not inside a longer word), case-insensitively. */
export function wordPattern(words: string): RegExp {
  const body = words.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Whether `text` names `words` as whole words. */
export function mentions(text: string, words: string): boolean {
  if (!words.trim()) return false;
  return wordPattern(words).test(text);
}

/**
 * Whether `text` names `alias` somewhere other than inside one of `others` (the longer
 * names it is part of): "Wang" alone, not the "Wang" of "Wang Yi".
 */
export function mentionsAlone(text: string, alias: string, others: readonly string[]): boolean {
  let rest = text;
  for (const o of [...others].sort((a, b) => b.length - a.length)) {
    if (o.trim() && normName(o) !== normName(alias)) rest = rest.replace(wordPattern(o), ' ');
  }
  return mentions(rest, alias);
}

/** A slug for a new entity's id, as the extractor writes them ("Sergey Lavrov" → "sergey-lavrov"). */
export function slugOf(name: string): string {
  return normName(name).replace(/ /g, '-') || 'unnamed';
}

/** The first `n` characters of a quote, for messages. */
export function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1).trimEnd()}…` : one;
}
