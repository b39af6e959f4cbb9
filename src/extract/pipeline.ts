// Placeholder pipeline (foundation): the stages land with the extraction issue.
import type { GraphDocument } from '../model';

export interface InputFile {
  /** Path relative to the input folder, as written into sources[].file. */
  name: string;
  text: string;
}

export function extractGraph(files: InputFile[]): GraphDocument {
  return {
    schemaVersion: 1,
    corpus: { files: files.length, articles: 0, bytes: files.reduce((n, f) => n + f.text.length, 0) },
    entities: [],
    meetings: [],
  };
}
