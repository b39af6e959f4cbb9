// How the exports flatten a list (aliases, participants, kinds) into one cell or
// attribute: formats like CSV and GraphML have no list type.

/** "; " rather than ",": a joined list must not read as more CSV columns, and names contain commas. */
export const LIST_SEPARATOR = '; ';

/** Distinct values in first-seen order, nulls dropped. */
export function distinct<T>(values: readonly (T | null)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null))];
}

/** The list joined, or null for an empty list, so a format can leave the field out. */
export function joinList(values: readonly string[]): string | null {
  return values.length > 0 ? values.join(LIST_SEPARATOR) : null;
}
