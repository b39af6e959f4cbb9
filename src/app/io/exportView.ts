// What the export menu writes: the whole graph, or the current view (the meetings
// the list shows for the range and filters, with every participant of each, so
// the file is a valid graph document on its own). Pure.
import type { GraphDocument, Meeting } from '../../model';
import { describeCorrected } from '../../review/describe';
import type { ExportSnapshot } from './svgExport';

export type ExportScope = 'view' | 'all';

/** The graph restricted to `meetings`: their participants, and persons' organisations only when kept. */
export function subgraph(graph: GraphDocument, meetings: readonly Meeting[]): GraphDocument {
  const keep = new Set(meetings.map((m) => m.id));
  const kept = graph.meetings.filter((m) => keep.has(m.id));
  const ids = new Set(kept.flatMap((m) => m.participants));
  const entities = graph.entities
    .filter((e) => ids.has(e.id))
    .map((e) => (e.orgs ? { ...e, orgs: e.orgs.filter((o) => ids.has(o)) } : e));
  const out: GraphDocument = { schemaVersion: graph.schemaVersion, entities, meetings: kept };
  // The corpus is what was read, whatever is shown: it stays; so does the record of what was corrected.
  if (graph.corpus) out.corpus = graph.corpus;
  if (graph.review) out.review = graph.review;
  return out;
}

/** The picture's caption says what an analyst corrected, when anything was ("Corrected by hand: …"). */
export function withCorrections(snapshot: ExportSnapshot, graph: GraphDocument | null): ExportSnapshot {
  const note = graph && describeCorrected(graph);
  return note ? { ...snapshot, caption: `${snapshot.caption} · ${note}` } : snapshot;
}
