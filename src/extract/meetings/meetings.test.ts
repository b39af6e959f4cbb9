// The meeting stages through the whole pipeline, on invented paragraphs: which pairs of parties meet, with the false
// positives beside the true cases. Each case is one mechanism (a trigger form, a reference, a list), not a source.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../pipeline';

/** The meetings of one invented article as sorted "a + b" participant pairs. */
function pairs(...paragraphs: string[]): string[] {
  const text = '---\npublished: 2024-05-06\n---\nA headline that reports nothing at all\n\n' + paragraphs.join('\n\n');
  const g = extractGraph([{ name: 'case.txt', text }]);
  return g.meetings.map((m) => m.participants.map((p) => p.replace(/^\w+:/, '')).join(' + ')).sort();
}

describe('trigger forms', () => {
  it.each([
    ['a meal with someone', ['Ruto also had a private dinner with Nigerian President Bola Tinubu on Tuesday.'], ['bola-tinubu + william-ruto']],
    ['"discussed X with" a named person', ['Foreign Minister Ana Ruiz of Chile on Monday discussed bilateral cooperation with Bulgarian Speaker Ivan Petrov.'], ['ana-ruiz + ivan-petrov']],
    ['"talked with" named envoys, one meeting each', ['President Ana Vidal of Chile talked with Ambassador of Indonesia Budi Santoso and Ambassador of Egypt Omar Farouk.'], ['ana-vidal + budi-santoso', 'ana-vidal + omar-farouk']],
    ['"welcomed" the chair of a body, named after the title', ["Chilean President Marta Vidal welcomed Chair of Peru's Council of Ministers Luis Paredes in Santiago on May 2."], ['luis-paredes + marta-vidal']],
    // false positives beside them
    ['a dinner given, not shared', ['Chilean President Marta Vidal gave a speech before a dinner in Santiago.'], []],
    ['"talked to reporters"', ['Chilean President Marta Vidal talked to reporters about Peru.'], []],
    ['"discussed with" nobody named', ['The plan was discussed with officials from Peru and Chile.'], []],
    ['counterparts listed with no one to meet them', ['Several guests met with Ambassador of Indonesia Budi Santoso and Ambassador of Egypt Omar Farouk.'], []],
  ])('%s', (_, paragraphs, expected) => {
    expect(pairs('Kenyan President William Ruto arrived in Nairobi.', ...paragraphs)).toEqual(expected);
  });
});

describe('subjects by reference', () => {
  it('"The president" in lower case is the article\'s subject', () => {
    expect(pairs('President Ana Vidal of Chile received the new ambassadors on Monday.', 'The president talked with Ambassador of Indonesia Budi Santoso.'))
      .toEqual(['ana-vidal + budi-santoso']);
  });
  it('"The President first met" takes the adverb "first"', () => {
    expect(pairs('Kenyan President William Ruto attended the ceremony in Nairobi on Monday.', 'The President first met Chinese special envoy Li Wenhai at the stadium.'))
      .toEqual(['li-wenhai + william-ruto']);
  });
  it('"…, the German Foreign Minister paid a courtesy call on" is the German side of the article', () => {
    expect(pairs(
      'Swiss Foreign Minister Anna Keller received German Foreign Minister Jonas Weber in Bern on Thursday.',
      'Before the working meeting began, the German Foreign Minister paid a courtesy call on Swiss President Peter Brunner.',
    )).toEqual(['anna-keller + jonas-weber', 'jonas-weber + peter-brunner']);
  });
  it('"The Bulgarian official, who arrived …, also met" is the Bulgarian side', () => {
    expect(pairs(
      'Foreign Minister Ana Ruiz of Chile on Monday discussed bilateral cooperation with Bulgarian Speaker Ivan Petrov.',
      'The Bulgarian official, who arrived in Chile on the weekend, also met with his Chilean counterpart Jorge Soto.',
    )).toEqual(['ana-ruiz + ivan-petrov', 'ivan-petrov + jorge-soto']);
  });
});

