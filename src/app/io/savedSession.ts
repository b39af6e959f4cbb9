// What this browser keeps between visits, in IndexedDB (through idb): the graph as
// extracted and where it came from, the analyst's corrections, and the files the
// user added (so they can be read again by a newer extractor, their corrections
// placed again). Nothing is kept for a graph.json served with the site that nobody
// corrected: reloading fetches it afresh. Everything read back is validated (the
// model may have moved on since it was saved); what fails is dropped and said.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { createStore } from 'zustand/vanilla';
import { correctionsFile, parseCorrections, parseGraph, type Correction, type GraphDocument } from '../../model';
import type { DataOrigin, ExplorerState } from '../store';

export interface StoredFile {
  name: string;
  type: string;
  lastModified: number;
  bytes: ArrayBuffer;
}

interface SavedGraph {
  origin: DataOrigin;
  extracted: GraphDocument;
  savedAt: string;
}

interface SessionDB extends DBSchema {
  graph: { key: 'current'; value: SavedGraph };
  corrections: { key: 'current'; value: Correction[] };
  corpus: { key: 'current'; value: StoredFile[] };
}

export const DB_NAME = 'diplograph';
const STORES = ['graph', 'corrections', 'corpus'] as const;

let db: Promise<IDBPDatabase<SessionDB>> | null = null;

function open(): Promise<IDBPDatabase<SessionDB>> {
  db ??= openDB<SessionDB>(DB_NAME, 1, {
    upgrade(d) {
      for (const name of STORES) if (!d.objectStoreNames.contains(name)) d.createObjectStore(name);
    },
    // Another tab opened a newer version: let it, and open again when next asked.
    blocking() {
      void db?.then((d) => d.close());
      db = null;
    },
  });
  return db;
}

/** Forgets the open connection (tests, after deleting the database). */
export function closeSaved(): void {
  void db?.then((d) => d.close());
  db = null;
}

export interface SavedSession {
  origin: DataOrigin;
  extracted: GraphDocument;
  corrections: Correction[];
  savedAt: string;
  corpusFiles: number;
}

function validOrigin(o: unknown): o is DataOrigin {
  const x = o as DataOrigin | null;
  if (!x || typeof x !== 'object') return false;
  if (x.kind === 'served') return typeof x.url === 'string';
  return x.kind === 'imported' && Array.isArray(x.files) && x.files.every((f) => typeof f === 'string') && (x.onto === null || typeof x.onto === 'string');
}

/** The saved session, or null; `problems` says what was saved but could not be read back. */
export async function readSaved(): Promise<{ session: SavedSession | null; problems: string[] }> {
  const d = await open();
  const [graph, corrections, corpus] = await Promise.all([d.get('graph', 'current'), d.get('corrections', 'current'), d.get('corpus', 'current')]);
  const problems: string[] = [];
  if (!graph) return { session: null, problems };
  const parsed = parseGraph(graph.extracted);
  if (!parsed.ok || !validOrigin(graph.origin)) {
    problems.push(`The graph saved in this browser no longer matches the data model and was not loaded (${parsed.ok ? 'unknown origin' : parsed.errors[0]}).`);
    return { session: null, problems };
  }
  let list: Correction[] = [];
  if (corrections) {
    const read = parseCorrections(correctionsFile(corrections));
    if (read.ok) list = read.corrections;
    else problems.push(`The corrections saved in this browser could not be read back: ${read.errors[0]}`);
  }
  return { session: { origin: graph.origin, extracted: parsed.graph, corrections: list, savedAt: graph.savedAt, corpusFiles: corpus?.length ?? 0 }, problems };
}

export async function saveGraph(origin: DataOrigin, extracted: GraphDocument): Promise<void> {
  await (await open()).put('graph', { origin, extracted, savedAt: new Date().toISOString() }, 'current');
}

