// Countries written as a list or a pair around a trigger: "the leaders of A and B", "visited A, B and C",
// "between A and B". Offsets are relative to the sentence.
import type { CountryMatch } from '../countries';

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
