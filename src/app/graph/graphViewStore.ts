// View-only state of the graph (not the explorer's business): the zoom transform,
// the labels on screen, and hooks other views of mine call into the live canvas
// (the export button asks it for a snapshot). A small vanilla zustand store.
import { createStore } from 'zustand/vanilla';
import type { Transform } from './scales';
import type { ExportSnapshot } from '../io/svgExport';

export interface GraphViewState {
  transform: Transform;
  /** Names of the labels currently drawn (for the export and for tests of zoom). */
  labelCount: number;
  /** Set by the live graph: what is on screen now, ready for svgExport. */
  snapshot: (() => ExportSnapshot | null) | null;
  zoomBy: ((factor: number) => void) | null;
  /**
   * Entity ids that get an overlay button, or null for all of them. Big graphs get
   * buttons for the most important nodes in view only (thousands of DOM elements
   * would cost more per frame than the whole canvas); search reaches the rest.
   */
  overlayIds: readonly string[] | null;
  fit: (() => void) | null;
  /** The live graph canvas, for the video export to copy frames from. */
  canvas: HTMLCanvasElement | null;
  /** Set by the live graph: every node's layout position now (small multiples reuse them). */
  layout: (() => LayoutSnapshot | null) | null;
}

export interface LayoutSnapshot {
  ids: readonly string[];
  /** [x0, y0, x1, y1, ...] in layout units, in the order of ids. */
  positions: Float32Array;
}

export const graphView = createStore<GraphViewState>()(() => ({
  transform: { k: 1, x: 0, y: 0 },
  labelCount: 0,
  snapshot: null,
  zoomBy: null,
  fit: null,
  overlayIds: null,
  canvas: null,
  layout: null,
}));
