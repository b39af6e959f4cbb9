import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../model';
import { extractGraph, type InputFile } from './pipeline';

const dir = path.resolve(__dirname, '../../seeds');
const seeds: InputFile[] = fs.existsSync(dir)
  ? fs.readdirSync(dir).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }))
  : [];

describe.skipIf(seeds.length === 0)('pipeline on seeds/', () => {
  const graph = extractGraph(seeds);

  it('produces a graph that validates with parseGraph', () => {
    const r = parseGraph(JSON.parse(JSON.stringify(graph)));
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(graph.meetings.length).toBeGreaterThan(10);
    expect(graph.entities.some((e) => e.type === 'person')).toBe(true);
  });

  it('quotes are exact slices of the input files', () => {
    const byName = new Map(seeds.map((f) => [f.name, f.text]));
    for (const m of graph.meetings) for (const s of m.sources) expect(byName.get(s.file)!.slice(s.start, s.end)).toBe(s.quote);
  });

  it('is deterministic: same input, identical output', () => {
    expect(JSON.stringify(extractGraph(seeds))).toBe(JSON.stringify(graph));
  });

  it('gives every meeting at least two sides', () => {
    for (const m of graph.meetings) expect(new Set(m.countries).size).toBeGreaterThanOrEqual(2);
  });
});

describe('extractGraph on small hand-written pages', () => {
  const page = [
    'Minister meets visiting delegation from Atlantis party',
    '',
    'HANOI, March 3 (Xinhua) — Vietnamese Foreign Minister Tran Van Hoa met with Norwegian State Secretary Ingrid Solberg in Hanoi on Tuesday.',
    '',
    'Tran said the two countries enjoy a long friendship. Solberg said Norway values the ties.',
    '',
    'Continue reading Minister meets visiting delegation',
  ].join('\n');

  it('finds the meeting, its date from the dateline weekday, place and sides', () => {
    const g = extractGraph([{ name: 'page.txt', text: page + '\nIt was reported on March 3, 2021.' }]);
    expect(g.meetings).toHaveLength(1);
    const m = g.meetings[0]!;
    expect(m.countries).toEqual(['NOR', 'VNM']);
    expect(m.date).toBe('2021-03-02');
    expect(m.location).toBe('Hanoi');
  });

  it('survives an empty or binary-looking file', () => {
    const g = extractGraph([{ name: 'a.txt', text: '' }, { name: 'b.txt', text: '\u0000\u0001garbage' }]);
    expect(parseGraph(g).ok).toBe(true);
  });
});

