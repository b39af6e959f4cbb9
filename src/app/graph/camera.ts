// The map's camera as the URL keeps it: the layout point at the centre of the map and
// the zoom factor. Layout units, not pixels, so a link opened on another screen size
// shows the same place (the layout is deterministic). Pure.
import type { Transform, Viewport } from './scales';

export interface Camera {
  /** The layout point at the centre of the map. */
  cx: number;
  cy: number;
  /** Zoom factor (screen pixels per layout unit). */
  k: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 16;

const round = (v: number, digits: number) => {
  const r = Number(v.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
};

/** The camera a zoom transform shows in a viewport, rounded for a readable URL. */
export function cameraOf(t: Transform, viewport: Viewport): Camera {
  return { cx: round((viewport.width / 2 - t.x) / t.k, 1), cy: round((viewport.height / 2 - t.y) / t.k, 1), k: round(t.k, 3) };
}

/** The zoom transform that shows `camera` in a viewport. */
export function transformOf(camera: Camera, viewport: Viewport): Transform {
  return { k: camera.k, x: viewport.width / 2 - camera.k * camera.cx, y: viewport.height / 2 - camera.k * camera.cy };
}

/** "1.6,-120.5,30" (k, cx, cy). */
export function formatCamera(c: Camera): string {
  return `${c.k},${c.cx},${c.cy}`;
}

/** Reads formatCamera's form; undefined for anything else (or a zoom out of range). */
export function parseCamera(raw: string | null): Camera | undefined {
  if (!raw) return undefined;
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return undefined;
  const [k, cx, cy] = parts.map(Number) as [number, number, number];
  if (!(k >= MIN_ZOOM && k <= MAX_ZOOM) || Math.abs(cx) > 1e7 || Math.abs(cy) > 1e7) return undefined;
  return { cx, cy, k };
}
