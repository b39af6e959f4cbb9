// Corrections in words: one line per correction (the Review panel's list, the CLI's
// report) and one line saying what in a graph was corrected (the SVG caption, the
// GEXF description). Pure.
import { KIND_LABELS, type Correction, type GraphDocument, type MeetingRef } from '../model';
import type { CorrectionOutcome } from './apply';
import { clip } from './text';

const day = (d: string | null) => d ?? 'undated';
const meetingWords = (t: MeetingRef) => `the meeting “${clip(t.quote, 50)}” (${t.file})`;

/** "Rejected the meeting “Lavrov met …” (a.txt)", "Merged “S. Lavrov” into “Sergey Lavrov”". */
export function describeCorrection(c: Correction): string {
  switch (c.op) {
    case 'confirm':
      return `Confirmed ${meetingWords(c.target)}`;
    case 'reject':
      return `Rejected ${meetingWords(c.target)}`;
    case 'set-kind':
      return `Kind of ${meetingWords(c.target)} set to ${KIND_LABELS[c.value].toLowerCase()}`;
    case 'set-date':
      return `Date of ${meetingWords(c.target)} set to ${day(c.value)}`;
    case 'set-place':
      return c.value ? `Place of ${meetingWords(c.target)} set to ${c.value}` : `Place of ${meetingWords(c.target)} removed`;
    case 'add-participant':
      return `Added ${c.value.name} to ${meetingWords(c.target)}`;
    case 'remove-participant':
      return `Removed ${c.value.name} from ${meetingWords(c.target)}`;
    case 'rename':
      return `Renamed “${c.target.name}” to “${c.value}”`;
    case 'set-country':
      return `Country of ${c.target.name} set to ${c.value ?? 'none'}`;
    case 'set-type':
      return `${c.target.name} made ${c.value === 'organisation' ? 'an' : 'a'} ${c.value}`;
    case 'merge':
      return `Merged “${c.target.name}” into “${c.value.name}”`;
    case 'split-alias':
      return `Split “${c.value.alias}” off ${c.target.name}`;
  }
}

/** "applied", "placed by its quote and file", or why it was not. */
export function describeOutcome(o: CorrectionOutcome): string {
  if (o.status === 'applied') return o.placedBy === 'id' ? 'applied' : o.placedBy === 'quote' ? 'applied (placed by its quote and file: the id had changed)' : 'applied (placed by name: the id had changed)';
  return `${o.status === 'unplaced' ? 'could not be placed' : 'not applied'}: ${o.reason}`;
}

export interface CorrectedItems {
  meetings: number;
  entities: number;
  rejected: number;
  /** Names of corrected entities, for a short caption. */
  entityNames: string[];
}

export function correctedItems(graph: GraphDocument): CorrectedItems {
  const entities = graph.entities.filter((e) => e.corrected?.length);
  return {
    meetings: graph.meetings.filter((m) => m.corrected?.length).length,
    entities: entities.length,
    rejected: graph.review?.rejected.length ?? 0,
    entityNames: entities.map((e) => e.name),
  };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * One line for a caption: "Corrected by hand: 2 entities (Sergey Lavrov, Wang Yi), 3 meetings; 1 rejected meeting left out".
 * Null when nothing was corrected.
 */
export function describeCorrected(graph: GraphDocument, maxNames = 3): string | null {
  const c = correctedItems(graph);
  if (!graph.review && c.meetings + c.entities === 0) return null;
  const parts: string[] = [];
  if (c.entities) {
    const names = c.entityNames.slice(0, maxNames).join(', ') + (c.entityNames.length > maxNames ? ', …' : '');
    parts.push(`${count(c.entities, 'entity', 'entities')} (${names})`);
  }
  if (c.meetings) parts.push(count(c.meetings, 'meeting'));
  const rejected = c.rejected ? `${parts.length ? '; ' : ''}${count(c.rejected, 'rejected meeting')} left out` : '';
  if (!parts.length && !rejected) return null;
  return `Corrected by hand: ${parts.join(', ')}${rejected}`;
}
