import { describe, expect, it } from 'vitest';
import smallGraph from '../app/fixtures/small-graph.json';
import { parseGraph, type GraphDocument } from '../model';
import { bridgedCliques, graphOf, meeting, person, reversed, starGraph } from './fixtures/graphs';
import { computeMetrics, meetingNetwork, mulberry32, topCounterparts } from './metrics';

function loadSmall(): GraphDocument {
  const result = parseGraph(smallGraph);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.graph;
}

describe('computeMetrics', () => {
  it('ranks the centre of a star first in degree and betweenness', () => {
    const metrics = computeMetrics(starGraph());
    expect(metrics.get('person:hub')).toEqual({
      meetings: 5,
      counterparts: 5,
      degreeRank: 1,
      betweenness: 1,
      betweennessRank: 1,
      peers: 6,
      community: 0,
      communitySize: 6,
    });
    for (const leaf of ['a', 'b', 'c', 'd', 'e']) {
      const m = metrics.get(`person:leaf-${leaf}`)!;
      expect(m).toMatchObject({ meetings: 1, counterparts: 1, betweenness: 0 });
    }
  });

  it('breaks rank ties by id, so every entity has a distinct rank', () => {
    const metrics = computeMetrics(starGraph());
    const leaves = ['a', 'b', 'c', 'd', 'e'].map((l) => metrics.get(`person:leaf-${l}`)!);
    expect(leaves.map((m) => m.degreeRank)).toEqual([2, 3, 4, 5, 6]);
    expect(leaves.map((m) => m.betweennessRank)).toEqual([2, 3, 4, 5, 6]);
  });

  it('finds two communities in two cliques joined by a bridge, the bridge ends most between', () => {
    const metrics = computeMetrics(bridgedCliques());
    const community = (id: string) => metrics.get(id)!.community;
    const a = [1, 2, 3, 4].map((n) => community(`person:a-${n}`));
    const b = [1, 2, 3, 4].map((n) => community(`person:b-${n}`));
    expect(new Set(a).size).toBe(1);
    expect(new Set(b).size).toBe(1);
    expect(a[0]).not.toBe(b[0]);
    expect(new Set([...metrics.values()].map((m) => m.community))).toEqual(new Set([0, 1]));
    // Same size: community 0 is the one holding the smaller id.
    expect(a[0]).toBe(0);
    expect(metrics.get('person:a-1')!.betweennessRank).toBe(1);
    expect(metrics.get('person:b-1')!.betweennessRank).toBe(2);
    expect(metrics.get('person:a-1')!).toMatchObject({ meetings: 7, counterparts: 4, degreeRank: 1 });
  });

  it('weights the network by meeting count', () => {
    const network = meetingNetwork(bridgedCliques());
    expect(network.getEdgeAttribute(network.edge('person:a-1', 'person:a-2')!, 'weight')).toBe(2);
    expect(network.getEdgeAttribute(network.edge('person:a-1', 'person:b-1')!, 'weight')).toBe(1);
  });

  it('is deterministic: same result on every run and for any input order', () => {
    const graph = loadSmall();
    const first = [...computeMetrics(graph)];
    expect([...computeMetrics(graph)]).toEqual(first);
    expect([...computeMetrics(reversed(graph))]).toEqual(first);
    expect(first.map(([id]) => id)).toEqual([...graph.entities.map((e) => e.id)].sort());
  });

  it('counts meetings and counterparts on the small fixture, entities who never met included', () => {
    const metrics = computeMetrics(loadSmall());
    expect(metrics.size).toBe(13);
    expect(metrics.get('person:xi-jinping')).toMatchObject({ meetings: 3, counterparts: 4 });
    expect(metrics.get('organisation:brics')).toMatchObject({ meetings: 1, counterparts: 3, peers: 8 });
  });

  it("measures a country as its side: its own meetings and its people's, counterparts the other sides, ranked among countries", () => {
    const metrics = computeMetrics(loadSmall());
    // Cyprus never meets in person: Anna Pappa (m-1, m-7) and AKEL (m-2) meet for it, with China and the United States.
    expect(metrics.get('country:CYP')).toMatchObject({ meetings: 3, counterparts: 2, peers: 5 });
    // China: Wang Yi, Xi Jinping and its own visit m-4; every meeting but m-7.
    expect(metrics.get('country:CHN')).toMatchObject({ meetings: 6, counterparts: 5, degreeRank: 1, peers: 5 });
    expect(metrics.get('country:FRA')).toMatchObject({ meetings: 2, counterparts: 3 });
    // Its community is one of countries, and it has one: Cyprus met China and the United States.
    expect(metrics.get('country:CYP')!.communitySize).toBeGreaterThan(1);
  });

  it('handles a graph with no meetings: each entity alone in its community', () => {
    const metrics = computeMetrics(graphOf([person('x'), person('y')], []));
    expect(metrics.get('person:x')).toEqual({ meetings: 0, counterparts: 0, degreeRank: 1, betweenness: 0, betweennessRank: 1, peers: 2, community: 0, communitySize: 1 });
    expect(metrics.get('person:y')!.community).toBe(1);
  });
});

describe('topCounterparts', () => {
  it('lists those met most often first, ties by id, at most n', () => {
    expect(topCounterparts(loadSmall(), 'person:xi-jinping', 3)).toEqual([
      { id: 'person:luc-martin', name: 'Luc Martin', meetings: 2 },
      { id: 'organisation:akel', name: 'Progressive Party of Working People', meetings: 1 },
      { id: 'organisation:brics', name: 'BRICS', meetings: 1 },
    ]);
    expect(topCounterparts(loadSmall(), 'person:xi-jinping', 10)).toHaveLength(4);
    expect(topCounterparts(loadSmall(), 'person:xi-jinping', 0)).toEqual([]);
  });

  it('counts a meeting once even if a participant is listed twice', () => {
    const graph = graphOf([person('p'), person('q')], [meeting('m-1', ['person:p', 'person:q', 'person:q'])]);
    expect(topCounterparts(graph, 'person:p', 5)).toEqual([{ id: 'person:q', name: 'q', meetings: 1 }]);
  });

  it('returns nobody for an entity that never met anyone, and throws for an unknown id', () => {
    expect(topCounterparts(loadSmall(), 'country:FRA', 5)).toEqual([]);
    expect(() => topCounterparts(loadSmall(), 'person:nobody', 5)).toThrow(/unknown entity "person:nobody"/);
  });
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
