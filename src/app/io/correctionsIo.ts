// Corrections as one JSON file: written from the store's list, read back validated
// (src/model/corrections.ts), so it travels to another browser or to the CLI's
// --corrections. Pure but for the download.
import { correctionsFile, parseCorrections, type Correction, type CorrectionsParse } from '../../model';
import { downloadText } from './download';

/** "diplograph-corrections-2024-06-30.json" for the local date. */
export function correctionsFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `diplograph-corrections-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export function correctionsJson(corrections: readonly Correction[]): string {
  return JSON.stringify(correctionsFile(corrections), null, 2) + '\n';
}

export function downloadCorrections(corrections: readonly Correction[]): void {
  downloadText(correctionsJson(corrections), correctionsFileName(), 'application/json');
}

/** The corrections in a file's text, or what is wrong with it (naming the field). */
export function readCorrectionsText(text: string, name: string): CorrectionsParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${name} is not valid JSON: ${(e as Error).message}`] };
  }
  const parsed = parseCorrections(json);
  return parsed.ok ? parsed : { ok: false, errors: [`${name} is not a diplograph corrections file:`, ...parsed.errors] };
}

/** The imported corrections after the ones in hand, those already there (same id) once. */
export function addCorrections(current: readonly Correction[], added: readonly Correction[]): Correction[] {
  const have = new Set(current.map((c) => c.id));
  return [...current, ...added.filter((c) => !have.has(c.id))];
}
