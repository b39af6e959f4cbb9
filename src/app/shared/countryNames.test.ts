import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from './countryNames';

// countryNames.ts is generated from world-countries so the bundle carries 5 KB, not
// the whole dataset. If this fails after upgrading the package, regenerate it with:
//   node -e "const c=require('world-countries');console.log(c.map(x=>[x.cca3,x.name.common]).sort().map(([k,v])=>'  '+k+': '+JSON.stringify(v)+',').join('\n'))"
// and paste the lines into COUNTRY_NAMES.
describe('COUNTRY_NAMES', () => {
  it('matches world-countries (cca3 → common name)', () => {
    // (Kosovo under "XKX", the code the extractor writes: see src/extract/countries.ts.)
    const expected = Object.fromEntries(countries.map((c) => [c.cca3 === 'UNK' ? 'XKX' : c.cca3, c.name.common]));
    expect(COUNTRY_NAMES).toEqual(expected);
  });
});
