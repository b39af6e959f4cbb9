import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/small-graph.json';
import { loadGraph } from './load';

const serve = (body: string, status = 200): typeof fetch => async () => new Response(body, { status });

describe('loadGraph', () => {
  it('loads and validates a good graph', async () => {
    const r = await loadGraph('graph.json', serve(JSON.stringify(fixture)));
    expect(r.ok && r.graph.entities.length).toBe(13);
  });
  it('names the URL of a missing file and says how to make it', async () => {
    const r = await loadGraph('data/graph.json', serve('Not found', 404));
    expect(r).toMatchObject({ ok: false, title: 'No graph data at data/graph.json (HTTP 404)' });
    expect(!r.ok && r.details.join(' ')).toContain('npm run extract');
  });
  it('recognises a single-page fallback (index.html) as a missing file', async () => {
    const r = await loadGraph('graph.json', serve('<!doctype html><html></html>'));
    expect(!r.ok && r.title).toContain('No graph data at graph.json');
  });
  it('reports malformed JSON with the parser’s message', async () => {
    const r = await loadGraph('graph.json', serve('{"schemaVersion": 1, "entities": ['));
    expect(r).toMatchObject({ ok: false, title: 'graph.json is not valid JSON' });
    expect(!r.ok && r.details[0]).toMatch(/JSON/i);
  });
  it('reports an empty file', async () => {
    expect(await loadGraph('graph.json', serve('  '))).toMatchObject({ ok: false, title: 'graph.json is empty' });
  });
  it('names a wrong schemaVersion', async () => {
    const r = await loadGraph('graph.json', serve(JSON.stringify({ ...fixture, schemaVersion: 3 })));
    expect(!r.ok && r.title).toBe('graph.json does not match the diplograph data model');
    expect(!r.ok && r.details[0]).toContain('schemaVersion is 3');
  });
  it('names the field that is wrong', async () => {
    const bad = structuredClone(fixture) as { meetings: { date: string }[] };
    bad.meetings[2]!.date = 'last Tuesday';
    const r = await loadGraph('graph.json', serve(JSON.stringify(bad)));
    expect(!r.ok && r.details[0]).toMatch(/^meetings\[2\]\.date: expected "YYYY"/);
  });
  it('turns a network failure into a message, not an exception', async () => {
    const r = await loadGraph('graph.json', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(r).toMatchObject({ ok: false, title: 'Could not fetch graph.json', details: ['TypeError: Failed to fetch'] });
  });
});
