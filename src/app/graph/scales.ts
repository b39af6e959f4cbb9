// Visual encodings of the graph, shared by the canvas, the overlay and the SVG
// export so the three always agree. Pure functions of the data.
import type { EntityType } from '../../model';

/** Node radius in layout units: area grows with the number of meetings (sqrt), capped so hubs stay readable. */
export function nodeRadius(meetingCount: number, type: EntityType): number {
  const base = type === 'country' ? 5 : 3.5;
  return Math.min(base + 2.1 * Math.sqrt(Math.max(0, meetingCount)), 30);
}

/**
 * Meeting-edge width in screen pixels, quantised to half pixels so the canvas can
 * batch edges by width (one path per width). One meeting → a hairline.
 */
export function edgeWidth(meetings: number): number {
  if (meetings <= 1) return 1;
  return Math.min(Math.round((1 + 1.1 * Math.log2(meetings)) * 2) / 2, 6);
}

/** The widths `edgeWidth` can return, thinnest first (the canvas draws one batch per width). */
export const EDGE_WIDTHS: readonly number[] = Array.from({ length: 11 }, (_, i) => 1 + i * 0.5);

export interface Transform {
  k: number;
  x: number;
  y: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/**
 * The zoom transform that fits the given layout points (with radii) into the
 * viewport with a margin, never zooming in past `maxK` (a lone node should not fill the screen).
 */
export function fitTransform(
  positions: ArrayLike<number>,
  radii: ArrayLike<number>,
  count: number,
  viewport: Viewport,
  { margin = 40, maxK = 2, minK = 0.05 } = {},
): Transform {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    const r = radii[i] ?? 0;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    x0 = Math.min(x0, x - r);
    y0 = Math.min(y0, y - r);
    x1 = Math.max(x1, x + r);
    y1 = Math.max(y1, y + r);
  }
  if (!Number.isFinite(x0)) return { k: 1, x: viewport.width / 2, y: viewport.height / 2 };
  const w = Math.max(x1 - x0, 1);
  const h = Math.max(y1 - y0, 1);
  const k = Math.max(minK, Math.min(maxK, (viewport.width - 2 * margin) / w, (viewport.height - 2 * margin) / h));
  return { k, x: viewport.width / 2 - k * (x0 + w / 2), y: viewport.height / 2 - k * (y0 + h / 2) };
}
