// The one model of diplograph's data, shared by the extractor (which writes it)
// and the explorer (which reads it). The zod schema is the source of truth; the
// TypeScript types are inferred from it so the two can never drift apart.
// Contract: ../shared/eval/README.md (schemaVersion 1); fields beyond the
// contract are optional so a minimal contract-only document still loads.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const ENTITY_TYPES = ['country', 'person', 'organisation'] as const;
export const MEETING_KINDS = ['meeting', 'talks', 'phone_call', 'video_call', 'visit', 'summit'] as const;

/** ISO 3166-1 alpha-3, or "INT" for an international organisation's side. */
const countryCode = z.string().regex(/^([A-Z]{3})$/, 'expected an ISO 3166-1 alpha-3 code such as "CHN"');

/** ISO date at the precision the text supports: YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"');

const text = z.string().max(100_000);

export const entityTypeSchema = z.enum(ENTITY_TYPES);
export const meetingKindSchema = z.enum(MEETING_KINDS);

export const entitySchema = z.object({
  id: z.string().regex(/^(country|person|organisation):[^\s]+$/, 'expected "<type>:<slug>"'),
  type: entityTypeSchema,
  name: text.min(1),
  aliases: z.array(text),
  country: countryCode.nullable(),
  /** Most specific role or title seen, e.g. "Foreign Minister". */
  role: text.nullable().optional(),
  /** For persons: organisation entity ids they were seen acting for. */
  orgs: z.array(z.string()).optional(),
});

export const sourceSchema = z.object({
  file: text.min(1),
  article: text,
  quote: text.min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const meetingSchema = z.object({
  id: z.string().min(1),
  kind: meetingKindSchema,
  date: isoDate.nullable(),
  location: text.nullable(),
  participants: z.array(z.string()).min(1),
  countries: z.array(countryCode),
  sources: z.array(sourceSchema).min(1),
});

export const corpusSchema = z.object({
  files: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

export const graphSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    corpus: corpusSchema.optional(),
    entities: z.array(entitySchema),
    meetings: z.array(meetingSchema),
  })
  .superRefine((graph, ctx) => {
    // Every edge must point at a node: a dangling id would silently vanish from the map.
    const ids = new Set<string>();
    graph.entities.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate entity id "${e.id}"` });
      ids.add(e.id);
    });
    graph.meetings.forEach((m, i) => {
      m.participants.forEach((p, j) => {
        if (!ids.has(p)) ctx.addIssue({ code: 'custom', path: ['meetings', i, 'participants', j], message: `unknown entity "${p}"` });
      });
      m.sources.forEach((s, j) => {
        if (s.end < s.start) ctx.addIssue({ code: 'custom', path: ['meetings', i, 'sources', j, 'end'], message: 'end is before start' });
      });
    });
  });

export type EntityType = z.infer<typeof entityTypeSchema>;
export type MeetingKind = z.infer<typeof meetingKindSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Corpus = z.infer<typeof corpusSchema>;
export type GraphDocument = z.infer<typeof graphSchema>;

export type ParseResult = { ok: true; graph: GraphDocument } | { ok: false; errors: string[] };

/**
 * Validates an unknown value as a graph document. Errors name the field path
 * (e.g. `meetings[3].date: expected "YYYY", ...`) so a reader can find it.
 */
export function parseGraph(value: unknown): ParseResult {
  if (value && typeof value === 'object' && 'schemaVersion' in value && (value as { schemaVersion: unknown }).schemaVersion !== SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [`schemaVersion is ${JSON.stringify((value as { schemaVersion: unknown }).schemaVersion)}, this version of diplograph reads ${SCHEMA_VERSION}: re-run the extraction`],
    };
  }
  const result = graphSchema.safeParse(value);
  if (result.success) return { ok: true, graph: result.data };
  return { ok: false, errors: result.error.issues.slice(0, 20).map((i) => `${formatPath(i.path)}: ${i.message}`) };
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(document)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

export const KIND_LABELS: Record<MeetingKind, string> = {
  meeting: 'Meeting',
  talks: 'Talks',
  phone_call: 'Phone call',
  video_call: 'Video call',
  visit: 'Visit',
  summit: 'Summit',
};

export const TYPE_LABELS: Record<EntityType, string> = {
  country: 'Country',
  person: 'Person',
  organisation: 'Organisation',
};
