// Loads and validates the graph document the extractor wrote. Every failure
// becomes a readable message for the error screen, never an exception.
import { parseGraph, type GraphDocument } from '../../model';

export type LoadResult = { ok: true; graph: GraphDocument } | { ok: false; title: string; details: string[] };

export const DEFAULT_GRAPH_URL = 'graph.json';

export async function loadGraph(url: string = DEFAULT_GRAPH_URL, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (e) {
    return { ok: false, title: `Could not fetch ${url}`, details: [String(e)] };
  }
  if (!response.ok) {
    return {
      ok: false,
      title: `No graph data at ${url} (HTTP ${response.status})`,
      details: ['Run `npm run extract` to build it from your text, then reload.'],
    };
  }
  let body: string;
  try {
    body = await response.text();
  } catch (e) {
    return { ok: false, title: `Could not read ${url}`, details: [String(e)] };
  }
  // A static server with a single-page fallback answers a missing file with index.html.
  if (/^\s*</.test(body)) {
    return {
      ok: false,
      title: `No graph data at ${url} (the server sent a web page instead)`,
      details: ['Run `npm run extract` to build it from your text, then reload.'],
    };
  }
  if (body.trim() === '') {
    return { ok: false, title: `${url} is empty`, details: ['Run `npm run extract` to build it again, then reload.'] };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, title: `${url} is not valid JSON`, details: [(e as Error).message, 'Run `npm run extract` to build it again, then reload.'] };
  }
  return fromJson(json, url);
}

export function fromJson(json: unknown, url: string): LoadResult {
  const parsed = parseGraph(json);
  if (!parsed.ok) return { ok: false, title: `${url} does not match the diplograph data model`, details: parsed.errors };
  return parsed;
}
