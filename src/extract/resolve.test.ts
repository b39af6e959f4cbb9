// Resolution stays linear in the number of mentions (a page of one sentence repeated
// tens of thousands of times used to take minutes here), and its indexed look-ups
// give exactly what the plain scans they replace gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownByOneName } from './leaders';
import type { PersonMention } from './persons';
import { nameTokens, personKey, ResolutionScope, resolveMentions, type ResolvedMention, type ResolveMeter } from './resolve';

const mention = (name: string, start: number, extra: Partial<PersonMention> = {}): PersonMention => ({
  name, tokens: name.split(/\s+/), start, end: start + name.length, role: null, country: null, countryFrom: null, titled: false, orgs: [], ...extra,
});

/** The resolution as first written: a scan of every earlier name per mention (quadratic), kept as the reference. */
function reference(mentions: PersonMention[], scope: Map<string, string> = new Map()): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const seen: Array<{ tokens: string[]; key: string; name: string }> = [];
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
      const mine = nameTokens(m.name);
      const longer = full.find((f) => f.tokens.length > m.tokens.length && mine.every((t) => f.keyTokens.includes(t)));
      const name = longer ? longer.name : m.name;
      const k = personKey(name);
      seen.push({ tokens: nameTokens(name), key: k, name });
      out.push({ ...m, key: k, fullName: name });
      continue;
    }
    const toks = nameTokens(m.name);
    const holds = (tokens: string[]) => toks.length > 0 && toks.every((t) => tokens.includes(t));
    let prior: (typeof seen)[number] | undefined;
    for (let k = seen.length - 1; k >= 0 && !prior; k--) if (holds(seen[k]!.tokens)) prior = seen[k];
    if (prior) { out.push({ ...m, key: prior.key, fullName: prior.name }); continue; }
    const later = full.find((f) => f.start > m.start && holds(f.keyTokens));
    if (later) { out.push({ ...m, key: personKey(later.name), fullName: later.name }); continue; }
    const inScope = [...scope].reverse().find(([, n]) => holds(nameTokens(n)));
    if (inScope && (m.titled || m.role)) { out.push({ ...m, key: inScope[0], fullName: inScope[1] }); continue; }
    const known = m.titled && !inScope ? knownByOneName(m.name) : null;
    if (known) out.push({ ...m, key: personKey(known.name), fullName: known.name });
  }
  return out;
}

describe('resolveMentions', () => {
  it('does work linear in the number of mentions on a sentence repeated thousands of times', () => {
    const page = (n: number) => Array.from({ length: n }, (_, i) => [
      mention('Ivo Marek', i * 40), mention('Lena Sorvik', i * 40 + 15), mention('Marek', i * 40 + 30, { titled: true }),
    ]).flat();
    const steps = (n: number) => { const meter: ResolveMeter = { steps: 0 }; resolveMentions(page(n), new Map(), meter); return meter.steps; };
    const [small, large] = [steps(1000), steps(8000)];
    expect(small).toBeGreaterThan(0);
    // Eight times the mentions, at most about eight times the work (the old scans did 64 times).
    expect(large / small).toBeLessThan(9);
    const r = resolveMentions(page(3));
    expect(r.map((m) => m.fullName)).toEqual(['Ivo Marek', 'Lena Sorvik', 'Ivo Marek', 'Ivo Marek', 'Lena Sorvik', 'Ivo Marek', 'Ivo Marek', 'Lena Sorvik', 'Ivo Marek']);
  });

  it('gives what the plain scans gave, on generated articles', () => {
    const names = ['Ivo Marek', 'Ana Marek', 'Marek', 'Ivo', 'Lena Sorvik', 'Sorvik', 'Lena Ana Sorvik', 'Omar El-Kady', 'El-Kady', 'Kady', 'Biden', 'Ivo Ana Marek'];
    const item = fc.record({ name: fc.constantFrom(...names), titled: fc.boolean(), weak: fc.boolean(), role: fc.constantFrom(null, 'Minister') });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.array(fc.constantFrom(...names.filter((n) => n.includes(' '))), { maxLength: 4 }), fc.boolean(), (items, scopeNames, shuffled) => {
        const ms = items.map((x, i) => mention(x.name, (shuffled ? (i * 7) % 31 : i) * 20, { titled: x.titled, weak: x.weak && x.name.includes(' '), role: x.role }));
        const scope = new Map(scopeNames.map((n) => [personKey(n), n] as const));
        expect(resolveMentions(ms, scope)).toEqual(reference(ms, scope));
      }),
      { numRuns: 300 },
    );
  });
});

describe('ResolutionScope', () => {
  it('keeps the most recent people first seen, up to its limit, in the order a Map keeps', () => {
    const s = new ResolutionScope(3);
    for (const n of ['a', 'b', 'c', 'b', 'd']) s.set(n, n.toUpperCase());
    expect([...s.keys()]).toEqual(['b', 'c', 'd']);
    s.set('c', 'C2');
    expect([...s]).toEqual([['b', 'B'], ['c', 'C2'], ['d', 'D']]);
  });
});
