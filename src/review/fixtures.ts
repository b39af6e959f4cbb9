// A small hand-written graph for the review tests: two files, four meetings, one
// person under two spellings (person:sergey-lavrov and person:s-lavrov).
import type { Entity, GraphDocument, Meeting } from '../model';

export const Q1 = 'Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing on 3 March 2024.';
export const Q2 = 'S. Lavrov reportedly met Kenyan Prime Cabinet Secretary Musalia Mudavadi on 10 March.';
export const Q3 = 'Wang Yi spoke by phone with Musalia Mudavadi in April 2024.';
export const Q4 = 'Lavrov met Mudavadi in Moscow on 10 March 2024.';
export const Q5 = 'Wang met the Kenyan secretary in Nairobi in May 2024.';

const person = (id: string, name: string, country: string, aliases: string[] = []): Entity => ({ id: `person:${id}`, type: 'person', name, aliases, country });
const country = (code: string, name: string): Entity => ({ id: `country:${code}`, type: 'country', name, aliases: [], country: code });

export function reviewGraph(): GraphDocument {
  const meetings: Meeting[] = [
    {
      id: 'm-1',
      kind: 'talks',
      date: '2024-03-03',
      dateBasis: { how: 'stated', phrase: 'on 3 March 2024' },
      location: 'Beijing',
      participants: ['person:sergey-lavrov', 'person:wang-yi'],
      countries: ['CHN', 'RUS'],
      sources: [{ file: 'a.txt', article: 'Lavrov in Beijing', quote: Q1, start: 0, end: Q1.length }],
    },
    {
      id: 'm-2',
      kind: 'meeting',
      date: '2024-03-10',
      dateBasis: { how: 'inferred-year', phrase: 'on 10 March', anchor: '2024-03-12', anchorFrom: 'dateline' },
      location: null,
      participants: ['person:musalia-mudavadi', 'person:s-lavrov'],
      countries: ['KEN', 'RUS'],
      sources: [{ file: 'a.txt', article: 'Lavrov in Beijing', quote: Q2, start: 200, end: 200 + Q2.length }],
    },
    {
      id: 'm-3',
      kind: 'phone_call',
      date: '2024-04',
      dateBasis: { how: 'stated', phrase: 'in April 2024' },
      location: null,
      participants: ['person:musalia-mudavadi', 'person:wang-yi'],
      countries: ['CHN', 'KEN'],
      sources: [{ file: 'b.txt', article: 'Calls', quote: Q3, start: 0, end: Q3.length }],
    },
    {
      id: 'm-4',
      kind: 'meeting',
      date: '2024-03-10',
      dateBasis: { how: 'stated', phrase: 'on 10 March 2024' },
      location: 'Moscow',
      participants: ['person:musalia-mudavadi', 'person:sergey-lavrov'],
      countries: ['KEN', 'RUS'],
      sources: [{ file: 'b.txt', article: 'Calls', quote: Q4, start: 100, end: 100 + Q4.length }],
    },
    {
      id: 'm-5',
      kind: 'meeting',
      date: '2024-05',
      dateBasis: { how: 'stated', phrase: 'in May 2024' },
      location: 'Nairobi',
      participants: ['person:musalia-mudavadi', 'person:wang-yi'],
      countries: ['CHN', 'KEN'],
      sources: [{ file: 'b.txt', article: 'Calls', quote: Q5, start: 300, end: 300 + Q5.length }],
    },
  ];
  return {
    schemaVersion: 2,
    corpus: { files: 2, articles: 2, bytes: 1000 },
    entities: [
      country('CHN', 'China'),
      country('KEN', 'Kenya'),
      country('RUS', 'Russia'),
      person('musalia-mudavadi', 'Musalia Mudavadi', 'KEN', ['Mudavadi']),
      person('s-lavrov', 'S. Lavrov', 'RUS'),
      person('sergey-lavrov', 'Sergey Lavrov', 'RUS', ['Lavrov']),
      person('wang-yi', 'Wang Yi', 'CHN', ['Wang']),
    ],
    meetings,
  };
}

/**
 * The same text re-extracted after an edit near the top of each file: every offset moved,
 * and the ids of two meetings changed (their date or participants were read differently
 * elsewhere, so the hash changed), while their sentences stayed as they were.
 */
export function editedElsewhere(): GraphDocument {
  const g = reviewGraph();
  const shift = 57;
  for (const m of g.meetings) for (const s of m.sources) Object.assign(s, { start: s.start + shift, end: s.end + shift });
  g.meetings[0]!.id = 'm-1b';
  g.meetings[1]!.id = 'm-2b';
  return g;
}
