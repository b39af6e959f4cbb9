// Every export lists entities and meetings in one stable order, so the same
// graph always produces byte-identical files (diffable, cacheable, snapshot-able).
import type { Entity, GraphDocument, Meeting } from '../model';

/**
 * Compares ids by code unit, except that runs of digits compare as numbers, so
 * "m-2" sorts before "m-10". Deliberately not `localeCompare`/`Intl.Collator`:
 * their order depends on the runtime's ICU data, and output must not.
 */
export function compareIds(a: string, b: string): number {
  const chunk = /(\d+|\D+)/g;
  const left = a.match(chunk) ?? [];
  const right = b.match(chunk) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    if (isDigits(x) && isDigits(y)) {
      const byValue = compareDigitRuns(x, y);
      if (byValue !== 0) return byValue;
    }
    return x < y ? -1 : 1;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigits(s: string): boolean {
  return s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;
}

/** Numeric comparison without Number(): ids may carry digit runs longer than 2^53. */
function compareDigitRuns(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function entitiesById(graph: GraphDocument): Entity[] {
  return [...graph.entities].sort((a, b) => compareIds(a.id, b.id));
}

export function meetingsById(graph: GraphDocument): Meeting[] {
  return [...graph.meetings].sort((a, b) => compareIds(a.id, b.id));
}
