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
  /** Meetings the entity took part in; for a country, its own and its people's and organisations'. */
  meetings: number;
  /** Distinct entities it met at least once (its degree in the meeting network); for a country, the countries (and bodies of no country) its side met. */
  counterparts: number;
  /** 1 = most counterparts; ties broken by entity id. Countries rank among countries, everyone else among everyone else. */
  degreeRank: number;
  /** Normalised betweenness centrality, 0–1, counting hops (not meeting counts) as distance. */
  betweenness: number;
  /** 1 = highest betweenness; ties broken by entity id. */
  betweennessRank: number;
  /** How many entities the ranks are among (the countries, or everyone else). */
  peers: number;
  /** Louvain community, numbered 0.. by size (largest first), ties by smallest member id; countries have communities of countries. */
  community: number;
  /** Members of that community, the entity included. */
  communitySize: number;
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

/**
 * The graph as the countries see it: each participant folded into its country (where
 * the graph has that country), a meeting's sides counted once. A country's meetings are
 * then its own and its people's and organisations', and its counterparts the other
 * sides: the same definition as the explorer's country details and "Countries only".
 */
export function countryView(graph: GraphDocument): GraphDocument {
  const ids = new Set(graph.entities.map((e) => e.id));
  const fold = new Map<string, string>();
  for (const e of graph.entities) {
    const country = e.type !== 'country' && e.country ? `country:${e.country}` : null;
    fold.set(e.id, country && ids.has(country) ? country : e.id);
  }
  return { ...graph, meetings: graph.meetings.map((m) => ({ ...m, participants: [...new Set(m.participants.map((p) => fold.get(p) ?? p))] })) };
}

/**
 * Meetings, counterparts, centrality and communities per entity. Countries are measured
 * on `countryView` (a country speaks through its people), everyone else on the meetings
 * as reported; each group is ranked within itself, so no rank compares the two.
 */
export function computeMetrics(graph: GraphDocument): Map<string, EntityMetrics> {
  const isCountry = new Set(graph.entities.filter((e) => e.type === 'country').map((e) => e.id));
  const others = layerMetrics(graph, (id) => !isCountry.has(id));
  const countries = layerMetrics(countryView(graph), (id) => isCountry.has(id));
  return new Map([...others, ...countries].sort(([a], [b]) => compareIds(a, b)));
}

function layerMetrics(graph: GraphDocument, member: (id: string) => boolean): Map<string, EntityMetrics> {
  const network = meetingNetwork(graph);
  const meetings = meetingCounts(graph);
  // Unweighted on purpose: betweenness reads weights as path lengths, so more
  // meetings would wrongly make a tie look *farther* apart.
  const betweenness = betweennessCentrality(network, { getEdgeWeight: null, normalized: true });
  const ids = network.nodes().filter(member);
  const degreeRanks = rankBy(ids, (id) => network.degree(id));
  // Rounded for ranking only: symmetric positions can differ in the last float bits.
  const betweennessRanks = rankBy(ids, (id) => Math.round((betweenness[id] ?? 0) * 1e9));
  const all = communitiesOf(network);
  const communities = renumberCommunities(Object.fromEntries(ids.map((id) => [id, all.get(id)!])));
  const sizes = new Map<number, number>();
  for (const c of communities.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);

  const metrics = new Map<string, EntityMetrics>();
  for (const id of ids) {
    const community = communities.get(id)!;
    metrics.set(id, {
      meetings: meetings.get(id) ?? 0,
      counterparts: network.degree(id),
      degreeRank: degreeRanks.get(id)!,
      betweenness: betweenness[id] ?? 0,
      betweennessRank: betweennessRanks.get(id)!,
      peers: ids.length,
      community,
      communitySize: sizes.get(community)!,
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
