// Who is central in the meeting network: how many meetings and counterparts an
// entity has, how often it sits between others (betweenness) and which cluster
// of frequent co-attendees it belongs to (Louvain communities).
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { GraphDocument } from '../model';
import { compareIds, entitiesById } from './order';
import { meetingCounts, meetingsByPair } from './pairs';
import { mulberry32 } from './random';

export { mulberry32 };

export type EntityMetrics = {
  /** Meetings the entity took part in. */
  meetings: number;
  /** Distinct entities it met at least once (its degree in the meeting network). */
  counterparts: number;
  /** 1 = most counterparts; ties broken by entity id. */
  degreeRank: number;
  /** Normalised betweenness centrality, 0–1, counting hops (not meeting counts) as distance. */
  betweenness: number;
  /** 1 = highest betweenness; ties broken by entity id. */
  betweennessRank: number;
  /** Louvain community, numbered 0.. by size (largest first), ties by smallest member id. */
  community: number;
};

/** Fixed so the same graph always gets the same communities (Louvain visits nodes in random order). */
const LOUVAIN_SEED = 0x5eed;

/** The meeting network: one node per entity, one edge per pair that met, weighted by how often. */
export function meetingNetwork(graph: GraphDocument): UndirectedGraph {
  const network = new UndirectedGraph();
  // Insertion order matters to graphology's algorithms; id order keeps them reproducible.
  for (const entity of entitiesById(graph)) network.addNode(entity.id);
  for (const pair of meetingsByPair(graph)) {
    network.addEdge(pair.source, pair.target, { weight: pair.meetings.length });
  }
  return network;
}

export function computeMetrics(graph: GraphDocument): Map<string, EntityMetrics> {
  const network = meetingNetwork(graph);
  const meetings = meetingCounts(graph);
  // Unweighted on purpose: betweenness reads weights as path lengths, so more
  // meetings would wrongly make a tie look *farther* apart.
  const betweenness = betweennessCentrality(network, { getEdgeWeight: null, normalized: true });
  const ids = network.nodes();
  const degreeRanks = rankBy(ids, (id) => network.degree(id));
  // Rounded for ranking only: symmetric positions can differ in the last float bits.
  const betweennessRanks = rankBy(ids, (id) => Math.round((betweenness[id] ?? 0) * 1e9));
  const communities = communitiesOf(network);

  const metrics = new Map<string, EntityMetrics>();
  for (const id of ids) {
    metrics.set(id, {
      meetings: meetings.get(id) ?? 0,
      counterparts: network.degree(id),
      degreeRank: degreeRanks.get(id)!,
      betweenness: betweenness[id] ?? 0,
      betweennessRank: betweennessRanks.get(id)!,
      community: communities.get(id)!,
    });
  }
  return metrics;
}

/** Ranks 1..n by descending score, ties by id, so every entity has a distinct rank. */
function rankBy(ids: string[], score: (id: string) => number): Map<string, number> {
  const ordered = [...ids].sort((a, b) => score(b) - score(a) || compareIds(a, b));
  return new Map(ordered.map((id, i) => [id, i + 1]));
}

function communitiesOf(network: UndirectedGraph): Map<string, number> {
  // Louvain needs at least one edge; without any, every entity is its own community.
  const raw: Record<string, number> =
    network.size === 0
      ? Object.fromEntries(network.nodes().map((id, i) => [id, i]))
      : louvain(network, { getEdgeWeight: 'weight', rng: mulberry32(LOUVAIN_SEED) });
  return renumberCommunities(raw);
}

/** Louvain's numbers are arbitrary; renumber so community 0 is the largest, then by smallest member id. */
function renumberCommunities(raw: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [id, community] of Object.entries(raw)) {
    members.set(community, [...(members.get(community) ?? []), id]);
  }
  const groups = [...members.values()].map((ids) => ids.sort(compareIds));
  groups.sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  const renumbered = new Map<string, number>();
  groups.forEach((ids, community) => ids.forEach((id) => renumbered.set(id, community)));
  return renumbered;
}


export type Counterpart = { id: string; name: string; meetings: number };

/**
 * The n entities `entityId` met most often, most meetings first, ties by id.
 * Throws for an id not in the graph: a caller asking about an entity that does
 * not exist has a bug worth seeing, not an empty list.
 */
export function topCounterparts(graph: GraphDocument, entityId: string, n: number): Counterpart[] {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  if (!names.has(entityId)) throw new Error(`export/metrics: topCounterparts: unknown entity "${entityId}"`);
  const counts = new Map<string, number>();
  for (const meeting of graph.meetings) {
    const participants = new Set(meeting.participants);
    if (!participants.has(entityId)) continue;
    for (const other of participants) {
      if (other !== entityId) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || compareIds(a, b))
    .slice(0, Math.max(0, n))
    .map(([id, meetings]) => ({ id, name: names.get(id) ?? id, meetings }));
}
