// GEXF 1.3 for Gephi, with the time dimension its timeline filter needs.
//
// Edge design: ONE edge per pair of participants, carrying each of the pair's
// meetings as a <spell> (its day range), rather than one edge per meeting.
// - Gephi's graph store keeps at most one edge per pair and edge type: parallel
//   edges are merged on import (weights summed by default), so one edge per
//   meeting would be collapsed anyway, each meeting's dates left to the merge.
// - With spells the timeline shows the edge exactly while the pair is meeting,
//   and weight (= number of meetings) drives edge thickness and weighted metrics.
// - Gephi rejects overlapping intervals on one element, so spells of meetings
//   on the same day, or a day inside a month-precise meeting, are merged.
// Per-meeting detail (which kind on which date) stays in the GraphML and CSV
// exports; here the edge lists its meeting ids, kinds and locations.
//
// Undated meetings have no spell. An edge whose meetings are all undated gets
// no <spells> at all, which GEXF reads as "always present": hiding a known
// encounter because its date is unknown would misrepresent the data.
import { KIND_LABELS, type Entity, type GraphDocument, type Meeting } from '../model';
import { describeCorrected } from '../review/describe';
import { hexToRgb, TYPE_COLORS } from './colors';
import { daySpan, mergeSpans, type DaySpan } from './dates';
import { distinct, joinList, LIST_SEPARATOR } from './lists';
import { entitiesById } from './order';
import { meetingCounts, meetingsByPair, type PairMeetings } from './pairs';
import { asToken, escapeXml, xmlAttributes } from './xml';

export type GexfOptions = {
  /** "YYYY-MM-DD" written as <meta lastmodifieddate>; left out by default so output is reproducible. */
  lastModified?: string;
  /** Free text for <meta><description>. */
  description?: string;
};

type AttributeDeclaration = { id: string; title: string; type: 'string' | 'integer' };

const NODE_ATTRIBUTES: AttributeDeclaration[] = [
  { id: 'type', title: 'type', type: 'string' },
  { id: 'country', title: 'country', type: 'string' },
  { id: 'role', title: 'role', type: 'string' },
  { id: 'aliases', title: 'aliases', type: 'string' },
  { id: 'meetings', title: 'meetings', type: 'integer' },
  { id: 'corrected', title: 'corrected', type: 'string' },
];

const EDGE_ATTRIBUTES: AttributeDeclaration[] = [
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'location', title: 'location', type: 'string' },
  { id: 'firstDate', title: 'first date', type: 'string' },
  { id: 'lastDate', title: 'last date', type: 'string' },
  { id: 'meetings', title: 'meetings', type: 'string' },
  { id: 'meetingCount', title: 'meeting count', type: 'integer' },
  { id: 'corrected', title: 'corrected', type: 'string' },
];

export function toGexf(graph: GraphDocument, options: GexfOptions = {}): string {
  const counts = meetingCounts(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta${xmlAttributes({ lastmodifieddate: options.lastModified })}>`,
    '    <creator>diplograph</creator>',
    `    <description>${escapeXml(options.description ?? ['Who meets whom, extracted from diplomatic news', describeCorrected(graph, 20)].filter(Boolean).join('. '))}</description>`,
    '  </meta>',
    '  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">',
    ...attributeBlock('node', NODE_ATTRIBUTES),
    ...attributeBlock('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...entitiesById(graph).flatMap((entity) => nodeElement(entity, counts.get(entity.id) ?? 0)),
    '    </nodes>',
    '    <edges>',
    ...meetingsByPair(graph).flatMap(edgeElement),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return lines.join('\n') + '\n';
}

function attributeBlock(kind: 'node' | 'edge', declarations: AttributeDeclaration[]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...declarations.map((a) => `      <attribute${xmlAttributes(a)}/>`),
    '    </attributes>',
  ];
}

function nodeElement(entity: Entity, meetings: number): string[] {
  const { r, g, b } = hexToRgb(TYPE_COLORS[entity.type]);
  return [
    `      <node${xmlAttributes({ id: entity.id, label: asToken(entity.name) })}>`,
    ...attvalues({
      type: entity.type,
      country: entity.country,
      role: entity.role,
      aliases: joinList(entity.aliases),
      meetings,
      corrected: joinList(entity.corrected ?? []),
    }),
    `        <viz:color${xmlAttributes({ r, g, b })}/>`,
    '      </node>',
  ];
}

function edgeElement(pair: PairMeetings): string[] {
  const dated = pair.meetings.map((m) => daySpan(m.date)).filter((s): s is DaySpan => s !== null);
  const spells = mergeSpans(dated);
  const kinds = distinct(pair.meetings.map((m) => m.kind));
  return [
    `      <edge${xmlAttributes({
      id: `${pair.source}|${pair.target}`,
      source: pair.source,
      target: pair.target,
      // The label is for people ("Phone call"); the kind attribute keeps the model's value for filtering.
      label: asToken(kinds.map((k) => KIND_LABELS[k]).join(LIST_SEPARATOR)),
      weight: pair.meetings.length,
    })}>`,
    ...attvalues({
      kind: kinds.join(LIST_SEPARATOR),
      location: joinList(distinct(pair.meetings.map((m) => m.location))),
      firstDate: spells[0]?.start,
      lastDate: spells[spells.length - 1]?.end,
      meetings: pair.meetings.map((m) => m.id).join(LIST_SEPARATOR),
      meetingCount: pair.meetings.length,
      corrected: correctedMeetings(pair.meetings),
    }),
    ...(spells.length === 0
      ? []
      : ['        <spells>', ...spells.map((s) => `          <spell${xmlAttributes(s)}/>`), '        </spells>']),
    '      </edge>',
  ];
}

/** "m-1: date, kind; m-7: confirmed" for the pair's meetings an analyst corrected; null when none. */
export function correctedMeetings(meetings: readonly Meeting[]): string | null {
  return joinList(meetings.filter((m) => m.corrected?.length).map((m) => `${m.id}: ${m.corrected!.join(', ')}`));
}

/** <attvalues>, skipping missing values: GEXF has no null, and "" would read as a value. */
function attvalues(values: Record<string, string | number | null | undefined>): string[] {
  const present = Object.entries(values).filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined);
  if (present.length === 0) return [];
  return [
    '        <attvalues>',
    ...present.map(([key, value]) => `          <attvalue${xmlAttributes({ for: key, value })}/>`),
    '        </attvalues>',
  ];
}
