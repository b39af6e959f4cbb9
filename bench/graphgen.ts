// A seeded synthetic graph document for rendering benchmarks: preferential
// attachment, so a few hubs gather most meetings as in real diplomatic news.
import type { Entity, GraphDocument, Meeting } from '../src/model';
import { MEETING_KINDS } from '../src/model';
import { mulberry32 } from '../src/export/random';

const code = (i: number) => String.fromCharCode(65 + (Math.floor(i / 676) % 26), 65 + (Math.floor(i / 26) % 26), 65 + (i % 26));

export function generateGraph(entityCount: number, meetingCount: number, seed = 42): GraphDocument {
  const rand = mulberry32(seed);
  const countries = Math.min(200, Math.max(2, Math.round(entityCount * 0.04)));
  const entities: Entity[] = [];
  for (let i = 0; i < entityCount; i++) {
    if (i < countries) {
      entities.push({ id: `country:${code(i)}`, type: 'country', name: `Country ${code(i)}`, aliases: [], country: code(i) });
    } else {
      const c = code(Math.floor(rand() * countries));
      const isOrg = rand() < 0.2;
      entities.push({
        id: `${isOrg ? 'organisation' : 'person'}:e${i}`,
        type: isOrg ? 'organisation' : 'person',
        name: `${isOrg ? 'Organisation' : 'Person'} ${i}`,
        aliases: [],
        country: c,
        role: isOrg ? null : 'Minister',
      });
    }
  }
  // Preferential attachment: each meeting picks an endpoint from the list of
  // past endpoints (probability proportional to degree) half of the time.
  const endpoints: number[] = [];
  const pick = () => (endpoints.length && rand() < 0.5 ? endpoints[Math.floor(rand() * endpoints.length)]! : Math.floor(rand() * entityCount));
  const meetings: Meeting[] = [];
  for (let i = 0; i < meetingCount; i++) {
    const a = pick();
    let b = pick();
    if (b === a) b = (a + 1 + Math.floor(rand() * (entityCount - 1))) % entityCount;
    endpoints.push(a, b);
    const ea = entities[a]!;
    const eb = entities[b]!;
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 5 * 365) * 86400000).toISOString().slice(0, 10);
    const quote = `${ea.name} met ${eb.name}.`;
    meetings.push({
      id: `m-${i}`,
      kind: MEETING_KINDS[Math.floor(rand() * MEETING_KINDS.length)]!,
      date: day,
      location: null,
      participants: [ea.id, eb.id],
      countries: [...new Set([ea.country!, eb.country!])].sort(),
      sources: [{ file: 'synthetic.txt', article: 'Synthetic', quote, start: 0, end: quote.length }],
    });
  }
  return { schemaVersion: 1, corpus: { files: 1, articles: meetingCount, bytes: 0 }, entities, meetings };
}
