// "Add text": one import at a time, run in a Web Worker (extract.worker.ts) with
// the CLI's pipeline. A small vanilla store holds its progress, what became of each
// file and the graph it found, until the user chooses to replace the graph on
// screen with it or merge it in. The worker is created per import and terminated
// on cancel, so a cancelled extraction stops at once and leaves nothing running.
import { createStore } from 'zustand/vanilla';
import type { GraphDocument } from '../../model';
import { explorer, type DataOrigin } from '../store';
import { applyImport, type ImportMode } from './mergeGraphs';
import type { FileOutcome, ImportMessage, ImportRequest } from './importProtocol';
import { queueSave, saveCorpus, saving, toStoredFiles } from './savedSession';

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
/** The files of the import in hand: kept in this browser with the graph once it is shown. */
let files: File[] = [];

function stopWorker() {
  worker?.terminate();
  worker = null;
}

/** Reads the files in a fresh worker; a running import is cancelled first. */
export function startImport(picked: File[], make: () => ImportWorker = createWorker): void {
  stopWorker();
  files = picked;
  if (picked.length === 0) return;
  importJob.setState({ ...IDLE, phase: 'reading', total: picked.length });
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
  w.postMessage({ files: picked });
}

/** Stops the extraction (terminates the worker) and closes the panel. */
export function cancelImport(): void {
  stopWorker();
  files = [];
  importJob.setState({ ...IDLE });
}

/**
 * Shows the found graph instead of, or merged with, the one on screen, with the
 * corrections made so far applied over it (placed again where they still fit).
 */
export function finishImport(mode: ImportMode): void {
  const { found, outcomes } = importJob.getState();
  if (!found) return;
  const before = explorer.getState();
  // Merged with the extracted graph, not the corrected one: corrections stay records over it.
  const result = applyImport(before.extracted, found, mode);
  if (!result.ok) {
    importJob.setState({ phase: 'failed', errors: ['The extracted graph does not match the data model:', ...result.errors] });
    return;
  }
  const read = outcomes.filter((o) => o.ok).map((o) => o.name);
  const previous = before.origin;
  const merged = mode === 'merge' && before.extracted !== null;
  const origin: DataOrigin = {
    kind: 'imported',
    files: merged && previous?.kind === 'imported' ? [...previous.files.filter((f) => !read.includes(f)), ...read] : read,
    onto: merged ? (previous?.kind === 'served' ? previous.url : previous?.kind === 'imported' ? previous.onto : null) : null,
  };
  const kept = files.filter((f) => read.includes(f.name));
  files = [];
  const s = explorer.getState();
  s.loadSession({ extracted: result.graph, corrections: before.corrections, origin });
  // A time range or kind filter kept from before could hide exactly the meetings just added.
  s.resetFilters();
  importJob.setState({ ...IDLE });
  void queueSave(async () => {
    saving.setState({ corpusFiles: await saveCorpus(await toStoredFiles(kept), merged ? 'merge' : 'replace') });
  });
}

export const dismissImport = cancelImport;
