// The fallback country of people the text gives no country: evidence of where they are
// beats the prior of what the article is about. Names and places are invented.
import { describe, expect, it } from 'vitest';
import { extractGraph } from './pipeline';

const countries = (text: string) =>
  Object.fromEntries(extractGraph([{ name: 'page.txt', text }], { nlp: false }).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.country]));

describe('fallback country of a person with no cue of their own', () => {
  const page = `Peru’s new mining law explained

On the eve of Peru’s elections, the Lima Times interviewed our co-editor Tom Baker about the mining law of Peru.
“Peru wants growth and Peru wants investment,” said Tom Baker, who has followed Peru for decades.

Embassy in Oslo hosts a round table on trade

On 3 March 2024, the embassy in Oslo held a round table on trade with Peru.
Speakers included Tom Baker and Ana Ruiz, Secretary of the Chile Solidarity Campaign.
`;

  it('takes the place of the event over the country the articles are about', () => {
    // Two mentions in an article about Peru, one at an event in Oslo: the event decides.
    expect(countries(page)['Tom Baker']).toBe('NOR');
  });

  it('does not take the cause a body campaigns for as its people’s country', () => {
    expect(countries(page)['Ana Ruiz']).toBe('NOR');
    expect(countries('Speakers included Ana Ruiz, Secretary of the Chile Solidarity Campaign, and a guest from Peru.')['Ana Ruiz']).not.toBe('CHL');
  });

  const perus = 'Peru’s week\n\nPeru, Peru and Peru: the news from Peru and from Peru.\n\n';

  it('does not place a leader of the past remembered at the event', () => {
    const text = perus + `Round table on Chile in Oslo

The round table on Chile, held in Oslo on 3 March 2024, remembered the past of Chile and the songs of Chile.
The friendship was forged by the historic leaders, President Luis Soto among them.
`;
    expect(countries(text)['Luis Soto']).toBe('CHL');
  });

  it('does not place foreigners honoured at the event', () => {
    const text = perus + `Foreign experts honoured in Oslo

Twenty foreign experts who live and work in Oslo were honoured for their work on Chile.
Our co-editor Tom Baker was among them and spoke about Chile, the mines of Chile and Chilean trade.
`;
    expect(countries(text)['Tom Baker']).toBe('CHL');
  });

  it('falls back to the article’s main country when nothing places the person', () => {
    const text = 'Peru’s mining law\n\nThe paper interviewed our co-editor Tom Baker. The law will help Peru grow, he said of Peru.\n';
    expect(countries(text)['Tom Baker']).toBe('PER');
  });

  it('reads a wire dateline, not the lead, for a datelined article', () => {
    // The dateline names where the reporter is; "in Oslo" in the lead does not place the official.
    const text = 'LIMA, March 3 (Andina) -- Foreign Minister Luis Soto met Ambassador Jan Berg in Oslo on Monday.\n';
    expect(countries(text)['Luis Soto']).toBe('PER');
  });
});

describe('whose country the text leaves unsaid', () => {
  it('a spokesperson speaks for the seat of government beside them, else for the readout\'s principal, else is left unknown', () => {
    const readout = (spokes: string) => `Chilean Foreign Minister Luis Soto met with Peruvian Foreign Minister Ana Quispe today in Santiago.\n\n${spokes}\n`;
    expect(countries(readout('Spokesperson Marta Diaz said the ministers discussed trade and energy.'))['Marta Diaz']).toBe('CHL');
    expect(countries(readout('Kremlin Press Secretary Ivan Orlov told reporters the talks with Peru went well.'))['Ivan Orlov']).toBe('RUS');
    expect(countries('Spokesperson Marta Diaz said the report on Peru was welcome.\n')['Marta Diaz']).toBeNull();
  });

  it('the officials met on a visit are the visited country\'s, not the dateline\'s', () => {
    const text = 'LIMA, May 18, 2024 — Peruvian Foreign Minister Ana Quispe paid an official visit to Chile from May 16-17.\n\nDuring the visit, she held meetings with Senate President Luis Soto and Interior Minister Jorge Vera.\n';
    const c = countries(text);
    expect([c['Luis Soto'], c['Jorge Vera'], c['Ana Quispe']]).toEqual(['CHL', 'CHL', 'PER']);
    // A tour of several countries, and a headline, place no one by themselves.
    const tour = 'Quispe tours Chile and Bolivia\n\nLIMA, May 18, 2024 — Peruvian Foreign Minister Ana Quispe recently visited Chile, Bolivia and Ecuador.\n\nOn May 12, she met with party leader Luis Soto.\n';
    expect(countries(tour)['Luis Soto']).not.toBe('CHL');
        // The guest of a host named as such is not of the host's dateline.
    expect(countries('LIMA, Peru, Jun 25 – President Luis Soto has held talks with his host President Ana Quispe of Peru.\n')['Luis Soto']).not.toBe('PER');
        // A city before a colon opens the lead like a dateline: "Lima: Foreign Minister X ...".
    expect(countries('Lima: Ana Quispe, Foreign Minister, on Wednesday held a virtual meeting with Luis Soto, Chile’s Minister of Energy.\n')['Ana Quispe']).toBe('PER');
        // Only those met: a king named later as the one to visit next is not placed by it.
    expect(countries(text + '\nShe said that King Felipe V will make a state visit to Peru next year.\n')['Felipe V']).not.toBe('CHL');
  });
});
