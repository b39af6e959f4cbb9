import { describe, expect, it } from 'vitest';
import smallGraph from '../app/fixtures/small-graph.json';
import { parseGraph, type GraphDocument } from '../model';
import { HOSTILE_NAME, hostileGraph, reversed } from './fixtures/graphs';
import { onlyXmlChars, parseXml } from './fixtures/xml';
import { toGraphml } from './graphml';

function loadSmall(): GraphDocument {
  const result = parseGraph(smallGraph);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.graph;
}

/** Nodes and edges with their <data> resolved to attribute names through the <key> declarations. */
function readGraphml(graph: GraphDocument) {
  const doc = parseXml(toGraphml(graph));
  const keys: any[] = doc.graphml.key;
  const nameOf = new Map(keys.map((k) => [k.id, k['attr.name']]));
  const dataOf = (element: any): Record<string, string> =>
    Object.fromEntries((element.data ?? []).map((d: any) => [nameOf.get(d.key), d['#text'] ?? '']));
  const g = doc.graphml.graph;
  return {
    doc,
    keys,
    graph: g,
    nodes: (g.node ?? []).map((n: any) => ({ id: n.id, ...dataOf(n) })),
    edges: (g.edge ?? []).map((e: any) => ({ id: e.id, source: e.source, target: e.target, ...dataOf(e) })),
  };
}

describe('toGraphml', () => {
  it('declares node keys label, type, country, role and edge keys kind, date, location, countries, quote, article, file', () => {
    const { keys, graph } = readGraphml(loadSmall());
    const declared = (kind: string) => keys.filter((k) => k.for === kind).map((k) => k['attr.name']);
    expect(declared('node')).toEqual(expect.arrayContaining(['label', 'type', 'country', 'role']));
    expect(declared('edge')).toEqual(expect.arrayContaining(['kind', 'date', 'location', 'countries', 'quote', 'article', 'file']));
    expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
    expect(graph.edgedefault).toBe('undirected');
  });

  it('has one node per entity and one edge per meeting per participant pair', () => {
    const small = loadSmall();
    const { nodes, edges } = readGraphml(small);
    expect(nodes).toHaveLength(small.entities.length);
    // 1+1+1+1+6+1+1: unlike GEXF, Xi and Martin's two meetings stay two edges.
    expect(edges).toHaveLength(12);
    expect(new Set(edges.map((e: any) => e.id)).size).toBe(12);
  });

  it("carries each meeting's own kind, date, location, countries and first source on its edges", () => {
    const { edges, nodes } = readGraphml(loadSmall());
    const summit = edges.filter((e: any) => e.meeting === 'm-5');
    expect(summit).toHaveLength(6);
    expect(summit[0]).toMatchObject({
      kind: 'summit',
      date: '2024-05-10',
      location: 'Johannesburg',
      countries: 'CHN; FRA; INT; ZAF',
      quote: 'Xi, Dube and Martin attended the BRICS summit.',
      article: 'Fixture article',
      file: 'fixture.txt',
      sources: '1',
    });
    const visit = edges.find((e: any) => e.meeting === 'm-4');
    expect(visit.date).toBe('2024-04');
    expect(visit).not.toHaveProperty('location');
    expect(nodes.find((n: any) => n.id === 'person:wang-yi')).toEqual({
      id: 'person:wang-yi',
      label: 'Wang Yi',
      type: 'person',
      country: 'CHN',
      role: 'Foreign Minister',
      aliases: 'Wang',
    });
  });

  it('round-trips hostile names, quotes with line breaks and formula-like text as plain text', () => {
    const xml = toGraphml(hostileGraph());
    expect(xml).not.toContain('<img');
    expect(onlyXmlChars(xml)).toBe(true);
    const { nodes, edges } = readGraphml(hostileGraph());
    expect(nodes.find((n: any) => n.id === 'person:hostile').label).toBe(HOSTILE_NAME);
    expect(nodes.find((n: any) => n.id === 'person:bob').label).toBe('Bob, Jr.');
    const talks = edges.find((e: any) => e.meeting === 'm-2');
    expect(talks.quote).toBe('He said:\n"We talked, at length."');
    expect(talks.article).toBe('-Breaking, "live"');
    expect(talks.sources).toBe('2');
    expect(edges.find((e: any) => e.meeting === 'm-4').location).toBe('Paris & <Lyon>');
  });

  it('counts edges on the hostile graph: a repeated participant counts once, a lone participant adds none', () => {
    // m-10, m-2, m-3 (hostile listed twice): 1 each; m-4: 3; m-5: 1; m-6: 0.
    expect(readGraphml(hostileGraph()).edges).toHaveLength(7);
  });

  it('is deterministic: input order does not change a byte', () => {
    expect(toGraphml(reversed(hostileGraph()))).toBe(toGraphml(hostileGraph()));
  });
});
