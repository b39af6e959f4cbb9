// Which dropped or picked files the explorer can read, and the text it reads from
// them. Pure; runs in the extraction worker (it pulls in the HTML parser, which
// the main bundle does not need). Decoding and HTML-to-text are the CLI's own
// (src/extract/input.ts), so a file reads the same in the browser as on disk.
import { prepareInput } from '../../extract/input';
import type { FileMeta } from '../../extract/published';

/** Extensions offered by the file chooser and accepted from a drop. */
export const IMPORT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm'] as const;

/** A browser tab holds the text and the extraction's working set; beyond this, the CLI is the tool. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileClass =
  | { ok: true; text: string; notes: string[]; meta: FileMeta }
  | { ok: false; reason: string; notes: string[] };

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** A note from input.ts names the file first ("a.txt is not valid UTF-8: ..."); the list already shows the name. */
const withoutName = (name: string, note: string) => (note.startsWith(name + ' ') ? note.slice(name.length + 1) : note);

/** Decides whether a file is read and with what text; every refusal says why in words a user can act on. */
export function classifyFile(name: string, bytes: Uint8Array): FileClass {
  const ext = extensionOf(name);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    return { ok: false, reason: `unsupported file type${ext ? ` (${ext})` : ''}: use .txt, .md or .html`, notes: [] };
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty file', notes: [] };
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, reason: `too large (${(bytes.length / 1024 / 1024).toFixed(0)} MB; the limit here is ${MAX_IMPORT_BYTES / 1024 / 1024} MB): use npm run extract`, notes: [] };
  }
  const prepared = prepareInput(name, bytes);
  const notes = prepared.warnings.map((w) => withoutName(name, w));
  if (!prepared.ok) {
    const reason = prepared.reason === 'binary file' ? 'binary content, not text' : prepared.reason;
    return { ok: false, reason, notes };
  }
  if (prepared.text.trim() === '') return { ok: false, reason: prepared.html ? 'no text in this HTML' : 'only blank space', notes };
  return { ok: true, text: prepared.text, notes, meta: prepared.meta };
}
