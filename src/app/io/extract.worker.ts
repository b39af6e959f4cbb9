// The explorer's extraction worker: reads the files the user dropped or picked and
// runs the CLI's own pipeline on them (src/extract), one file at a time, reporting
// after each. compromise, chrono and the HTML parser load here only, in this
// worker's chunk, never in the main bundle. Nothing is validated here (no zod):
// the main thread checks the graph when it takes it in.
import { boundDates } from '../../extract/merge';
import { mergeFiles, type FileResult } from '../../extract/pipeline';
import { extractFileOnce } from '../../extract/readOnce';
import { classifyFile } from './importFiles';
import type { FileOutcome, ImportMessage, ImportRequest } from './importProtocol';

const post = (message: ImportMessage) => (self as unknown as Worker).postMessage(message);

async function readBytes(file: File): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return `unreadable (${(e as Error)?.name || String(e)})`;
  }
}

async function run({ files }: ImportRequest): Promise<void> {
  const results: FileResult[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const name = file.name;
    let outcome: FileOutcome;
    const bytes = await readBytes(file);
    if (typeof bytes === 'string') outcome = { name, ok: false, reason: bytes, notes: [] };
    else {
      const c = classifyFile(name, bytes);
      if (!c.ok) outcome = { name, ok: false, reason: c.reason, notes: c.notes };
      else {
        try {
          // The same metadata as the CLI reads: HTML's published time here, front matter and the file name in extractFile.
          // (Dates outside the model's years are left out, as the CLI leaves them, and said to be.)
          const { result, warnings } = boundDates(extractFileOnce({ name, text: c.text, meta: c.meta }));
          results.push(result);
          outcome = { name, ok: true, meetings: result.meetings.length, notes: [...c.notes, ...[...(result.warnings ?? []), ...warnings].map((w) => w.replace(name + ': ', ''))] };
        } catch (e) {
          outcome = { name, ok: false, reason: `extraction failed (${(e as Error)?.message ?? String(e)})`, notes: c.notes };
        }
      }
    }
    post({ type: 'progress', done: i + 1, total: files.length, outcome });
  }
  post({ type: 'done', graph: results.length ? mergeFiles(results) : null });
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  run(e.data).catch((err: unknown) => post({ type: 'failed', message: (err as Error)?.message ?? String(err) }));
};
