// GraphML for Cytoscape, Gephi, yEd and networkx. GraphML has no time axis, so
// unlike GEXF it keeps ONE edge per meeting per participant pair: each edge
// carries that meeting's own kind, date and source, and Cytoscape (a multigraph)
// shows them side by side. Gephi merges such parallel edges on import; use the
// GEXF export there.
import type { Entity, GraphDocument, Meeting } from '../model';
import { describeCorrected } from '../review/describe';
import { joinList } from './lists';
import { entitiesById, meetingsById } from './order';
import { participantPairs } from './pairs';
import { escapeXml, xmlAttributes } from './xml';

type KeyDeclaration = { id: string; for: 'graph' | 'node' | 'edge'; 'attr.name': string; 'attr.type': 'string' | 'int' };

/** What an analyst's corrections changed in the whole graph ("Corrected by hand: …"), when anything was. */
const GRAPH_KEYS: KeyDeclaration[] = [{ id: 'corrections', for: 'graph', 'attr.name': 'corrections', 'attr.type': 'string' }];

// Key ids are the attribute names: GraphML needs them unique across node and
// edge keys, and readable ids make the file easy to grep.
const NODE_KEYS: KeyDeclaration[] = [
  { id: 'label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' },
  { id: 'type', for: 'node', 'attr.name': 'type', 'attr.type': 'string' },
  { id: 'country', for: 'node', 'attr.name': 'country', 'attr.type': 'string' },
  { id: 'role', for: 'node', 'attr.name': 'role', 'attr.type': 'string' },
  { id: 'aliases', for: 'node', 'attr.name': 'aliases', 'attr.type': 'string' },
  { id: 'corrected', for: 'node', 'attr.name': 'corrected', 'attr.type': 'string' },
];

const EDGE_KEYS: KeyDeclaration[] = [
  { id: 'meeting', for: 'edge', 'attr.name': 'meeting', 'attr.type': 'string' },
  { id: 'kind', for: 'edge', 'attr.name': 'kind', 'attr.type': 'string' },
  { id: 'date', for: 'edge', 'attr.name': 'date', 'attr.type': 'string' },
  { id: 'location', for: 'edge', 'attr.name': 'location', 'attr.type': 'string' },
  { id: 'countries', for: 'edge', 'attr.name': 'countries', 'attr.type': 'string' },
  { id: 'quote', for: 'edge', 'attr.name': 'quote', 'attr.type': 'string' },
  { id: 'article', for: 'edge', 'attr.name': 'article', 'attr.type': 'string' },
  { id: 'file', for: 'edge', 'attr.name': 'file', 'attr.type': 'string' },
  { id: 'sources', for: 'edge', 'attr.name': 'sources', 'attr.type': 'int' },
  { id: 'meetingCorrected', for: 'edge', 'attr.name': 'corrected', 'attr.type': 'string' },
];

export function toGraphml(graph: GraphDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...GRAPH_KEYS, ...NODE_KEYS, ...EDGE_KEYS].map((key) => `  <key${xmlAttributes(key)}/>`),
    '  <graph id="diplograph" edgedefault="undirected">',
    ...dataElements({ corrections: describeCorrected(graph, 20) }),
    ...entitiesById(graph).flatMap(nodeElement),
    ...meetingsById(graph).flatMap(meetingEdges),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

function nodeElement(entity: Entity): string[] {
  return [
    `    <node${xmlAttributes({ id: entity.id })}>`,
    ...dataElements({
      label: entity.name,
      type: entity.type,
      country: entity.country,
      role: entity.role,
      aliases: joinList(entity.aliases),
      corrected: joinList(entity.corrected ?? []),
    }),
    '    </node>',
  ];
}

function meetingEdges(meeting: Meeting): string[] {
  // The first source is the one the extractor matched first; the rest are echoes of the same event.
  const source = meeting.sources[0];
  const data = dataElements({
    meeting: meeting.id,
    kind: meeting.kind,
    date: meeting.date,
    location: meeting.location,
    countries: joinList(meeting.countries),
    quote: source?.quote,
    article: source?.article,
    file: source?.file,
    sources: meeting.sources.length,
    meetingCorrected: joinList(meeting.corrected ?? []),
  });
  return participantPairs(meeting).flatMap((pair) => [
    `    <edge${xmlAttributes({ id: `${meeting.id}|${pair.source}|${pair.target}`, source: pair.source, target: pair.target })}>`,
    ...data,
    '    </edge>',
  ]);
}

/** <data> elements; a missing value is left out, which GraphML reads as "no value". */
function dataElements(values: Record<string, string | number | null | undefined>): string[] {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([key, value]) => `      <data key="${escapeXml(key)}">${escapeXml(String(value))}</data>`);
}
