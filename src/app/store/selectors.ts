// Derived data for the views. Pure functions of the store's state, memoised on
// the inputs they read so views that call them on every render stay cheap and
// get referentially stable arrays (no needless redraws).
import type { Entity, GraphDocument, Meeting } from '../../model';
import { confidenceOf, type Confidence, type ConfidenceLevel } from '../../review/confidence';
import { overlapsRange } from '../timeline/timeline';
import type { ExplorerState } from './index';

export interface GraphNode {
  id: string;
  entity: Entity;
  /** Number of visible meetings this node takes part in (drives its size). */
  meetingCount: number;
}

export interface GraphLink {
  /** "<a>|<b>" with a < b, stable across filters so the layout keeps it. */
  id: string;
  source: string;
  target: string;
  /** A meeting edge, or the tie of a person/organisation to its country. */
  kind: 'meeting' | 'membership';
  meetingIds: string[];
}

export interface VisibleGraph {
  nodes: GraphNode[];
  links: GraphLink[];
  meetings: Meeting[];
}

export interface GraphIndex {
  byId: Map<string, Entity>;
  meetingsByEntity: Map<string, Meeting[]>;
  meetingById: Map<string, Meeting>;
  /** Country entity id → ids of the persons and organisations of that country. */
  membersByCountry: Map<string, string[]>;
}

function memo1<A, R>(fn: (a: A) => R): (a: A) => R {
  let lastA: A | undefined;
  let last: R | undefined;
  return (a) => {
    if (a !== lastA || last === undefined) {
      last = fn(a);
      lastA = a;
    }
    return last;
  };
}

export const graphIndex = memo1((graph: GraphDocument | null): GraphIndex => {
  const byId = new Map((graph?.entities ?? []).map((e) => [e.id, e]));
  const meetingsByEntity = new Map<string, Meeting[]>();
  for (const m of graph?.meetings ?? []) {
    for (const p of new Set(m.participants)) {
      const list = meetingsByEntity.get(p) ?? [];
      list.push(m);
      meetingsByEntity.set(p, list);
    }
  }
  const meetingById = new Map((graph?.meetings ?? []).map((m) => [m.id, m]));
  const membersByCountry = new Map<string, string[]>();
  for (const e of graph?.entities ?? []) {
    if (e.type === 'country' || !e.country) continue;
    const c = `country:${e.country}`;
    membersByCountry.set(c, [...(membersByCountry.get(c) ?? []), e.id]);
  }
  return { byId, meetingsByEntity, meetingById, membersByCountry };
});

/** A meeting is in the time filter when its date's span (a day, month or year) overlaps the range. */
export const inRange = overlapsRange;

type MeetingFilters = Pick<ExplorerState, 'from' | 'to' | 'kinds'> & { hideWeak?: boolean };

/** A meeting's confidence in this graph (cached per meeting). */
export function confidence(graph: GraphDocument | null, m: Meeting): Confidence {
  return confidenceOf(m, graphIndex(graph).byId);
}

/** Whether a meeting passes the time, kind and confidence filters. */
export function passes(graph: GraphDocument | null, m: Meeting, f: MeetingFilters): boolean {
  return f.kinds.includes(m.kind) && inRange(m.date, f.from, f.to) && !(f.hideWeak && confidence(graph, m).level === 'weak');
}

/** Meetings passing the time, kind and confidence filters, newest first. */
export function filterMeetings(graph: GraphDocument | null, f: MeetingFilters): Meeting[] {
  if (!graph) return [];
  return graph.meetings
    .filter((m) => passes(graph, m, f))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}

const LEVEL_RANK: Record<ConfidenceLevel, number> = { weak: 0, fair: 1, strong: 2, confirmed: 3 };

/** Every meeting, weakest first (lowest level, then lowest score), confirmed ones last: the Review list. */
export const reviewOrder = memo1((graph: GraphDocument | null): { meeting: Meeting; confidence: Confidence }[] =>
  (graph?.meetings ?? [])
    .map((meeting) => ({ meeting, confidence: confidence(graph, meeting) }))
    .sort((a, b) => LEVEL_RANK[a.confidence.level] - LEVEL_RANK[b.confidence.level] || a.confidence.score - b.confidence.score || a.meeting.id.localeCompare(b.meeting.id)),
);

/** How many meetings are of each confidence level. */
export const levelCounts = memo1((graph: GraphDocument | null): Record<ConfidenceLevel, number> => {
  const counts: Record<ConfidenceLevel, number> = { weak: 0, fair: 0, strong: 0, confirmed: 0 };
  for (const { confidence: c } of reviewOrder(graph)) counts[c.level]++;
  return counts;
});

const linkId = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The node a participant is drawn as: itself, or its country in the countries-only view. */
export function foldedId(e: Entity, countriesOnly: boolean): string {
  if (!countriesOnly || e.type === 'country' || !e.country) return e.id;
  return `country:${e.country}`;
}

