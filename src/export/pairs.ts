// A meeting of n participants is n·(n−1)/2 encounters between pairs: this is
// how every graph-shaped export (GEXF, GraphML, metrics) turns meetings into edges.
import type { GraphDocument, Meeting } from '../model';
import { compareIds, meetingsById } from './order';

/** An unordered pair of entity ids, stored with `source` ordered before `target`. */
export type Pair = { source: string; target: string };

/**
 * The distinct participant pairs of one meeting, each in id order. A participant
 * listed twice counts once, and a meeting with a single participant (a visit
 * whose host was not named) yields no pair rather than a self-loop.
 */
export function participantPairs(meeting: Meeting): Pair[] {
  const people = [...new Set(meeting.participants)].sort(compareIds);
  const pairs: Pair[] = [];
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) pairs.push({ source: people[i]!, target: people[j]! });
  }
  return pairs;
}

export function pairKey(pair: Pair): string {
  // Entity ids contain no whitespace (see the model's id pattern), so a space cannot collide.
  return `${pair.source} ${pair.target}`;
}

export type PairMeetings = Pair & { meetings: Meeting[] };

/** Each pair that met at least once, with its meetings by id; pairs in id order. */
export function meetingsByPair(graph: GraphDocument): PairMeetings[] {
  const byKey = new Map<string, PairMeetings>();
  for (const meeting of meetingsById(graph)) {
    for (const pair of participantPairs(meeting)) {
      const key = pairKey(pair);
      const entry = byKey.get(key) ?? { ...pair, meetings: [] };
      entry.meetings.push(meeting);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));
}

/** How many meetings each entity took part in (0 for entities never seen meeting). */
export function meetingCounts(graph: GraphDocument): Map<string, number> {
  const counts = new Map<string, number>(graph.entities.map((e) => [e.id, 0]));
  for (const meeting of graph.meetings) {
    for (const id of new Set(meeting.participants)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