describe('headlines are meeting sentences', () => {
  it('a digest headline whose body is cut off still gives its meeting, dated by the article', () => {
    const page = [
      'Foreign Minister Tran Van Hoa Meets Norwegian State Secretary Ingrid Solberg',
      '',
      'HANOI, March 3, 2021 (VNA) — The two sides discussed trade and',
      '',
      'Continue reading',
    ].join('\n');
    const g = extractGraph([{ name: 'digest.txt', text: page }]);
    expect(g.meetings.map((m) => [m.countries.join('-'), m.date, m.sources[0]!.quote])).toEqual([
      ['NOR-VNM', '2021-03-03', 'Foreign Minister Tran Van Hoa Meets Norwegian State Secretary Ingrid Solberg'],
    ]);
  });

  it('the headline and the body report one meeting, dated by the body that names the day', () => {
    const page = [
      'Hoa Meets Solberg',
      '',
      'HANOI, March 3, 2021 (VNA) — Vietnamese Foreign Minister Tran Van Hoa met with Norwegian State Secretary Ingrid Solberg in Hanoi on Tuesday.',
    ].join('\n');
    const g = extractGraph([{ name: 'story.txt', text: page }]);
    expect(g.meetings).toHaveLength(1);
    expect(g.meetings[0]!.date).toBe('2021-03-02');
    expect(g.meetings[0]!.sources).toHaveLength(2);
  });

  it('capitals in a headline are not names: only the body\'s people and titled names count', () => {
    const g = extractGraph([{ name: 'h.txt', text: 'Minister Holds Talks With Visiting Delegation\n\nThe talks covered trade.\n' }]);
    expect(g.entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(g.meetings).toEqual([]);
  });
});

describe('the two sides referred to without names', () => {
  const page = (line: string) => [
    'Ministers of Peru and Chile meet in Lima',
    '',
    'LIMA, March 3, 2021 — Peruvian Foreign Minister Ana Quispe received Chilean Foreign Minister Luis Soto at the Torre Tagle Palace.',
    '',
    'Quispe thanked Soto for the visit. Soto said Chile values the ties with Peru.',
    '',
    line,
  ].join('\n');

  it('"the two ministers held talks" and "their meeting" are the article\'s two principals', () => {
    for (const line of ['On the following day the two ministers held talks on trade.', 'After their second meeting on March 5, a statement was issued.']) {
      const g = extractGraph([{ name: 'p.txt', text: page(line) }]);
      const later = g.meetings.filter((m) => m.sources.some((s) => s.quote === line));
      expect(later.map((m) => [m.countries.join('-'), [...m.participants].sort().join(' ')])).toEqual([['CHL-PER', 'person:ana-quispe person:luis-soto']]);
    }
  });

  it('with only one side named so far there is no pair to refer to', () => {
    const g = extractGraph([{ name: 'q.txt', text: 'Peruvian Foreign Minister Ana Quispe spoke at the forum.\n\nThe two sides held talks later.\n' }]);
    expect(g.meetings).toEqual([]);
  });
});

describe('more ways a meeting is told', () => {
  const meetings = (text: string) => extractGraph([{ name: 'a.txt', text }]).meetings.map((m) => `${m.kind} ${m.countries.join('-')}`);
  it.each([
    ['LIMA, March 3, 2021 — Chilean Foreign Minister Luis Soto was greeted at the airport by Peruvian Foreign Minister Ana Quispe.', ['meeting CHL-PER']],
    ['LIMA, March 3, 2021 — Peruvian Foreign Minister Ana Quispe was in discussion with Chilean Foreign Minister Luis Soto for an hour.', ['meeting CHL-PER']],
    ['LIMA, March 3, 2021 — Deputy Prime Minister Ana Quispe and visiting Minister for Foreign Affairs of Japan, Tanaka Yumi, held talks.', ['talks JPN-PER']],
    // two events in one sentence: the visit, and the meeting held with someone of a third country
    ['In Lima, Chinese Premier Zhou Ming kept to a tight schedule, paying a state visit to Peru and holding bilateral meetings, including one with Chilean President Luis Soto.', ['meeting CHL-CHN', 'visit CHN-PER']],
        // a title alone is the one of the article who holds it
    ['LIMA, March 3, 2021 — Chilean President Luis Soto arrived in Lima on Monday. Peruvian Foreign Minister Ana Quispe met with the President at the palace.', ['meeting CHL-PER']],
        // a list announced by its number, then named in the next sentence
    ['LIMA, March 3, 2021 — Chilean President Luis Soto met Peruvian President Ana Quispe. President Soto has also held talks with two other ministers. No details were given about those meetings - with Interior Minister Jorge Vera and Baroness Rosa Diaz, Minister of Peru.', ['talks CHL-PER', 'talks CHL-PER', 'meeting CHL-PER']],
        // "the negotiations between A and B" are A's and B's, not the speaker's; "the leaders" are those two, not the spokesman
    ['LIMA, March 21, 2023 — Presidential spokesman Marco Rossi said on Tuesday, commenting on the negotiations between Peruvian President Ana Quispe and Chilean President Luis Soto, that the talks went well.\n\nThe leaders held an informal meeting on Monday as part of Soto\'s state visit to Peru.', ['talks CHL-PER']],
        // "by meeting his Indian counterpart X"
    ['LIMA, March 3, 2021 — Chilean Foreign Minister Luis Soto began his visit by meeting his Peruvian counterpart Ana Quispe.', ['meeting CHL-PER']],
        // a meeting verb between two people before the trigger makes the second its object
    ['LIMA, Jan. 10, 2025 — Earlier this week, Chilean Foreign Minister Luis Soto visited Lima on Jan. 7, meeting Peruvian President Ana Quispe and holding a foreign ministers’ meeting with Peruvian Foreign Minister Jorge Vera.', ['meeting CHL-PER', 'meeting CHL-PER']],
    // a photo caption: two people shaking hands at a meeting
    ['Peruvian Foreign Minister Ana Quispe, right, and her Chilean counterpart Luis Soto shake hands at a meeting held on the sidelines of the summit in Lima on Nov. 15, 2024.', ['meeting CHL-PER']],
        // false positive: a meeting among one country's officials
    ['LIMA, March 3, 2021 — Peruvian Foreign Minister Ana Quispe was received by Peruvian President Jorge Vera.', []],
  ])('%s', (text, expected) => {
    expect(meetings(text)).toEqual(expected);
  });
});

it('the first visit since a year is this visit, dated by the report; a meeting the two "last" had is another', () => {
  const text = 'BERLIN, Aug 18, 2018 — German Chancellor Anna Weber has received Chilean President Luis Soto on his first visit to Germany since 2014. The two leaders had last met in Santiago in May.';
  expect(extractGraph([{ name: 'a.txt', text }]).meetings.map((m) => `${m.countries.join('-')} ${m.date}`)).toEqual(['CHL-DEU 2018-05', 'CHL-DEU 2018-08-18']);
});
