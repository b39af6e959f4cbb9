import { describe, expect, it } from 'vitest';
import { buildScene, delegationCounts, highlightFlags, nodeWeight } from './scene';
import { motionDetail, FULL_DETAIL } from './drawCanvas';
import { sameGraph } from './graphDocument';
import { EDGE_WIDTHS } from './scales';
import { e, m } from './graphTestFixture';
import type { VisibleGraph } from '../store/selectors';

const chn = e('country:CHN', 'country', 'CHN');
const fra = e('country:FRA', 'country', 'FRA');
const wang = e('person:wang', 'person', 'CHN');
const xi = e('person:xi', 'person', 'CHN');
const macron = e('person:macron', 'person', 'FRA');

const graph: VisibleGraph = {
  nodes: [
    { id: chn.id, entity: chn, meetingCount: 0 },
    { id: fra.id, entity: fra, meetingCount: 1 },
    { id: macron.id, entity: macron, meetingCount: 2 },
    { id: wang.id, entity: wang, meetingCount: 2 },
    { id: xi.id, entity: xi, meetingCount: 1 },
  ],
  links: [
    { id: 'country:CHN|person:wang', source: wang.id, target: chn.id, kind: 'membership', meetingIds: [] },
    { id: 'person:macron|person:wang', source: macron.id, target: wang.id, kind: 'meeting', meetingIds: ['m1', 'm2'] },
    { id: 'country:FRA|person:xi', source: fra.id, target: xi.id, kind: 'meeting', meetingIds: ['m3'] },
  ],
  meetings: [m('m1', [wang.id, macron.id]), m('m2', [wang.id, xi.id, macron.id]), m('m3', [xi.id, fra.id])],
};

describe('delegationCounts', () => {
  it('counts each meeting once per country, through its people', () => {
    const d = delegationCounts(graph);
    expect(d.get('country:CHN')).toBe(3);
    expect(d.get('country:FRA')).toBe(3);
  });
  it('sizes a country by its delegation, a person by their own meetings', () => {
    const d = delegationCounts(graph);
    expect(nodeWeight(graph.nodes[0]!, d)).toBe(3);
    expect(nodeWeight(graph.nodes[3]!, d)).toBe(2);
  });
});

describe('buildScene', () => {
  const scene = buildScene(graph);
  it('indexes nodes and links', () => {
    expect(scene.ids).toEqual(graph.nodes.map((n) => n.id));
    expect([...scene.linkEnds]).toEqual([3, 0, 2, 3, 1, 4]);
    expect([...scene.membership]).toEqual([1, 0, 0]);
    expect([...scene.membershipLinks]).toEqual([0]);
  });
  it('batches meeting links by width', () => {
    const twoMeetings = scene.meetingBatches.findIndex((b) => b.includes(1));
    const oneMeeting = scene.meetingBatches.findIndex((b) => b.includes(2));
    expect(EDGE_WIDTHS[twoMeetings]!).toBeGreaterThan(EDGE_WIDTHS[oneMeeting]!);
    expect(scene.meetingBatches.flatMap((b) => [...b]).sort()).toEqual([1, 2]);
  });
  it('orders nodes by importance: weight, countries first on ties, then name', () => {
    expect(scene.importance.map((i) => scene.ids[i])).toEqual(['country:CHN', 'country:FRA', 'person:macron', 'person:wang', 'person:xi']);
  });
  it('turns a highlight into per-index flags', () => {
    expect(highlightFlags(scene, null, new Set())).toBeNull();
    const f = highlightFlags(scene, new Set([wang.id, macron.id]), new Set(['person:macron|person:wang']))!;
    expect([...f.nodeLit]).toEqual([0, 0, 1, 1, 0]);
    expect([...f.linkLit]).toEqual([0, 1, 0]);
    expect(f.dimOthers).toBe(true);
  });
});

describe('motionDetail', () => {
  it('thins hairlines to the budget while moving, and nothing at rest', () => {
    expect(motionDetail(20_000, 2000).stride).toBe(10);
    expect(motionDetail(500, 2000).stride).toBe(1);
    expect(FULL_DETAIL.stride).toBe(1);
  });
});

describe('sameGraph', () => {
  it('is true for equal content in new arrays, false when anything drawn differs', () => {
    const copy = structuredClone(graph);
    expect(sameGraph(graph, copy)).toBe(true);
    copy.nodes[2]!.meetingCount = 5;
    expect(sameGraph(graph, copy)).toBe(false);
    const other = structuredClone(graph);
    other.links[1]!.meetingIds = ['m1', 'm9'];
    expect(sameGraph(graph, other)).toBe(false);
  });
});
