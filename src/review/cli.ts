// The extraction CLI's side of corrections (`npm run extract -- --corrections FILE`):
// reads and validates the file before extracting, applies it over the merged graph,
// and reports on stderr what was applied and every correction it could not place.
import fs from 'node:fs';
import { parseCorrections, type Correction, type GraphDocument } from '../model';
import { applyCorrections, unapplied } from './apply';
import { describeCorrection } from './describe';

/** The corrections in `file`; exits with status 2 and a message naming the field when it cannot be read or is not one. */
export function readCorrections(file: string): Correction[] {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`extract: cannot read corrections ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    process.exit(2);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    console.error(`extract: corrections ${file} is not valid JSON: ${(e as Error).message}`);
    process.exit(2);
  }
  const parsed = parseCorrections(json);
  if (!parsed.ok) {
    console.error(`extract: corrections ${file} is not a diplograph corrections file:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`);
    process.exit(2);
  }
  return parsed.corrections;
}

/** The report's lines: a summary, then one line per correction not applied. */
export function correctionsReport(file: string, outcomes: ReturnType<typeof applyCorrections>['outcomes']): string[] {
  const applied = outcomes.filter((o) => o.status === 'applied');
  const moved = applied.filter((o) => o.status === 'applied' && o.placedBy !== 'id').length;
  const missed = unapplied(outcomes);
  const lines = [
    `corrections ${file}: ${applied.length} of ${outcomes.length} applied${moved ? ` (${moved} placed by quote and file or by name: their ids had changed)` : ''}` +
      (missed.length ? `, ${missed.length} not:` : ''),
  ];
  for (const o of missed) lines.push(`  ${o.correction.id} ${describeCorrection(o.correction)}: ${o.status === 'unplaced' ? 'could not be placed' : 'not applied'}: ${o.reason}`);
  return lines;
}

/** The graph with the corrections applied; the report goes to stderr (as warnings when some were not applied). */
export function reviewGraph(graph: GraphDocument, corrections: readonly Correction[], file: string): GraphDocument {
  const result = applyCorrections(graph, corrections);
  const [head, ...rest] = correctionsReport(file, result.outcomes);
  console.error(rest.length ? `warning: ${head}\n${rest.join('\n')}` : head);
  return result.graph;
}