describe('lists and pairs', () => {
  const host = 'Brazilian President Marcos Ribeiro received Chilean President Ana Vidal on Monday.';
  it('"held two bilateral meetings: with A, and with B" is one meeting each', () => {
    expect(pairs(host, 'Also on Tuesday, Ribeiro held two other bilateral meetings: with the president of Peru, Luis Soto, and with the president of Bolivia, Juan Mamani.'))
      .toEqual(['ana-vidal + marcos-ribeiro', 'juan-mamani + marcos-ribeiro', 'luis-soto + marcos-ribeiro']);
  });
  it('a named counterpart and counterparts "from A and B" are one bilateral each, unless they met jointly', () => {
    const ruiz = 'Chilean Foreign Minister Ana Ruiz';
    expect(pairs(`${ruiz} held talks with US Secretary of State John Hale, as well as with her counterparts from Peru and Bolivia.`))
      .toEqual(['BOL + ana-ruiz', 'PER + ana-ruiz', 'ana-ruiz + john-hale']);
    expect(pairs(`${ruiz} met jointly with the foreign ministers of Peru and Bolivia.`)).toEqual(['BOL + PER + ana-ruiz']);
  });
  it('a count of meetings with no one named is no meeting', () => {
    expect(pairs(host, 'Ribeiro held three meetings in Brasilia last week.')).toEqual(['ana-vidal + marcos-ribeiro']);
  });
  it('"a meeting between the presidents of A and B" is theirs, not the speaker\'s', () => {
    expect(pairs(host, 'Vidal also said that the trade issue had been discussed at a meeting between the presidents of the United States and Russia in Hamburg.'))
      .toEqual(['RUS + USA', 'ana-vidal + marcos-ribeiro']);
  });
});

describe('monarchs, messengers and datelines', () => {
  it('"King Farid of Jordan" is a person of Jordan, and "the King" later is him', () => {
    expect(pairs(
      'King Farid of Jordan on Wednesday received Saudi Minister of State Ahmed Kattan at the palace.',
      'Also on Wednesday, the King received Deputy Prime Minister of Qatar Khalid Al Attiyah.',
    )).toEqual(['ahmed-kattan + farid', 'farid + khalid-al-attiyah']);
  });
  it('an envoy who delivers a letter is met; a letter received is not a meeting', () => {
    expect(pairs('King Farid of Jordan on Wednesday received Saudi Minister of State Ahmed Kattan, who delivered a letter from King Omar.')).toEqual(['ahmed-kattan + farid']);
    expect(pairs('King Farid of Jordan on Wednesday received a letter from Saudi Minister of State Ahmed Kattan.')).toEqual([]);
  });
  it('a dateline with a city and no date places the host', () => {
    expect(pairs('AMMAN — His Majesty King Farid on Wednesday received Saudi Minister of State Ahmed Kattan at the palace.')).toEqual(['ahmed-kattan + farid']);
  });
});

describe('dates of lead meetings', () => {
  const dated = (text: string) => extractGraph([{ name: 'd.txt', text: `---\npublished: 2024-05-06\n---\n${text}` }]).meetings.map((m) => m.date);
  it('"recently" about another act does not move the lead call off the report\'s day', () => {
    expect(dated('SANTIAGO - Chilean President Ana Vidal received a phone call from Peruvian President Luis Soto, to discuss ties in view of the accord the two countries recently signed. The agency reported it.')).toEqual(['2024-05-06']);
  });
  it('"recently met" still points elsewhere in time', () => {
    expect(dated('SANTIAGO - Chilean President Ana Vidal recently met Peruvian President Luis Soto in Lima. The agency reported it.')).not.toContain('2024-05-06');
  });
});

describe('captions', () => {
  it('a sentence with a photo credit after it is body text, not a headline, and the credit is nobody', () => {
    expect(pairs('Chilean President Ana Vidal met Peruvian President Luis Soto in Lima.  Image Credit: Stuff')).toEqual(['ana-vidal + luis-soto']);
  });
});
