// Reads, decodes and extracts one input file at a time. Used in-process by the
// CLI for --jobs 1 and as a worker_threads entry for --jobs N: the main thread
// hands out file paths one by one, each worker answers with the small per-file
// result (never the text), and the main thread merges them in file order.
import fs from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { timeBudget } from './budget';
import { prepareInput } from './input';
import { boundDates } from './merge';
import type { FileResult } from './pipeline';
import { extractFileOnce } from './readOnce';
import type { DocumentTime } from './published';

export interface FileTask {
  /** Position in the sorted file list: results are merged in this order. */
  index: number;
  /** Absolute (or cwd-relative) path to read. */
  path: string;
  /** Name relative to the input folder, as written into sources[].file. */
  name: string;
  /** The manifest's publication date for this file (--manifest), if it has a row. */
  published?: DocumentTime | null;
  title?: string | null;
  /** --published: the run's default publication date. */
  defaultPublished?: string | null;
  /** --time-budget: seconds this file may take; null or absent: timeBudget(bytes). */
  budgetSeconds?: number | null;
}

/** How far one file's extraction has gone, sent while it runs (a single large file is otherwise silent). */
export interface FileProgress {
  progress: true;
  index: number;
  name: string;
  stage: 'mentions' | 'meetings';
  /** Characters read of the text's length, in this stage. */
  at: number;
  of: number;
  seconds: number;
}


/** Thrown from the pipeline's checkpoint when a file runs past its budget. */
class OverBudget extends Error {
  constructor(readonly seconds: number, readonly at: number, readonly of: number) { super('over its time budget'); }
}

export interface FileOutcome {
  index: number;
  name: string;
  /** Null when the file was skipped (see warnings). */
  result: FileResult | null;
  /** Bytes read from disk. */
  bytes: number;
  warnings: string[];
}

export interface ProcessHooks {
  /** Milliseconds, for the time budget (default Date.now). */
  now?: () => number;
  /** Called at most once a second while a file is extracted. */
  progress?: (p: FileProgress) => void;
}

/** Reads one file and runs the per-file pipeline on it. Never throws: problems become warnings. */
export function processFile(task: FileTask, read: (p: string) => Uint8Array = (p) => fs.readFileSync(p), hooks: ProcessHooks = {}): FileOutcome {
  const now = hooks.now ?? Date.now;
  const started = now();
  const out: FileOutcome = { index: task.index, name: task.name, result: null, bytes: 0, warnings: [] };
  let buf: Uint8Array | null;
  try {
    buf = read(task.path);
  } catch (e) {
    out.warnings.push(`skipped ${task.name}: unreadable (${errorCode(e)})`);
    return out;
  }
  const size = (out.bytes = buf.length);
  try {
    const prepared = prepareInput(task.name, buf);
    buf = null; // (the text is all that is needed now: a 50 MB file's bytes are not kept alive while it is extracted)
    out.warnings.push(...prepared.warnings);
    if (!prepared.ok) {
      out.warnings.push(`skipped ${task.name}: ${prepared.reason}`);
      return out;
    }
    // A manifest row outranks the page's own metadata (it is what the user said about the file).
    const meta = { ...prepared.meta, ...(task.published ? { published: task.published } : {}), ...(task.title ? { title: task.title } : {}) };
    const budget = task.budgetSeconds ?? timeBudget(size);
    const of = prepared.text.length;
    let reported = started;
    const checkpoint = (at: number, stage: FileProgress['stage']) => {
      const t = now();
      if (t - started > budget * 1000) throw new OverBudget(budget, stage === 'mentions' ? at / 2 : (of + at) / 2, of);
      if (hooks.progress && t - reported >= 1000) {
        reported = t;
        hooks.progress({ progress: true, index: task.index, name: task.name, stage, at, of, seconds: (t - started) / 1000 });
      }
    };
    const bounded = boundDates(extractFileOnce({ name: task.name, text: prepared.text, meta, defaultPublished: task.defaultPublished ?? null }, { checkpoint }));
    out.result = bounded.result;
    out.warnings.push(...(out.result.warnings ?? []), ...bounded.warnings);
  } catch (e) {
    if (e instanceof OverBudget) {
      const done = e.of ? Math.floor((100 * e.at) / e.of) : 0;
      out.warnings.push(`skipped ${task.name}: over its time budget of ${e.seconds} s (${(size / 1e6).toFixed(2)} MB, ${done}% read; --time-budget SECONDS gives more)`);
    } else out.warnings.push(`skipped ${task.name}: extraction failed (${(e as Error)?.message ?? String(e)})`);
  }
  return out;
}

export const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);

// As a worker: answer tasks until told to stop (the main thread closes the port).
if (!isMainThread && parentPort && (workerData as { diplographExtract?: boolean } | null)?.diplographExtract) {
  const port = parentPort;
  port.on('message', (task: FileTask) => {
    port.postMessage(processFile(task, undefined, { progress: (p) => port.postMessage(p) }));
  });
}
