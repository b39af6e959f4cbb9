// A small visible graph and its view state, for the graph view's unit tests.
import type { Entity, Meeting } from '../../model';
import type { VisibleGraph } from '../store/selectors';
import { createGraphState, type GraphState } from './graphState';
import { buildScene } from './scene';

export const e = (id: string, type: Entity['type'], country: string | null): Entity => ({ id, type, name: id.split(':')[1]!, aliases: [], country, role: null });
export const m = (id: string, participants: string[]): Meeting => ({
  id,
  kind: 'talks',
  date: '2024-01-01',
  location: null,
  participants,
  countries: [],
  sources: [{ file: 'f', article: 'a', quote: 'q', start: 0, end: 1 }],
});

export function smallGraph(): VisibleGraph {
  const chn = e('country:CHN', 'country', 'CHN');
  const wang = e('person:wang', 'person', 'CHN');
  const macron = e('person:macron', 'person', 'FRA');
  return {
    nodes: [
      { id: chn.id, entity: chn, meetingCount: 0 },
      { id: macron.id, entity: macron, meetingCount: 1 },
      { id: wang.id, entity: wang, meetingCount: 1 },
    ],
    links: [
      { id: 'country:CHN|person:wang', source: wang.id, target: chn.id, kind: 'membership', meetingIds: [] },
      { id: 'person:macron|person:wang', source: macron.id, target: wang.id, kind: 'meeting', meetingIds: ['m1'] },
    ],
    meetings: [m('m1', [wang.id, macron.id])],
  };
}

/** The state with nodes placed at `points` (in scene order), a 400x300 viewport and the identity transform. */
export function stateWith(graph: VisibleGraph, points: [number, number][]): GraphState {
  const st = createGraphState({ width: 400, height: 300 });
  st.visible = graph;
  st.scene = buildScene(graph);
  st.positions = new Float32Array(points.flat());
  return st;
}
