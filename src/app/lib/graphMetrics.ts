// Centrality and communities of the loaded graph (computeMetrics from src/export),
// computed once per graph document and only when a view asks for them: the module
// and graphology load on first use, so the first paint does not wait for them.
// Whole graph, not the filtered view: a rank means the same thing whatever the filters.
import { createStore } from 'zustand/vanilla';
import type { EntityMetrics } from '../../export';
import type { GraphDocument } from '../../model';

export interface MetricsState {
  /** The graph `metrics` belong to. */
  graph: GraphDocument | null;
  metrics: Map<string, EntityMetrics> | null;
  /** Members per community, by community number (0 is the largest). */
  communitySizes: number[];
  error: string | null;
}

export const graphMetrics = createStore<MetricsState>()(() => ({ graph: null, metrics: null, communitySizes: [], error: null }));

let pending: GraphDocument | null = null;

/** Starts computing the metrics of `graph` unless they are there or on their way. */
export function requestMetrics(graph: GraphDocument | null): void {
  if (!graph || graphMetrics.getState().graph === graph || pending === graph) return;
  pending = graph;
  void import('../../export')
    .then(({ computeMetrics }) => {
      if (pending !== graph) return;
      const metrics = computeMetrics(graph);
      const communitySizes: number[] = [];
      for (const m of metrics.values()) communitySizes[m.community] = (communitySizes[m.community] ?? 0) + 1;
      graphMetrics.setState({ graph, metrics, communitySizes: Array.from(communitySizes, (n) => n ?? 0), error: null });
    })
    .catch((e: unknown) => graphMetrics.setState({ graph, metrics: null, communitySizes: [], error: (e as Error)?.message ?? String(e) }))
    .finally(() => {
      if (pending === graph) pending = null;
    });
}

/** The metrics if they belong to `graph` (stale ones from a previous graph are never shown). */
export function metricsFor(s: MetricsState, graph: GraphDocument | null): Map<string, EntityMetrics> | null {
  return graph && s.graph === graph ? s.metrics : null;
}
