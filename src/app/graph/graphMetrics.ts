// Centrality and communities of the loaded graph (computeMetrics from src/export),
// computed once per graph document and only when a view asks for them, in a Web
// Worker (metrics.worker.ts) so a large graph's betweenness never blocks the page;
// graphology loads there, not in the main bundle.
// Whole graph, not the filtered view: a rank means the same thing whatever the filters.
import { createStore } from 'zustand/vanilla';
import type { EntityMetrics } from '../../export';
import type { GraphDocument } from '../../model';

export interface MetricsState {
  /** The graph `metrics` belong to. */
  graph: GraphDocument | null;
  metrics: Map<string, EntityMetrics> | null;
  /** Communities of two or more members (countries' and everyone else's counted apart: see computeMetrics). */
  communities: number;
  error: string | null;
}

export const graphMetrics = createStore<MetricsState>()(() => ({ graph: null, metrics: null, communities: 0, error: null }));

let pending: GraphDocument | null = null;
let worker: Worker | null = null;

type Answer = { ok: true; metrics: Map<string, EntityMetrics> } | { ok: false; error: string };

/** In a worker where there are workers (the browser); in this thread otherwise (unit tests). */
function compute(graph: GraphDocument): Promise<Map<string, EntityMetrics>> {
  if (typeof Worker === 'undefined') return import('../../export').then(({ computeMetrics }) => computeMetrics(graph));
  // One computation at a time: a newer graph makes the older answer worthless.
  worker?.terminate();
  const w = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module', name: 'diplograph-metrics' });
  worker = w;
  return new Promise((resolve, reject) => {
    w.onmessage = ({ data }: MessageEvent<Answer>) => {
      w.terminate();
      if (worker === w) worker = null;
      if (data.ok) resolve(data.metrics);
      else reject(new Error(data.error));
    };
    w.onerror = (e) => {
      w.terminate();
      if (worker === w) worker = null;
      reject(new Error(e.message || 'the metrics worker failed'));
    };
    w.postMessage(graph);
  });
}

/** Starts computing the metrics of `graph` unless they are there or on their way. */
export function requestMetrics(graph: GraphDocument | null): void {
  if (!graph || graphMetrics.getState().graph === graph || pending === graph) return;
  pending = graph;
  compute(graph)
    .then((metrics) => {
      if (pending !== graph) return;
      const communities = new Set<string>();
      for (const [id, m] of metrics) if (m.communitySize > 1) communities.add(`${id.startsWith('country:')} ${m.community}`);
      graphMetrics.setState({ graph, metrics, communities: communities.size, error: null });
    })
    .catch((e: unknown) => {
      if (pending === graph) graphMetrics.setState({ graph, metrics: null, communities: 0, error: (e as Error)?.message ?? String(e) });
    })
    .finally(() => {
      if (pending === graph) pending = null;
    });
}

/** The metrics if they belong to `graph` (stale ones from a previous graph are never shown). */
export function metricsFor(s: MetricsState, graph: GraphDocument | null): Map<string, EntityMetrics> | null {
  return graph && s.graph === graph ? s.metrics : null;
}
