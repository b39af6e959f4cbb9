// The explorer's shell: loads and validates the graph, then lays out the header,
// filters, graph, timeline and details. Store ↔ URL hash and Escape live here.
import { useEffect, useState } from 'react';
import { DEFAULT_GRAPH_URL, loadGraph, type LoadResult } from './io/load';
import { bindSaving, readSaved, saving, type SavedSession } from './io/savedSession';
import { bindUrlHash } from './url/hashSync';
import { explorer, useExplorer } from './store';
import { Details } from './views/Details';
import { ErrorScreen } from './views/ErrorScreen';
import { Filters } from './views/Filters';
import { GraphView } from './views/GraphView';
import { Header } from './views/Header';
import { AddTextButton, DropOverlay, ImportPanel } from './views/ImportPanel';
import { Legend } from './views/Legend';
import { ReviewPanel } from './views/ReviewPanel';
import { SkipLinks } from './views/SkipLinks';
import { Timeline } from './views/Timeline';

type Failure = Extract<LoadResult, { ok: false }>;

/**
 * What to show first: the files the user added before, with their corrections, as
 * this browser kept them; else the served graph, with the corrections kept for it
 * (placed again over it, so a re-extracted graph.json keeps them); else, when the
 * served graph cannot be had, the copy kept of it.
 */
async function restore(url: string): Promise<LoadResult> {
  let saved: SavedSession | null = null;
  try {
    const read = await readSaved();
    saved = read.session;
    if (read.problems.length) saving.setState({ status: 'failed', error: read.problems.join(' ') });
  } catch (e) {
    // No IndexedDB (a private window of some browsers): the app works, nothing is kept.
    saving.setState({ status: 'failed', error: `This browser keeps nothing between visits here (${(e as Error)?.message ?? String(e)}).` });
  }
  const s = explorer.getState();
  if (saved) saving.setState({ corpusFiles: saved.corpusFiles });
  if (saved?.origin.kind === 'imported') {
    s.loadSession(saved);
    return { ok: true, graph: saved.extracted };
  }
  const forThis = saved?.origin.kind === 'served' && saved.origin.url === url ? saved : null;
  const result = await loadGraph(url);
  if (result.ok) s.loadSession({ extracted: result.graph, corrections: forThis?.corrections ?? [], origin: { kind: 'served', url } });
  else if (forThis) {
    s.loadSession(forThis);
    return { ok: true, graph: forThis.extracted };
  }
  return result;
}

export function App() {
  const [failure, setFailure] = useState<Failure | null>(null);
  const graph = useExplorer((s) => s.graph);
  const reviewOpen = useExplorer((s) => s.reviewOpen);

  useEffect(() => {
    let cancelled = false;
    const url = new URLSearchParams(location.search).get('data') ?? DEFAULT_GRAPH_URL;
    void restore(url).then((result) => {
      if (cancelled) return;
      if (!result.ok) setFailure(result);
      // From now on every change to the graph, its origin or the corrections is kept in this browser.
      bindSaving(explorer);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  // Once the graph is in, restore the view from the URL and mirror it from then on.
  useEffect(() => (graph ? bindUrlHash(explorer) : undefined), [graph]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const s = explorer.getState();
      // Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac) undo and redo corrections, except while typing in a field.
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !(e.target as Element | null)?.closest?.('input, textarea, select')) {
        e.preventDefault();
        if (e.shiftKey) s.redo();
        else s.undo();
        return;
      }
      if (e.key !== 'Escape') return;
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
      {reviewOpen ? <ReviewPanel /> : <Details />}
      <ImportPanel />
      <DropOverlay />
    </div>
  );
}