export async function saveCorrections(corrections: readonly Correction[]): Promise<void> {
  await (await open()).put('corrections', [...corrections], 'current');
}

/** Keeps the files the graph was extracted from: in place of those kept, or beside them (a file of the same name replaced). */
export async function saveCorpus(files: readonly StoredFile[], mode: 'replace' | 'merge'): Promise<number> {
  const d = await open();
  const kept = mode === 'merge' ? ((await d.get('corpus', 'current')) ?? []) : [];
  const names = new Set(files.map((f) => f.name));
  const all = [...kept.filter((f) => !names.has(f.name)), ...files];
  await d.put('corpus', all, 'current');
  return all.length;
}

/** The files kept, as File objects to extract again. */
export async function readCorpus(): Promise<File[]> {
  const files = (await (await open()).get('corpus', 'current')) ?? [];
  return files.map((f) => new File([f.bytes], f.name, { type: f.type, lastModified: f.lastModified }));
}

/** Forgets everything this browser kept. */
export async function clearSaved(): Promise<void> {
  const d = await open();
  const tx = d.transaction([...STORES], 'readwrite');
  await Promise.all([...STORES.map((s) => tx.objectStore(s).clear()), tx.done]);
}

export async function toStoredFiles(files: readonly File[]): Promise<StoredFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, type: f.type, lastModified: f.lastModified, bytes: await f.arrayBuffer() })));
}

/** Whether saving works and how much is kept, for the header. */
export interface SavingState {
  status: 'idle' | 'saving' | 'saved' | 'failed';
  error: string | null;
  /** Files kept to be read again. */
  corpusFiles: number;
  /** Something is kept in this browser (an imported graph, or corrections). */
  kept: boolean;
}

export const saving = createStore<SavingState>()(() => ({ status: 'idle', error: null, corpusFiles: 0, kept: false }));

let queue: Promise<unknown> = Promise.resolve();

/** Runs a write after those before it (the browser's IndexedDB orders transactions, our reads between them need this). */
export function queueSave(write: () => Promise<void>): Promise<void> {
  saving.setState({ status: 'saving' });
  const run = queue.then(write).then(
    () => saving.setState({ status: 'saved', error: null }),
    (e: unknown) => saving.setState({ status: 'failed', error: (e as Error)?.message ?? String(e) }),
  );
  queue = run;
  return run;
}

/** Whether a state is worth keeping: files the user added, or any correction. A served graph alone is fetched again. */
export const worthKeeping = (s: Pick<ExplorerState, 'origin' | 'corrections'>) => s.origin?.kind === 'imported' || s.corrections.length > 0;

/** Saves the graph, its origin and the corrections whenever they change; returns the unsubscribe. */
export function bindSaving(store: { getState(): ExplorerState; subscribe(listener: (s: ExplorerState) => void): () => void }): () => void {
  let last = store.getState();
  saving.setState({ kept: worthKeeping(last) });
  // A served graph kept for its corrections: the copy is refreshed with what was served now.
  if (last.origin?.kind === 'served' && last.extracted && worthKeeping(last)) {
    const { origin, extracted } = last;
    void queueSave(() => saveGraph(origin, extracted));
  }
  return store.subscribe((s) => {
    if (s.extracted === last.extracted && s.origin === last.origin && s.corrections === last.corrections) return;
    const graphChanged = s.extracted !== last.extracted || s.origin !== last.origin || !worthKeeping(last);
    const correctionsChanged = s.corrections !== last.corrections;
    last = s;
    const { extracted, origin, corrections } = s;
    if (!extracted || !origin) return;
    const keep = worthKeeping(s);
    saving.setState({ kept: keep });
    void queueSave(async () => {
      if (!keep) {
        await clearSaved();
        saving.setState({ corpusFiles: 0 });
        return;
      }
      if (graphChanged) await saveGraph(origin, extracted);
      if (correctionsChanged || graphChanged) await saveCorrections(corrections);
    });
  });
}
