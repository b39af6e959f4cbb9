// An analyst's corrections: small records, each saying what to change (op), on what
// (target: a stable id plus the quote and file that report it, so the correction can
// be placed again when a re-extraction changed the ids), the new value, when, and an
// optional note. The extracted graph is never edited in place: src/review/apply.ts
// applies the list over it, in order, as a pure function. The same file travels
// between the explorer (export/import) and the CLI (`npm run extract -- --corrections`).
import { z } from 'zod';
import { countryCode, entityIdSchema, entityTypeSchema, isoDate, meetingKindSchema } from './graph';

export const CORRECTIONS_FORMAT = 'diplograph-corrections' as const;
export const CORRECTIONS_VERSION = 1 as const;

const text = z.string().max(100_000);
const short = z.string().trim().min(1).max(500);

/** A meeting, by its id and by the first sentence that reports it (placed again by quote and file when the id changed). */
export const meetingRefSchema = z.object({
  id: z.string().min(1).max(200),
  file: text.min(1),
  quote: text.min(1),
  /** Where the quote was in the file: picks the nearest of several meetings reported by the same sentence. */
  start: z.number().int().nonnegative().optional(),
});

/** An entity, by its id, its name then, and a sentence in which it takes part (placed again by these when the id changed). */
export const entityRefSchema = z.object({
  id: entityIdSchema,
  type: entityTypeSchema,
  name: short,
  file: text.min(1).optional(),
  quote: text.min(1).optional(),
});

/** A participant to add: an entity of the graph, or (when none matches) a new one with this id, name, type and country. */
export const participantSchema = entityRefSchema.extend({ country: countryCode.nullable().optional() });

const record = {
  /** The correction's own id ("c-…"), for undo and reports. */
  id: z.string().regex(/^c-[0-9a-z-]{1,80}$/, 'expected "c-" and lower-case letters, digits or dashes'),
  /** When it was made (ISO 8601). */
  at: z.iso.datetime({ offset: true }),
  note: z.string().max(2000).optional(),
};

const onMeeting = { ...record, target: meetingRefSchema };
const onEntity = { ...record, target: entityRefSchema };

export const correctionSchema = z.discriminatedUnion('op', [
  /** Reviewed and kept as extracted. */
  z.object({ ...onMeeting, op: z.literal('confirm') }),
  /** Not a meeting (a plan, a rumour, a misreading): left out of the graph. */
  z.object({ ...onMeeting, op: z.literal('reject') }),
  z.object({ ...onMeeting, op: z.literal('set-kind'), value: meetingKindSchema }),
  z.object({ ...onMeeting, op: z.literal('set-date'), value: isoDate.nullable() }),
  z.object({ ...onMeeting, op: z.literal('set-place'), value: short.nullable() }),
  z.object({ ...onMeeting, op: z.literal('add-participant'), value: participantSchema }),
  z.object({ ...onMeeting, op: z.literal('remove-participant'), value: entityRefSchema }),
  z.object({ ...onEntity, op: z.literal('rename'), value: short }),
  z.object({ ...onEntity, op: z.literal('set-country'), value: countryCode.nullable() }),
  z.object({ ...onEntity, op: z.literal('set-type'), value: entityTypeSchema }),
  /** The target is the same entity as `value`: it is folded into it, its name and aliases kept as aliases. */
  z.object({ ...onEntity, op: z.literal('merge'), value: entityRefSchema }),
  /** One of the target's aliases is someone else: it becomes its own entity (id given), with the meetings that name it. */
  z.object({ ...onEntity, op: z.literal('split-alias'), value: z.object({ alias: short, id: entityIdSchema }) }),
]);

export const correctionsFileSchema = z.object({
  format: z.literal(CORRECTIONS_FORMAT, { error: `expected format "${CORRECTIONS_FORMAT}" (a file exported from diplograph's Review panel)` }),
  version: z.literal(CORRECTIONS_VERSION, { error: `this version of diplograph reads corrections version ${CORRECTIONS_VERSION}` }),
  corrections: z.array(correctionSchema).max(100_000),
});

export type MeetingRef = z.infer<typeof meetingRefSchema>;
export type EntityRef = z.infer<typeof entityRefSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionOp = Correction['op'];
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;
/** A correction as a view asks for it; apply.ts and the store give it an id and a time. */
export type CorrectionInput = Unstamped<Correction>;
type Unstamped<C> = C extends unknown ? Omit<C, 'id' | 'at'> : never;

export const MEETING_OPS = ['confirm', 'reject', 'set-kind', 'set-date', 'set-place', 'add-participant', 'remove-participant'] as const satisfies readonly CorrectionOp[];
export const ENTITY_OPS = ['rename', 'set-country', 'set-type', 'merge', 'split-alias'] as const satisfies readonly CorrectionOp[];

export type CorrectionsParse = { ok: true; corrections: Correction[] } | { ok: false; errors: string[] };

/** Validates a corrections file (parsed JSON); errors name the field (`corrections[3].value: …`). */
export function parseCorrections(value: unknown): CorrectionsParse {
  const result = correctionsFileSchema.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.slice(0, 20).map((i) => `${i.path.length ? i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? String(p) : `.${String(p)}`)).join('') : '(file)'}: ${i.message}`),
    };
  }
  const seen = new Set<string>();
  for (const [i, c] of result.data.corrections.entries()) {
    if (seen.has(c.id)) return { ok: false, errors: [`corrections[${i}].id: duplicate correction id "${c.id}"`] };
    seen.add(c.id);
  }
  return { ok: true, corrections: result.data.corrections };
}

/** The file a list of corrections is exported as: parseCorrections reads it back. */
export function correctionsFile(corrections: readonly Correction[]): CorrectionsFile {
  return { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, corrections: [...corrections] };
}
