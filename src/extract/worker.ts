// Reads, decodes and extracts one input file at a time. Used in-process by the
// CLI for --jobs 1 and as a worker_threads entry for --jobs N: the main thread
// hands out file paths one by one, each worker answers with the small per-file
// result (never the text), and the main thread merges them in file order.
import fs from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { prepareInput } from './input';
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

/** Reads one file and runs the per-file pipeline on it. Never throws: problems become warnings. */
export function processFile(task: FileTask, read: (p: string) => Uint8Array = (p) => fs.readFileSync(p)): FileOutcome {
  const out: FileOutcome = { index: task.index, name: task.name, result: null, bytes: 0, warnings: [] };
  let buf: Uint8Array;
  try {
    buf = read(task.path);
  } catch (e) {
    out.warnings.push(`skipped ${task.name}: unreadable (${errorCode(e)})`);
    return out;
  }
  out.bytes = buf.length;
  try {
    const prepared = prepareInput(task.name, buf);
    out.warnings.push(...prepared.warnings);
    if (!prepared.ok) {
      out.warnings.push(`skipped ${task.name}: ${prepared.reason}`);
      return out;
    }
    // A manifest row outranks the page's own metadata (it is what the user said about the file).
    const meta = { ...prepared.meta, ...(task.published ? { published: task.published } : {}), ...(task.title ? { title: task.title } : {}) };
    out.result = extractFileOnce({ name: task.name, text: prepared.text, meta, defaultPublished: task.defaultPublished ?? null });
    out.warnings.push(...(out.result.warnings ?? []));
  } catch (e) {
    out.warnings.push(`skipped ${task.name}: extraction failed (${(e as Error)?.message ?? String(e)})`);
  }
  return out;
}

export const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);

// As a worker: answer tasks until told to stop (the main thread closes the port).
if (!isMainThread && parentPort && (workerData as { diplographExtract?: boolean } | null)?.diplographExtract) {
  const port = parentPort;
  port.on('message', (task: FileTask) => {
    port.postMessage(processFile(task));
  });
}
