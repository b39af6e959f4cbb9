// The messages between the explorer and its extraction worker (types only, so
// importing them costs the main bundle nothing).
import type { GraphDocument } from '../../model';

/** Main thread → worker: the files to read, as File objects (the worker reads the bytes). */
export interface ImportRequest {
  files: File[];
}

/** What became of one file. */
export type FileOutcome =
  | { name: string; ok: true; meetings: number; notes: string[] }
  | { name: string; ok: false; reason: string; notes: string[] };

/** Worker → main thread. */
export type ImportMessage =
  | { type: 'progress'; done: number; total: number; outcome: FileOutcome }
  /** `graph` is null when no file could be read. Not yet validated: the main thread does that. */
  | { type: 'done'; graph: GraphDocument | null }
  | { type: 'failed'; message: string };
