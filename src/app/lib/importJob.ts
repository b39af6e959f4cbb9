// "Add text": one import at a time, run in a Web Worker (extract.worker.ts) with
// the CLI's pipeline. A small vanilla store holds its progress, what became of each
// file and the graph it found, until the user chooses to replace the graph on
// screen with it or merge it in. The worker is created per import and terminated
// on cancel, so a cancelled extraction stops at once and leaves nothing running.
import { createStore } from 'zustand/vanilla';
import type { GraphDocument } from '../../model';
import { explorer } from '../store';
import { applyImport, type ImportMode } from './mergeGraphs';
import type { FileOutcome, ImportMessage, ImportRequest } from './importProtocol';

export type ImportPhase = 'idle' | 'reading' | 'ready' | 'failed';

export interface ImportState {
  phase: ImportPhase;
  total: number;
  done: number;
  outcomes: FileOutcome[];
  /** The graph found in the files (phase 'ready'); null when none could be read. */
  found: GraphDocument | null;
  /** Why the import failed (phase 'failed'). */
  errors: string[];
}

const IDLE: ImportState = { phase: 'idle', total: 0, done: 0, outcomes: [], found: null, errors: [] };

export const importJob = createStore<ImportState>()(() => ({ ...IDLE }));

/** The part of a Worker an import uses (tests pass a fake). */
export interface ImportWorker {
  postMessage(message: ImportRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ImportMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

const createWorker = (): ImportWorker => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'diplograph-extract' });

let worker: ImportWorker | null = null;

function stopWorker() {
  worker?.terminate();
  worker = null;
}

/** Reads the files in a fresh worker; a running import is cancelled first. */
export function startImport(files: File[], make: () => ImportWorker = createWorker): void {
  stopWorker();
  if (files.length === 0) return;
  importJob.setState({ ...IDLE, phase: 'reading', total: files.length });
  const w = make();
  worker = w;
  w.onmessage = ({ data }) => {
    if (worker !== w) return;
    if (data.type === 'progress') {
      importJob.setState((s) => ({ done: data.done, total: data.total, outcomes: [...s.outcomes, data.outcome] }));
    } else if (data.type === 'done') {
      stopWorker();
      importJob.setState({ phase: 'ready', found: data.graph });
    } else {
      stopWorker();
      importJob.setState({ phase: 'failed', errors: [`Extraction stopped: ${data.message}`] });
    }
  };
  w.onerror = (e) => {
    if (worker !== w) return;
    stopWorker();
    importJob.setState({ phase: 'failed', errors: [`The extraction worker failed: ${e.message || 'could not start'}`] });
  };
  w.postMessage({ files });
}

/** Stops the extraction (terminates the worker) and closes the panel. */
export function cancelImport(): void {
  stopWorker();
  importJob.setState({ ...IDLE });
}

/** Shows the found graph instead of, or merged with, the one on screen. */
export function finishImport(mode: ImportMode): void {
  const { found } = importJob.getState();
  if (!found) return;
  const result = applyImport(explorer.getState().graph, found, mode);
  if (!result.ok) {
    importJob.setState({ phase: 'failed', errors: ['The extracted graph does not match the data model:', ...result.errors] });
    return;
  }
  const s = explorer.getState();
  s.setGraph(result.graph);
  // A time range or kind filter kept from before could hide exactly the meetings just added.
  s.resetFilters();
  importJob.setState({ ...IDLE });
}

export const dismissImport = cancelImport;
