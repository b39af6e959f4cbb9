// Every export says which items an analyst corrected: a `corrected` column in the CSV,
// `corrected` node and edge attributes in GEXF and GraphML, a line in their descriptions.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../review/apply';
import { reviewGraph } from '../review/fixtures';
import { entityRef, meetingRef, stamp } from '../review/refs';
import { toEntitiesCsv, toGexf, toGraphml, toMeetingsCsv } from './index';

const base = reviewGraph();
const lavrov = base.entities.find((e) => e.id === 'person:s-lavrov')!;
const into = base.entities.find((e) => e.id === 'person:sergey-lavrov')!;
const corrections = [
  stamp({ op: 'merge', target: entityRef(base, lavrov), value: entityRef(base, into) }, []),
  stamp({ op: 'set-date', target: meetingRef(base.meetings[4]!), value: '2024-05-14' }, [], new Date(1)),
  stamp({ op: 'reject', target: meetingRef(base.meetings[2]!) }, [], new Date(2)),
];
const { graph } = applyCorrections(base, corrections);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['node', 'edge', 'attvalue', 'data', 'key', 'attribute'].includes(n) });

describe('exports of a corrected graph', () => {
  it('CSV: a corrected column for meetings and entities', () => {
    const meetings = parseCsv(toMeetingsCsv(graph), { columns: true }) as Record<string, string>[];
    expect(meetings.map((r) => [r.id, r.corrected])).toEqual([['m-1', ''], ['m-2', 'joined'], ['m-5', 'date']]);
    const entities = parseCsv(toEntitiesCsv(graph), { columns: true }) as Record<string, string>[];
    expect(entities.find((r) => r.id === 'person:sergey-lavrov')!.corrected).toBe('merged');
  });

  it('GEXF: corrected node and edge attributes, and the description says what was corrected', () => {
    const g = xml.parse(toGexf(graph)).gexf;
    expect(g.meta.description).toBe('Who meets whom, extracted from diplomatic news. Corrected by hand: 1 entity (Sergey Lavrov), 2 meetings; 1 rejected meeting left out');
    const node = g.graph.nodes.node.find((n: Record<string, string>) => n['@id'] === 'person:sergey-lavrov');
    expect(node.attvalues.attvalue).toContainEqual({ '@for': 'corrected', '@value': 'merged' });
    const edge = g.graph.edges.edge.find((e: Record<string, string>) => e['@id'] === 'person:musalia-mudavadi|person:wang-yi');
    expect(edge.attvalues.attvalue).toContainEqual({ '@for': 'corrected', '@value': 'm-5: date' });
  });

  it('GraphML: a corrected key on nodes and edges, and one for the graph', () => {
    const g = xml.parse(toGraphml(graph)).graphml;
    const keys = Object.fromEntries(g.key.map((k: Record<string, string>) => [k['@id'], k['@attr.name']]));
    expect(keys).toMatchObject({ corrections: 'corrections', corrected: 'corrected', meetingCorrected: 'corrected' });
    expect(g.graph.data).toContainEqual({ '@key': 'corrections', '#text': expect.stringContaining('Corrected by hand') });
    const edge = g.graph.edge.find((e: Record<string, string>) => e['@id']!.startsWith('m-5|'));
    expect(edge.data).toContainEqual({ '@key': 'meetingCorrected', '#text': 'date' });
  });

  it('says nothing of corrections when there were none', () => {
    expect(toGexf(base)).not.toContain('Corrected by hand');
    expect(toGraphml(base)).not.toContain('<data key="corrections"');
  });
});
