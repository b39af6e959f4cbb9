import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../model';
import { parseGraph } from '../../model';
import fixture from '../fixtures/small-graph.json';
import { subgraph, withCorrections } from './exportView';

const graph = parseGraph(fixture);
if (!graph.ok) throw new Error(graph.errors.join('\n'));
const g: GraphDocument = graph.graph;

describe('subgraph', () => {
  it('keeps the chosen meetings in their order and exactly their participants', () => {
    const chosen = [g.meetings[1]!, g.meetings[0]!];
    const sub = subgraph(g, chosen);
    expect(sub.meetings.map((m) => m.id)).toEqual([g.meetings[0]!.id, g.meetings[1]!.id]);
    const ids = new Set(chosen.flatMap((m) => m.participants));
    expect(sub.entities.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(parseGraph(sub).ok).toBe(true);
  });

  it('drops organisation links to entities left out', () => {
    const withOrgs: GraphDocument = {
      schemaVersion: 1,
      entities: [
        { id: 'person:a', type: 'person', name: 'A', aliases: [], country: 'CHN', orgs: ['organisation:x', 'organisation:y'] },
        { id: 'organisation:x', type: 'organisation', name: 'X', aliases: [], country: null },
        { id: 'organisation:y', type: 'organisation', name: 'Y', aliases: [], country: null },
      ],
      meetings: [
        { id: 'm-1', kind: 'meeting', date: null, location: null, participants: ['person:a', 'organisation:x'], countries: [], sources: [{ file: 'f', article: '', quote: 'q', start: 0, end: 1 }] },
        { id: 'm-2', kind: 'meeting', date: null, location: null, participants: ['organisation:y'], countries: [], sources: [{ file: 'f', article: '', quote: 'q', start: 2, end: 3 }] },
      ],
    };
    const sub = subgraph(withOrgs, [withOrgs.meetings[0]!]);
    expect(sub.entities.map((e) => e.id)).toEqual(['person:a', 'organisation:x']);
    expect(sub.entities[0]!.orgs).toEqual(['organisation:x']);
  });

  it('an empty view is an empty, valid graph', () => {
    const sub = subgraph(g, []);
    expect(sub).toMatchObject({ entities: [], meetings: [] });
    expect(parseGraph(sub).ok).toBe(true);
  });
});

describe('withCorrections', () => {
  const snapshot = { width: 10, height: 10, nodes: [], edges: [], labels: [], legend: [], title: 'diplograph: who meets whom', caption: 'All dates · all kinds', credit: '' };
  it('adds what was corrected to the picture’s caption, and keeps its record in a view’s subgraph', async () => {
    const { applyCorrections } = await import('../../review/apply');
    const { meetingRef, stamp } = await import('../../review/refs');
    const { renderSvg } = await import('./svgExport');
    const corrected = applyCorrections(g, [stamp({ op: 'reject', target: meetingRef(g.meetings[0]!) }, []), stamp({ op: 'set-kind', target: meetingRef(g.meetings[1]!), value: 'summit' }, [], new Date(1))]).graph;
    const svg = renderSvg(withCorrections(snapshot, corrected));
    expect(svg).toContain('All dates · all kinds · Corrected by hand: 1 meeting; 1 rejected meeting left out');
    expect(subgraph(corrected, corrected.meetings.slice(0, 1)).review).toEqual(corrected.review);
    expect(withCorrections(snapshot, g)).toBe(snapshot);
  });
});
