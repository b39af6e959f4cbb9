import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, MEETING_KINDS } from '../../model';
import { defaultView, type ShareableView } from '../store';
import { parseHash, toHash, viewFromHash } from './urlHash';

const defaults = defaultView();

describe('toHash', () => {
  it('is empty for the default view', () => {
    expect(toHash(defaults)).toBe('');
  });
  it('writes the documented, readable form', () => {
    const hash = toHash({ ...defaults, from: '2024-01-01', to: '2024-03-31', kinds: ['talks', 'meeting'], selectedId: 'country:CHN', countriesOnly: true });
    expect(hash).toBe('from=2024-01-01&to=2024-03-31&kinds=meeting,talks&countries=1&sel=country:CHN');
  });
  it('encodes what must be encoded', () => {
    const hash = toHash({ ...defaults, selectedId: 'person:a&b=c' });
    expect(viewFromHash(hash).selectedId).toBe('person:a&b=c');
  });
});

describe('parseHash', () => {
  it('reads a shared link', () => {
    expect(parseHash('#from=2024-01-01&to=2024-03-31&kinds=talks,meeting&sel=country:CHN&countries=1')).toEqual({
      from: '2024-01-01',
      to: '2024-03-31',
      kinds: ['meeting', 'talks'],
      selectedId: 'country:CHN',
      countriesOnly: true,
    });
  });
  it('reads the colouring', () => {
    expect(parseHash('#color=community')).toEqual({ colorBy: 'community' });
    expect(parseHash('#color=rainbow')).toEqual({});
  });
  it('reads the zoom: the layout point at the centre and the factor', () => {
    expect(parseHash('#zoom=1.6,-120.5,30')).toEqual({ camera: { k: 1.6, cx: -120.5, cy: 30 } });
    expect(parseHash('#zoom=400,0,0')).toEqual({});
  });
  it('keeps an explicitly empty kind list (everything unticked)', () => {
    expect(parseHash('kinds=')).toEqual({ kinds: [] });
  });
  it.each([
    ['', {}],
    ['#', {}],
    ['#%E0%A4%A', {}],
    ['from=2024-13-01&to=yesterday', {}],
    ['from=2023-02-30', {}],
    ['kinds=picnic,brunch', {}],
    ['kinds=talks,picnic', { kinds: ['talks'] }],
    ['types=alien', {}],
    ['sel=<img src=x onerror=alert(1)>', {}],
    ['sel=country:CHN&sel=country:USA', { selectedId: 'country:CHN' }],
    ['countries=yes', {}],
    ['from=2024-05-01&to=2024-01-01', { from: '2024-01-01', to: '2024-05-01' }],
    ['__proto__=1&constructor=2', {}],
  ])('ignores garbage safely: %s', (hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseHash(s)));
  });
});

describe('round trip', () => {
  const day = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const view: fc.Arbitrary<ShareableView> = fc
    .record({
      from: fc.option(day, { nil: null }),
      to: fc.option(day, { nil: null }),
      kinds: fc.subarray([...MEETING_KINDS]),
      types: fc.subarray([...ENTITY_TYPES]),
      countriesOnly: fc.boolean(),
      selectedId: fc.option(
        fc.tuple(fc.constantFrom(...ENTITY_TYPES), fc.string({ minLength: 1 }).filter((s) => !/\s/.test(s))).map(([t, s]) => `${t}:${s}`),
        { nil: null },
      ),
      selectedMeetingId: fc.option(fc.string({ minLength: 1 }).filter((s) => !/\s/.test(s)), { nil: null }),
      colorBy: fc.constantFrom('type' as const, 'community' as const),
      camera: fc.option(
        fc.record({
          cx: fc.integer({ min: -50000, max: 50000 }).map((n) => n / 10),
          cy: fc.integer({ min: -50000, max: 50000 }).map((n) => n / 10),
          k: fc.integer({ min: 20, max: 16000 }).map((n) => n / 1000),
        }),
        { nil: null },
      ),
    })
    .map((v) => (v.from && v.to && v.from > v.to ? { ...v, from: v.to, to: v.from } : v));

  it('viewFromHash(toHash(v)) is v', () => {
    fc.assert(
      fc.property(view, (v) => {
        expect(viewFromHash(toHash(v))).toEqual(v);
      }),
    );
  });
  it('toHash(viewFromHash(h)) is stable (canonical)', () => {
    fc.assert(
      fc.property(view, (v) => {
        const h = toHash(v);
        expect(toHash(viewFromHash(h))).toBe(h);
      }),
    );
  });
});
