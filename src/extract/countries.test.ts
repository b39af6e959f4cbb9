// The gazetteer takes every country's names, not only those spelt in A-Z: a name
// that starts with Å or holds ô was never found, so its meetings were lost.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findCountries, gazetteer } from './countries';
import { processFile } from './worker';

const worldCountries = createRequire(import.meta.url)('world-countries') as Array<{ cca3: string; name: { common: string } }>;

describe('the gazetteer', () => {
  it('holds every country and territory by its common name, accents and all (only the three ambiguous ones need a title)', () => {
    const missing = worldCountries.map((c) => c.name.common).filter((n) => !gazetteer().forms.has(n));
    expect(missing).toEqual(['Georgia', 'Jordan', 'Chad']);
    const list = worldCountries.map((c) => c.name.common).join(', ');
    // (In a list beside other countries they are countries too.)
    expect(new Set(findCountries(list).map((c) => c.iso3)).size).toBe(worldCountries.length);
  });

  it('finds names written with letters beyond A-Z', () => {
    const text = 'Delegations of Côte d’Ivoire, Curaçao, the Åland Islands and România met in Geneva.';
    expect(findCountries(text).map((c) => [c.text, c.iso3])).toEqual([['Côte d’Ivoire', 'CIV'], ['Curaçao', 'CUW'], ['Åland Islands', 'ALA'], ['România', 'ROU']]);
  });

  it("keeps the meeting of a minister of Côte d'Ivoire (invented readout)", () => {
    const text = 'Foreign Minister Ivo Marek of Croatia met with Foreign Minister Kouame Yao of Côte d’Ivoire in Zagreb on March 3, 2021.\n';
    const o = processFile({ index: 0, path: 'civ.txt', name: 'civ.txt' }, () => new TextEncoder().encode(text));
    expect(o.result!.meetings.map((m) => m.countries)).toEqual([['CIV', 'HRV']]);
  });
});

describe('country names that are also given names', () => {
  it.each([
    ['King Farid of Jordan arrived', ['JOR']],
    ['ties between Jordan and Saudi Arabia', ['JOR', 'SAU']],
    ['Saudi Arabia and Jordan agreed', ['SAU', 'JOR']],
    ['Armenia, Georgia and Azerbaijan', ['ARM', 'GEO', 'AZE']],
    // a person's name beside a country stays a name
    ['Michael Jordan and Chile', ['CHL']],
    ['Chile and Jordan Smith met', ['CHL']],
    ['Jordan said he would come', []],
  ])('%s', (text, expected) => expect(findCountries(text).map((c) => c.iso3)).toEqual(expected));
});
