// The one entry point for "take the graph elsewhere": the CLI's --format and the
// explorer's export menu both call formatGraph, so they can never disagree on
// what a format means, its file extension or its MIME type.
import type { GraphDocument } from '../model';
import { toMeetingsCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';

export const FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export type FormattedGraph = { text: string; extension: string; mimeType: string };

type FormatSpec = { extension: string; mimeType: string; render: (graph: GraphDocument) => string };

const SPECS: Record<ExportFormat, FormatSpec> = {
  json: { extension: 'json', mimeType: 'application/json', render: (graph) => JSON.stringify(graph, null, 2) + '\n' },
  gexf: { extension: 'gexf', mimeType: 'application/gexf+xml', render: (graph) => toGexf(graph) },
  graphml: { extension: 'graphml', mimeType: 'application/graphml+xml', render: toGraphml },
  // The meetings table: it is what a spreadsheet user wants; entities are one call away (toEntitiesCsv).
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', render: toMeetingsCsv },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (FORMATS as readonly string[]).includes(value);
}

export function formatGraph(graph: GraphDocument, format: ExportFormat): FormattedGraph {
  // Guards callers that pass an unchecked string (a CLI flag) past the type.
  if (!isExportFormat(format)) {
    throw new Error(`export: unknown format "${String(format)}"; expected one of ${FORMATS.join(', ')}`);
  }
  const { extension, mimeType, render } = SPECS[format];
  return { text: render(graph), extension, mimeType };
}

export { toEntitiesCsv, toMeetingsCsv } from './csv';
export { toGexf, type GexfOptions } from './gexf';
export { toGraphml } from './graphml';
export { computeMetrics, topCounterparts, type Counterpart, type EntityMetrics } from './metrics';
