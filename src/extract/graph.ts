// Assembles the GraphDocument: stable ids, stable order, no timestamps.
import type { Entity, GraphDocument, Meeting } from '../model';
import type { DraftMeeting } from './dedupe';

/** FNV-1a, 32-bit, as 8 hex digits: short stable ids. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function meetingId(m: DraftMeeting): string {
  return 'm-' + hash([m.kind, m.date ?? '', ...m.participants].join('|'));
}

export function assembleGraph(entities: Entity[], meetings: DraftMeeting[], corpus: { files: number; articles: number; bytes: number }): GraphDocument {
  const sortedMeetings = [...meetings].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.countries.join().localeCompare(b.countries.join()) || firstSource(a).localeCompare(firstSource(b)),
  );
  const used = new Set<string>();
  const out: Meeting[] = sortedMeetings.map((m) => {
    let id = meetingId(m);
    for (let k = 2; used.has(id); k++) id = meetingId(m) + '-' + k;
    used.add(id);
    return { id, kind: m.kind, date: m.date, ...(m.date && m.dateBasis ? { dateBasis: m.dateBasis } : {}), location: m.location, participants: m.participants, countries: m.countries, sources: m.sources };
  });
  return {
    schemaVersion: 2,
    corpus,
    entities: [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    meetings: out,
  };
}

const firstSource = (m: DraftMeeting) => {
  const s = m.sources[0];
  return s ? `${s.file}\u0000${String(s.start).padStart(10, '0')}` : '';
};
