// What the browser keeps, against an in-memory IndexedDB (fake-indexeddb): the graph,
// its origin and the corrections survive a "reload" (a fresh store reading them back),
// a served graph nobody corrected is not kept, the corpus is kept to be read again,
// clearing forgets everything, and what no longer validates is dropped and said.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewGraph } from '../../review/fixtures';
import { meetingRef } from '../../review/refs';
import { createExplorerStore } from '../store';
import { bindSaving, clearSaved, closeSaved, DB_NAME, queueSave, readCorpus, readSaved, saveCorpus, saving } from './savedSession';

/** Waits for every queued write. */
const settled = () => queueSave(async () => {});

let unbind: () => void = () => {};
beforeEach(async () => {
  await clearSaved();
});
afterEach(() => unbind());

function freshStore() {
  const store = createExplorerStore();
  unbind();
  unbind = bindSaving(store);
  return store;
}

describe('saved session', () => {
  it('keeps the imported graph and its corrections across a reload', async () => {
    const store = freshStore();
    store.getState().loadSession({ extracted: reviewGraph(), corrections: [], origin: { kind: 'imported', files: ['a.txt', 'b.txt'], onto: null } });
    const m = store.getState().graph!.meetings[2]!;
    store.getState().correct({ op: 'reject', target: meetingRef(m) });
    await settled();
    expect(saving.getState()).toMatchObject({ status: 'saved', kept: true });

    const { session, problems } = await readSaved();
    expect(problems).toEqual([]);
    expect(session!.origin).toEqual({ kind: 'imported', files: ['a.txt', 'b.txt'], onto: null });
    expect(session!.extracted).toEqual(reviewGraph());
    expect(session!.corrections).toEqual(store.getState().corrections);
    const reloaded = createExplorerStore();
    reloaded.getState().loadSession(session!);
    expect(reloaded.getState().graph).toEqual(store.getState().graph);
  });

  it('keeps nothing for a served graph until it is corrected, and forgets it once the last correction is undone', async () => {
    const store = freshStore();
    store.getState().loadSession({ extracted: reviewGraph(), corrections: [], origin: { kind: 'served', url: 'graph.json' } });
    await settled();
    expect((await readSaved()).session).toBeNull();
    store.getState().correct({ op: 'confirm', target: meetingRef(store.getState().graph!.meetings[0]!) });
    await settled();
    expect((await readSaved()).session).toMatchObject({ origin: { kind: 'served', url: 'graph.json' }, corrections: [expect.objectContaining({ op: 'confirm' })] });
    store.getState().undo();
    await settled();
    expect((await readSaved()).session).toBeNull();
  });

  it('keeps the files to read again, a merge adding to them', async () => {
    const file = (name: string, text: string) => new File([text], name, { type: 'text/plain', lastModified: 1 });
    const bytes = async (f: File) => new Uint8Array(await f.arrayBuffer());
    const stored = async (files: File[]) => Promise.all(files.map(async (f) => ({ name: f.name, type: f.type, lastModified: f.lastModified, bytes: (await bytes(f)).buffer as ArrayBuffer })));
    expect(await saveCorpus(await stored([file('a.txt', 'one'), file('b.txt', 'two')]), 'replace')).toBe(2);
    expect(await saveCorpus(await stored([file('b.txt', 'TWO'), file('c.txt', 'three')]), 'merge')).toBe(3);
    const back = await readCorpus();
    expect(await Promise.all(back.map(async (f) => `${f.name}=${await f.text()}`))).toEqual(['a.txt=one', 'b.txt=TWO', 'c.txt=three']);
    await clearSaved();
    expect(await readCorpus()).toEqual([]);
  });

  it('drops what no longer matches the model, and says so', async () => {
    closeSaved();
    const db = await openDB(DB_NAME, 1);
    await db.put('graph', { origin: { kind: 'imported', files: [], onto: null }, extracted: { schemaVersion: 99 }, savedAt: '' }, 'current');
    db.close();
    const { session, problems } = await readSaved();
    expect(session).toBeNull();
    expect(problems[0]).toMatch(/no longer matches the data model/);
  });
});
