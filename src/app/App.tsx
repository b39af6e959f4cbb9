// The explorer's shell: loads and validates the graph, then lays out the header,
// filters, graph, timeline and details. Store ↔ URL hash and Escape live here.
import { useEffect, useState } from 'react';
import { loadGraph, type LoadResult } from './lib/load';
import { bindUrlHash } from './lib/hashSync';
import { explorer, useExplorer } from './store';
import { Details } from './views/Details';
import { ErrorScreen } from './views/ErrorScreen';
import { Filters } from './views/Filters';
import { GraphView } from './views/GraphView';
import { Header } from './views/Header';
import { AddTextButton, DropOverlay, ImportPanel } from './views/ImportPanel';
import { Legend } from './views/Legend';
import { SkipLinks } from './views/SkipLinks';
import { Timeline } from './views/Timeline';

type Failure = Extract<LoadResult, { ok: false }>;

export function App() {
  const [failure, setFailure] = useState<Failure | null>(null);
  const graph = useExplorer((s) => s.graph);

  useEffect(() => {
    let cancelled = false;
    const url = new URLSearchParams(location.search).get('data') ?? undefined;
    loadGraph(url).then((result) => {
      if (cancelled) return;
      if (result.ok) explorer.getState().setGraph(result.graph);
      else setFailure(result);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  // Once the graph is in, restore the view from the URL and mirror it from then on.
  useEffect(() => (graph ? bindUrlHash(explorer) : undefined), [graph]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const s = explorer.getState();
      if (s.selectedId || s.selectedMeetingId) s.clearSelection();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Text brought by the user replaces a missing or broken graph.json.
  if (failure && !graph) {
    return (
      <>
        <ErrorScreen title={failure.title} details={failure.details}>
          <p className="error-hint">
            Or read your own news here: <AddTextButton /> or drop .txt, .md or .html files on this page.
          </p>
        </ErrorScreen>
        <ImportPanel />
        <DropOverlay />
      </>
    );
  }
  if (!graph) {
    return (
      <main className="loading" aria-busy="true">
        <p>Loading graph…</p>
      </main>
    );
  }
  return (
    <div className="app">
      <SkipLinks />
      <Header graph={graph} />
      <Filters />
      <main className="app-graph" id="map" tabIndex={-1} aria-label="Map">
        <GraphView />
        <Legend />
      </main>
      <Timeline />
      <Details />
      <ImportPanel />
      <DropOverlay />
    </div>
  );
}