export function buildVisibleGraph(
  graph: GraphDocument | null,
  f: Pick<ExplorerState, 'from' | 'to' | 'kinds' | 'types' | 'countriesOnly'> & { hideWeak?: boolean },
): VisibleGraph {
  const meetings = filterMeetings(graph, f);
  const { byId } = graphIndex(graph);
  const count = new Map<string, number>();
  const links = new Map<string, GraphLink>();
  const shown = (id: string) => {
    const e = byId.get(id);
    return e !== undefined && f.types.includes(e.type);
  };

  for (const m of meetings) {
    const ends = [
      ...new Set(
        m.participants
          .map((p) => byId.get(p))
          .filter((e): e is Entity => e !== undefined)
          .map((e) => foldedId(e, f.countriesOnly))
          .filter(shown),
      ),
    ].sort();
    for (const id of ends) count.set(id, (count.get(id) ?? 0) + 1);
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        const id = linkId(ends[i]!, ends[j]!);
        const link = links.get(id) ?? { id, source: ends[i]!, target: ends[j]!, kind: 'meeting' as const, meetingIds: [] };
        link.meetingIds.push(m.id);
        links.set(id, link);
      }
    }
  }

  // Persons and organisations are tied to their country so they gather around it.
  if (!f.countriesOnly) {
    for (const id of [...count.keys()]) {
      const e = byId.get(id)!;
      if (e.type === 'country' || !e.country) continue;
      const c = `country:${e.country}`;
      if (!byId.has(c) || !shown(c)) continue;
      if (!count.has(c)) count.set(c, 0);
      const lid = linkId(id, c);
      if (!links.has(lid)) links.set(lid, { id: lid, source: id, target: c, kind: 'membership', meetingIds: [] });
    }
  }

  const nodes = [...count.entries()]
    .map(([id, meetingCount]) => ({ id, entity: byId.get(id)!, meetingCount }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, links: [...links.values()].sort((a, b) => a.id.localeCompare(b.id)), meetings };
}

/**
 * A selector recomputed only when one of the inputs it reads changes (compared by
 * identity), so views get the same array back while nothing relevant moved.
 */
function selectorOn<R>(inputs: (s: ExplorerState) => unknown[], compute: (s: ExplorerState) => R): (s: ExplorerState) => R {
  let lastInputs: unknown[] | null = null;
  let last: R;
  return (s) => {
    const now = inputs(s);
    if (!lastInputs || now.some((v, i) => v !== lastInputs![i])) {
      last = compute(s);
      lastInputs = now;
    }
    return last;
  };
}

export const selectVisibleGraph = selectorOn(
  (s) => [s.graph, s.from, s.to, s.kinds, s.types, s.countriesOnly, s.hideWeak],
  (s): VisibleGraph => buildVisibleGraph(s.graph, s),
);

const newestFirst = (a: Meeting, b: Meeting) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

/**
 * All meetings of an entity (ignoring filters), newest first. In the countries-only
 * view a country's meetings include those of its people and organisations.
 */
export function meetingsOf(graph: GraphDocument | null, entityId: string, countriesOnly = false): Meeting[] {
  const { meetingsByEntity, membersByCountry } = graphIndex(graph);
  const ids = countriesOnly ? [entityId, ...(membersByCountry.get(entityId) ?? [])] : [entityId];
  const found = new Map<string, Meeting>();
  for (const id of ids) for (const m of meetingsByEntity.get(id) ?? []) found.set(m.id, m);
  return [...found.values()].sort(newestFirst);
}

/** The other sides of a meeting as seen from `selfId` (folded into countries in that view), deduplicated. */
export function counterpartsIn(graph: GraphDocument | null, meeting: Meeting, selfId: string | null, countriesOnly: boolean): Entity[] {
  const { byId } = graphIndex(graph);
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (const p of meeting.participants) {
    const e = byId.get(p);
    if (!e) continue;
    const id = foldedId(e, countriesOnly);
    if (id === selfId || seen.has(id)) continue;
    seen.add(id);
    out.push(byId.get(id) ?? e);
  }
  return out;
}

export interface EntityDetails {
  entity: Entity;
  /** Its meetings passing the time and kind filters, newest first. */
  meetings: Meeting[];
  /** All its meetings, whatever the filters. */
  totalMeetings: number;
  /** Distinct counterparts across `meetings`, most frequent first. */
  counterparts: { entity: Entity; count: number }[];
}

export function buildDetails(
  graph: GraphDocument | null,
  id: string | null,
  f: Pick<ExplorerState, 'from' | 'to' | 'kinds' | 'countriesOnly'> & { hideWeak?: boolean },
): EntityDetails | null {
  if (!id) return null;
  const entity = graphIndex(graph).byId.get(id);
  if (!entity) return null;
  // A country speaks through its people and organisations: its details always
  // include their meetings, with counterparts folded into countries.
  const isCountry = entity.type === 'country';
  const all = meetingsOf(graph, id, isCountry);
  const meetings = all.filter((m) => passes(graph, m, f));
  const counts = new Map<string, { entity: Entity; count: number }>();
  for (const m of meetings) {
    for (const c of counterpartsIn(graph, m, id, f.countriesOnly || isCountry)) {
      const entry = counts.get(c.id) ?? { entity: c, count: 0 };
      entry.count++;
      counts.set(c.id, entry);
    }
  }
  const counterparts = [...counts.values()].sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
  return { entity, meetings, totalMeetings: all.length, counterparts };
}

export const selectDetails = selectorOn(
  (s) => [s.graph, s.selectedId, s.from, s.to, s.kinds, s.countriesOnly, s.hideWeak],
  (s): EntityDetails | null => buildDetails(s.graph, s.selectedId, s),
);

/**
 * The timeline's list: meetings in the selected range and kinds with at least one
 * participant of a shown type (as drawn: folded into countries in that view), newest first.
 */
export const selectRangeMeetings = selectorOn(
  (s) => [selectVisibleGraph(s), s.types, s.countriesOnly],
  (s): Meeting[] => {
    const { byId } = graphIndex(s.graph);
    return selectVisibleGraph(s).meetings.filter((m) =>
      m.participants.some((p) => {
        const e = byId.get(p);
        const shown = e && byId.get(foldedId(e, s.countriesOnly));
        return shown !== undefined && s.types.includes(shown.type);
      }),
    );
  },
);
