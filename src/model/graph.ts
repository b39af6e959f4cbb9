// The one model of diplograph's data, shared by the extractor (which writes it)
// and the explorer (which reads it). The zod schema is the source of truth; the
// TypeScript types are inferred from it so the two can never drift apart.
// Contract: ../shared/eval/README.md (schemaVersion 1); fields beyond the
// contract are optional so a minimal contract-only document still loads.
// Version 2 adds how each date was found (meeting.dateBasis) and each source's
// publication date; a version-1 document is the same without them and still loads.
import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR, plausibleYear } from './years';

export { MAX_YEAR, MIN_YEAR, plausibleYear } from './years';

export const SCHEMA_VERSION = 2 as const;
/** Versions this build reads: every one whose fields are a subset of today's. */
export const READABLE_VERSIONS = [1, 2] as const;

export const ENTITY_TYPES = ['country', 'person', 'organisation'] as const;
export const MEETING_KINDS = ['meeting', 'talks', 'phone_call', 'video_call', 'visit', 'summit'] as const;

/** ISO 3166-1 alpha-3, or "INT" for an international organisation's side. */
export const countryCode = z.string().regex(/^([A-Z]{3})$/, 'expected an ISO 3166-1 alpha-3 code such as "CHN"');


/** ISO date at the precision the text supports: YYYY, YYYY-MM or YYYY-MM-DD, in MIN_YEAR..MAX_YEAR. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
  .refine(plausibleYear, { error: (issue) => `year ${String(issue.input).slice(0, 4)} is outside ${MIN_YEAR}–${MAX_YEAR} (a typo or a placeholder date?): re-run the extraction, which leaves such dates out, or correct it` });

const text = z.string().max(100_000);

export const entityTypeSchema = z.enum(ENTITY_TYPES);
export const meetingKindSchema = z.enum(MEETING_KINDS);

export const entityIdSchema = z.string().regex(/^(country|person|organisation):[^\s]+$/, 'expected "<type>:<slug>"');

/**
 * What an analyst's corrections changed (src/review applies them over the extracted
 * graph and marks what it changed, so every export can say so). Absent: as extracted.
 */
export const ENTITY_CORRECTED = ['added', 'name', 'country', 'type', 'merged', 'split'] as const;
export const MEETING_CORRECTED = ['confirmed', 'kind', 'date', 'location', 'participants', 'joined'] as const;

export const entitySchema = z.object({
  id: entityIdSchema,
  type: entityTypeSchema,
  name: text.min(1),
  aliases: z.array(text),
  country: countryCode.nullable(),
  /** Most specific role or title seen, e.g. "Foreign Minister". */
  role: text.nullable().optional(),
  /** For persons: organisation entity ids they were seen acting for. */
  orgs: z.array(z.string()).optional(),
  /** What the analyst's corrections changed on it (src/review). */
  corrected: z.array(z.enum(ENTITY_CORRECTED)).optional(),
});

/** Where an article's publication date (its document time) was read. */
export const PUBLISHED_FROM = ['manifest', 'front-matter', 'html-meta', 'file-name', 'dateline', 'option'] as const;
export const publishedFromSchema = z.enum(PUBLISHED_FROM);

export const sourceSchema = z.object({
  file: text.min(1),
  article: text,
  quote: text.min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The article's publication date, the reference its relative dates were counted from; null when it has none. */
  published: isoDate.nullable().optional(),
  publishedFrom: publishedFromSchema.nullable().optional(),
});

/**
 * How a meeting's date was found, from most to least direct:
 * - stated: the sentence writes the date in full ("on 12 May 2021", "in March 2019");
 * - inferred-year: the sentence writes a month (and day) and the year comes from the article's time;
 * - relative: a phrase counted from the article's time ("yesterday", "on Wednesday", "last month");
 * - context: an earlier sentence of the article set the date ("On 3 March, ... . He also met ...");
 * - dateline: the sentence names no time and the article's own dateline gives it;
 * - published: the sentence names no time and the article's publication date (metadata) gives it.
 */
export const DATE_BASES = ['stated', 'inferred-year', 'relative', 'context', 'dateline', 'published'] as const;
export const dateBasisSchema = z.object({
  how: z.enum(DATE_BASES),
  /** The words the date was read from, when the text had any ("on Wednesday", "Feb. 28"). */
  phrase: text.nullable().optional(),
  /** The document time it was counted from (YYYY-MM-DD, or coarser), and where that came from. */
  anchor: isoDate.nullable().optional(),
  anchorFrom: publishedFromSchema.nullable().optional(),
});

export const meetingSchema = z.object({
  id: z.string().min(1),
  kind: meetingKindSchema,
  date: isoDate.nullable(),
  /** How the date was found (absent in version-1 documents and when date is null). */
  dateBasis: dateBasisSchema.nullable().optional(),
  location: text.nullable(),
  participants: z.array(z.string()).min(1),
  countries: z.array(countryCode),
  sources: z.array(sourceSchema).min(1),
  /** What the analyst's corrections changed on it, "confirmed" when it was reviewed and kept as it is (src/review). */
  corrected: z.array(z.enum(MEETING_CORRECTED)).optional(),
});

/** A meeting an analyst rejected: left out of the graph, named here so the exports can say so. */
export const rejectedMeetingSchema = z.object({
  id: z.string().min(1),
  kind: meetingKindSchema,
  date: isoDate.nullable(),
  file: text,
  quote: text,
});

/** Present once corrections were applied over the extracted graph (src/review/apply.ts). */
export const reviewSchema = z.object({
  /** How many corrections took effect. */
  corrections: z.number().int().nonnegative(),
  rejected: z.array(rejectedMeetingSchema),
});

export const corpusSchema = z.object({
  files: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

export const graphSchema = z
  .object({
    schemaVersion: z.union([z.literal(1), z.literal(2)]),
    corpus: corpusSchema.optional(),
    review: reviewSchema.optional(),
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
    const meetingIds = new Set<string>();
    graph.meetings.forEach((m, i) => {
      // Merge and selection go by meeting id: a second meeting under one id would be lost or shown as the first.
      if (meetingIds.has(m.id)) ctx.addIssue({ code: 'custom', path: ['meetings', i, 'id'], message: `duplicate meeting id "${m.id}"` });
      meetingIds.add(m.id);
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
export type PublishedFrom = z.infer<typeof publishedFromSchema>;
export type DateBasis = z.infer<typeof dateBasisSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Corpus = z.infer<typeof corpusSchema>;
export type GraphDocument = z.infer<typeof graphSchema>;
export type EntityCorrected = (typeof ENTITY_CORRECTED)[number];
export type MeetingCorrected = (typeof MEETING_CORRECTED)[number];
export type RejectedMeeting = z.infer<typeof rejectedMeetingSchema>;
export type Review = z.infer<typeof reviewSchema>;

export type ParseResult = { ok: true; graph: GraphDocument } | { ok: false; errors: string[] };

/**
 * Validates an unknown value as a graph document. Errors name the field path
 * (e.g. `meetings[3].date: expected "YYYY", ...`) so a reader can find it.
 */
export function parseGraph(value: unknown): ParseResult {
  if (value && typeof value === 'object' && 'schemaVersion' in value && !(READABLE_VERSIONS as readonly unknown[]).includes((value as { schemaVersion: unknown }).schemaVersion)) {
    return {
      ok: false,
      errors: [`schemaVersion is ${JSON.stringify((value as { schemaVersion: unknown }).schemaVersion)}, this version of diplograph reads ${READABLE_VERSIONS.join(' and ')}: re-run the extraction`],
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
