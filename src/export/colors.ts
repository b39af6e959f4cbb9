// Exports colour nodes the way the explorer does, so a graph opened in Gephi
// looks like the one the user just saw. Mirrors src/app/graph/palette.ts (a test
// keeps the two in step) rather than importing it: export must not depend on
// the app, since the CLI runs it without any of the browser code.
import type { EntityType } from '../model';

export const TYPE_COLORS: Record<EntityType, string> = {
  country: '#0072B2',
  person: '#D55E00',
  organisation: '#009E73',
};

export type Rgb = { r: number; g: number; b: number };

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 0xff, g: (n >> 8) & 0xff, b: n & 0xff };
}
