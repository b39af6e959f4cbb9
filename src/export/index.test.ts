import { describe, expect, it } from 'vitest';
import smallGraph from '../app/fixtures/small-graph.json';
import { parseGraph, type GraphDocument } from '../model';
import { toMeetingsCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { FORMATS, formatGraph, isExportFormat, type ExportFormat } from './index';

function loadSmall(): GraphDocument {
  const result = parseGraph(smallGraph);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.graph;
}

describe('formatGraph', () => {
  it('offers json, gexf, graphml and csv', () => {
    expect(FORMATS).toEqual(['json', 'gexf', 'graphml', 'csv']);
  });

  it.each<[ExportFormat, string, string]>([
    ['json', 'json', 'application/json'],
    ['gexf', 'gexf', 'application/gexf+xml'],
    ['graphml', 'graphml', 'application/graphml+xml'],
    ['csv', 'csv', 'text/csv;charset=utf-8'],
  ])('%s → .%s, %s', (format, extension, mimeType) => {
    const out = formatGraph(loadSmall(), format);
    expect(out).toMatchObject({ extension, mimeType });
    expect(out.text.length).toBeGreaterThan(0);
  });

  it('writes json as the pretty-printed graph document, which loads back unchanged', () => {
    const graph = loadSmall();
    const { text } = formatGraph(graph, 'json');
    expect(text).toContain('\n  "schemaVersion": 1');
    const reloaded = parseGraph(JSON.parse(text));
    expect(reloaded).toEqual({ ok: true, graph });
  });

  it('delegates to the format functions', () => {
    const graph = loadSmall();
    expect(formatGraph(graph, 'gexf').text).toBe(toGexf(graph));
    expect(formatGraph(graph, 'graphml').text).toBe(toGraphml(graph));
    expect(formatGraph(graph, 'csv').text).toBe(toMeetingsCsv(graph));
  });

  it('rejects an unknown format with the list of known ones', () => {
    expect(isExportFormat('gexf')).toBe(true);
    expect(isExportFormat('xlsx')).toBe(false);
    expect(() => formatGraph(loadSmall(), 'xlsx' as ExportFormat)).toThrow('unknown format "xlsx"; expected one of json, gexf, graphml, csv');
  });
});
