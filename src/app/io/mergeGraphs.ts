// What happens to the graph on screen when the user brings more text: the graph
// extracted from it either replaces the current one or is merged into it. Pure;
// the result is validated again at this boundary (parseGraph), so a merge that
// produced a dangling id or a duplicate would be reported, never drawn.
import { parseGraph, type Entity, type GraphDocument, type Meeting, type ParseResult, type Source } from '../../model';

export type ImportMode = 'replace' | 'merge';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const sourceKey = (s: Source) => `${s.file}\u0000${s.start}\u0000${s.end}`;

/** The same entity seen twice: the current one wins; what it lacks is taken from the new one. */
function mergeEntity(current: Entity, added: Entity): Entity {
  const out: Entity = {
    ...current,
    aliases: union(current.aliases, added.aliases).filter((a) => a !== current.name).sort(),
    country: current.country ?? added.country,
  };
  const role = current.role ?? added.role;
  if (role !== undefined) out.role = role;
  if (current.orgs || added.orgs) out.orgs = union(current.orgs ?? [], added.orgs ?? []).sort();
  return out;
}

/**
 * The same meeting seen twice (ids hash kind, date and participants, so equal ids
 * mean the same event): one meeting with the reports of both, each report once.
 */
function mergeMeeting(current: Meeting, added: Meeting): Meeting {
  const seen = new Set(current.sources.map(sourceKey));
  const dateBasis = current.dateBasis ?? added.dateBasis;
  return {
    ...current,
    // The same id means the same date: how the new report found it stands in for a version-1 graph's silence.
    ...(dateBasis !== undefined ? { dateBasis } : {}),
    location: current.location ?? added.location,
    participants: union(current.participants, added.participants).sort(),
    countries: union(current.countries, added.countries).sort(),
    sources: [...current.sources, ...added.sources.filter((s) => !seen.has(sourceKey(s)))],
  };
}

/** Joins two graphs: entities deduplicated by id, meetings by id. Not validated (see applyImport). */
export function mergeGraphs(current: GraphDocument, added: GraphDocument): GraphDocument {
  const entities = new Map(current.entities.map((e) => [e.id, e]));
  for (const e of added.entities) {
    const had = entities.get(e.id);
    entities.set(e.id, had ? mergeEntity(had, e) : e);
  }
  const meetings = new Map(current.meetings.map((m) => [m.id, m]));
  for (const m of added.meetings) {
    const had = meetings.get(m.id);
    meetings.set(m.id, had ? mergeMeeting(had, m) : m);
  }
  const out: GraphDocument = {
    // The newer of the two: a version-1 graph merged with version-2 text now carries version-2 fields.
    schemaVersion: Math.max(current.schemaVersion, added.schemaVersion) as GraphDocument['schemaVersion'],
    entities: [...entities.values()].sort(byId),
    // The current graph's order first (the extractor's chronological order), new meetings after.
    meetings: [...meetings.values()],
  };
  if (current.corpus && added.corpus) {
    out.corpus = {
      files: current.corpus.files + added.corpus.files,
      articles: current.corpus.articles + added.corpus.articles,
      bytes: current.corpus.bytes + added.corpus.bytes,
    };
  }
  return out;
}

/** The graph to show after an import, validated; `mode` is the user's choice. */
export function applyImport(current: GraphDocument | null, added: GraphDocument, mode: ImportMode): ParseResult {
  return parseGraph(mode === 'merge' && current ? mergeGraphs(current, added) : added);
}
