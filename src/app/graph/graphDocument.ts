// Pure facts about the graph document the view shows: whether two visible graphs lay
// out the same, and how many files the graph was extracted from.
import type { ExplorerState } from '../store';
import type { VisibleGraph } from '../store/selectors';

/** Same nodes, same links, same counts: nothing to lay out again. */
export function sameGraph(a: VisibleGraph, b: VisibleGraph): boolean {
  if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length || a.meetings.length !== b.meetings.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    if (a.nodes[i]!.id !== b.nodes[i]!.id || a.nodes[i]!.meetingCount !== b.nodes[i]!.meetingCount) return false;
  }
  for (let i = 0; i < a.links.length; i++) {
    const p = a.links[i]!;
    const q = b.links[i]!;
    if (p.id !== q.id || p.kind !== q.kind || p.meetingIds.length !== q.meetingIds.length) return false;
    for (let j = 0; j < p.meetingIds.length; j++) if (p.meetingIds[j] !== q.meetingIds[j]) return false;
  }
  for (let i = 0; i < a.meetings.length; i++) if (a.meetings[i]!.id !== b.meetings[i]!.id) return false;
  return true;
}

/** Files the graph was extracted from: the corpus record, or the distinct source files cited. */
export function corpusFiles(graph: ExplorerState['graph']): number {
  if (!graph) return 0;
  if (graph.corpus) return graph.corpus.files;
  return new Set(graph.meetings.flatMap((m) => m.sources.map((s) => s.file))).size;
}
