// Making corrections: the target references a view records (a stable id plus the
// sentence and file that report the target, so apply.ts can place it again after a
// re-extraction), and the stamp (id, time) every record carries.
import type { Correction, CorrectionInput, Entity, EntityRef, GraphDocument, Meeting, MeetingRef } from '../model';

/** A meeting as a correction names it: its id and its first report. */
export function meetingRef(m: Meeting): MeetingRef {
  const s = m.sources[0]!;
  return { id: m.id, file: s.file, quote: s.quote, start: s.start };
}

/** An entity as a correction names it: id, type, name, and the first report of a meeting it takes part in. */
export function entityRef(graph: GraphDocument | null, e: Entity): EntityRef {
  const m = graph?.meetings.find((x) => x.participants.includes(e.id));
  const s = m?.sources[0];
  return { id: e.id, type: e.type, name: e.name, ...(s ? { file: s.file, quote: s.quote } : {}) };
}

/** A correction id: the time in base 36 and a counter, unique within one list however fast corrections come. */
export function correctionId(at: Date, taken: ReadonlySet<string>): string {
  const base = `c-${at.getTime().toString(36)}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
}

/** The record for a correction made now. */
export function stamp(input: CorrectionInput, existing: readonly Correction[], at: Date = new Date()): Correction {
  const note = input.note?.trim();
  const { note: _note, ...rest } = input;
  return { ...rest, ...(note ? { note } : {}), id: correctionId(at, new Set(existing.map((c) => c.id))), at: at.toISOString() } as Correction;
}
