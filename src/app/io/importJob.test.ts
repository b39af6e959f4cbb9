// The import job driven by a fake worker: progress, cancel (the worker is
// terminated, late messages ignored), replace and merge into the app's store.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseGraph, type GraphDocument } from '../../model';
import fixture from '../fixtures/small-graph.json';
import { explorer } from '../store';
import { cancelImport, finishImport, importJob, startImport, type ImportWorker } from './importJob';
import type { ImportMessage, ImportRequest } from './importProtocol';

const parsed = parseGraph(fixture);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const current: GraphDocument = parsed.graph;

const found: GraphDocument = {
  schemaVersion: 1,
  corpus: { files: 1, articles: 1, bytes: 10 },
  entities: [
    { id: 'country:BRA', type: 'country', name: 'Brazil', aliases: [], country: 'BRA' },
    { id: 'country:ZAF', type: 'country', name: 'South Africa', aliases: [], country: 'ZAF' },
  ],
  meetings: [{ id: 'm-new', kind: 'talks', date: '2025-03-03', location: null, participants: ['country:BRA', 'country:ZAF'], countries: ['BRA', 'ZAF'], sources: [{ file: 'a.txt', article: '', quote: 'They met.', start: 0, end: 9 }] }],
};

class FakeWorker implements ImportWorker {
  onmessage: ((e: MessageEvent<ImportMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: ImportRequest[] = [];
  terminated = false;
  postMessage(m: ImportRequest) { this.sent.push(m); }
  terminate() { this.terminated = true; }
  emit(data: ImportMessage) { this.onmessage?.({ data } as MessageEvent<ImportMessage>); }
}

const files = (...names: string[]) => names.map((n) => ({ name: n }) as File);
let worker: FakeWorker;

beforeEach(() => {
  cancelImport();
  explorer.getState().setGraph(current);
  worker = new FakeWorker();
});

describe('import job', () => {
  it('reports progress per file and keeps what became of each', () => {
    startImport(files('a.txt', 'b.bin'), () => worker);
    expect(worker.sent[0]!.files.map((f) => f.name)).toEqual(['a.txt', 'b.bin']);
    expect(importJob.getState()).toMatchObject({ phase: 'reading', done: 0, total: 2 });
    worker.emit({ type: 'progress', done: 1, total: 2, outcome: { name: 'a.txt', ok: true, meetings: 1, notes: [] } });
    worker.emit({ type: 'progress', done: 2, total: 2, outcome: { name: 'b.bin', ok: false, reason: 'binary content, not text', notes: [] } });
    worker.emit({ type: 'done', graph: found });
    expect(importJob.getState()).toMatchObject({ phase: 'ready', done: 2, found });
    expect(importJob.getState().outcomes.map((o) => o.name)).toEqual(['a.txt', 'b.bin']);
    expect(worker.terminated).toBe(true);
  });

  it('cancel terminates the worker and ignores anything it still sends', () => {
    startImport(files('a.txt'), () => worker);
    cancelImport();
    expect(worker.terminated).toBe(true);
    worker.emit({ type: 'done', graph: found });
    expect(importJob.getState().phase).toBe('idle');
    expect(explorer.getState().graph).toBe(current);
  });

  it('replace shows the found graph; merge adds it to the current one', () => {
    startImport(files('a.txt'), () => worker);
    worker.emit({ type: 'done', graph: found });
    finishImport('merge');
    expect(explorer.getState().graph!.meetings.map((m) => m.id)).toEqual([...current.meetings.map((m) => m.id), 'm-new']);
    expect(importJob.getState().phase).toBe('idle');

    worker = new FakeWorker();
    startImport(files('a.txt'), () => worker);
    worker.emit({ type: 'done', graph: found });
    finishImport('replace');
    expect(explorer.getState().graph!.meetings.map((m) => m.id)).toEqual(['m-new']);
  });

  it('a graph that fails validation is reported, not shown', () => {
    startImport(files('a.txt'), () => worker);
    worker.emit({ type: 'done', graph: { ...found, entities: [] } });
    finishImport('replace');
    expect(importJob.getState().phase).toBe('failed');
    expect(importJob.getState().errors.join('\n')).toMatch(/unknown entity "country:BRA"/);
    expect(explorer.getState().graph).toBe(current);
  });

  it('a worker that fails says so', () => {
    startImport(files('a.txt'), () => worker);
    worker.onerror?.({ message: 'SyntaxError: bad chunk' } as ErrorEvent);
    expect(importJob.getState()).toMatchObject({ phase: 'failed', errors: ['The extraction worker failed: SyntaxError: bad chunk'] });
  });
});
