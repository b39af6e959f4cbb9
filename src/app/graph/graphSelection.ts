// The graph view's display state derived from the store: what the selection lights
// (node and link flags, the selected node, a selected meeting's ends) and the node
// colours (by type, or by Louvain community once the metrics are in). Pure but for the memo.
import type { ExplorerState } from '../store';
import { nodePalette, type NodeFill } from './communityColors';
import { graphMetrics, metricsFor } from './graphMetrics';
import { deriveHighlight } from './highlight';
import { TYPE_COLORS } from './palette';
import { highlightFlags, TYPE_ORDER, type HighlightFlags, type Scene } from './scene';

export const TYPE_PALETTE: readonly string[] = TYPE_ORDER.map((t) => TYPE_COLORS[t]);

export interface SelectionView {
  flags: HighlightFlags | null;
  selected: number;
  /** Node indices at the ends of the selected meeting's links. */
  meetingEnds: Set<number>;
}

export function selectionView(scene: Scene, selectedId: string | null, selectedMeetingId: string | null): SelectionView {
  const h = deriveHighlight(scene.links, selectedId, selectedMeetingId);
  const meetingEnds = new Set<number>();
  if (selectedMeetingId) {
    scene.links.forEach((l, i) => {
      if (!l.meetingIds.includes(selectedMeetingId)) return;
      for (const end of [scene.linkEnds[2 * i]!, scene.linkEnds[2 * i + 1]!]) if (end >= 0) meetingEnds.add(end);
    });
  }
  return { flags: highlightFlags(scene, h.nodes, h.links), selected: selectedId ? (scene.indexOf.get(selectedId) ?? -1) : -1, meetingEnds };
}

/** Node fills for a scene, rebuilt only when the scene, the colouring or the metrics change. */
export function createNodeFill(state: () => Pick<ExplorerState, 'colorBy' | 'graph'>) {
  let key: unknown[] = [];
  let fill: NodeFill = nodePalette([], new Uint8Array(0), TYPE_PALETTE, 'type', null);
  return (scene: Scene): NodeFill => {
    const s = state();
    const metrics = s.colorBy === 'community' ? metricsFor(graphMetrics.getState(), s.graph) : null;
    const next = [scene, s.colorBy, metrics];
    if (next.some((k, i) => k !== key[i])) {
      fill = nodePalette(scene.ids, scene.types, TYPE_PALETTE, s.colorBy, metrics && ((id) => metrics.get(id)?.community));
      key = next;
    }
    return fill;
  };
}
