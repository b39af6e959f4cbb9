// How entities and articles are named in the output: the source's spelling, one id per party, titles cut at a word.
import { describe, expect, it } from 'vitest';
import { splitArticles } from './articles';
import { canonicalName } from './names';
import { clip, extractGraph } from './pipeline';

describe('canonicalName', () => {
  it("keeps the source's accents when a copy dropped them, however the counts fall", () => {
    expect(canonicalName({ 'Pedro Sanchez': 3, 'Pedro Sánchez': 1 })).toBe('Pedro Sánchez');
    expect(canonicalName({ 'Luiz Inácio Lula da Silva': 1, 'Luiz Inacio Lula da Silva': 2 })).toBe('Luiz Inácio Lula da Silva');
  });
  it('otherwise the most frequent form, then the longer one', () => {
    expect(canonicalName({ 'Sergei Lavrov': 1, 'Sergey Lavrov': 4 })).toBe('Sergey Lavrov');
    expect(canonicalName({ 'Antony Blinken': 2, 'Antony J. Blinken': 2 })).toBe('Antony J. Blinken');
    expect(canonicalName({})).toBeNull();
  });
});

describe('clip', () => {
  it('ends a long title at a word, with an ellipsis', () => {
    const t = 'The establishment of ties between the Kingdom of Arvenia and the Federated Coastal Republics of the South';
    const c = clip(t, 60);
    expect(c.endsWith('…')).toBe(true);
    expect(c.length).toBeLessThanOrEqual(61);
    expect(t.startsWith(c.slice(0, -1))).toBe(true);
    expect(t[c.length - 1]).toBe(' ');
  });
  it('leaves a short text alone', () => expect(clip('Talks in Oslo', 60)).toBe('Talks in Oslo'));
});

describe('a section label under a headline', () => {
  const page = [
    "Secretary Ferrand's Meeting with Nigerian Foreign Minister Okonkwo",
    'READOUT',
    'OFFICE OF THE SPOKESPERSON',
    'March 3, 2024',
    '',
    'Secretary of State Lena Ferrand met with Nigerian Foreign Minister Chidi Okonkwo in Washington today. They discussed trade.',
  ].join('\n');

  it('is not taken as the headline', () => {
    const [a, ...rest] = splitArticles('readout.txt', page);
    expect(rest).toEqual([]);
    expect(a!.title).toBe("Secretary Ferrand's Meeting with Nigerian Foreign Minister Okonkwo");
  });
  it('an all-capitals headline that opens an article is still one', () => {
    const two = page + '\n\nPRESIDENT OF VALDORIA RECEIVES NEW ENVOYS\n\nPresident Ana Kessel of Valdoria received the new ambassador of Chile on Tuesday in the capital.';
    expect(splitArticles('two.txt', two).map((a) => a.title)).toEqual([
      "Secretary Ferrand's Meeting with Nigerian Foreign Minister Okonkwo",
      'PRESIDENT OF VALDORIA RECEIVES NEW ENVOYS',
    ]);
  });
});

describe('one entity per party across files', () => {
  const graph = extractGraph([
    { name: 'a.txt', text: 'Party talks in London\n\nOn 3 May 2024 a delegation of the Communist Party of China met leaders of the Progressive Workers’ Party of Chile (PWPC) in London. The talks were held at the party headquarters in the British capital.' },
    { name: 'b.txt', text: 'More party talks\n\nOn 9 June 2024 Vice Minister Sun Haiyan met a delegation of the Progressive Workers’ Party of Chile in Beijing. They discussed exchanges.' },
  ]);
  it('gives a party spelt out in one file and with its acronym in another a single id', () => {
    const parties = graph.entities.filter((e) => e.type === 'organisation' && e.name === 'Progressive Workers’ Party of Chile');
    expect(parties.map((e) => e.id)).toHaveLength(1);
  });
});
