// The graph view's shared model: what the camera, input, renderer, overlay, tooltip
// and snapshot modules read. The controller owns it and writes it; the parts only read
// (the renderer's cache and the overlay's bookkeeping live in their own modules).
import type { VisibleGraph } from '../store/selectors';
import type { LabelCandidate } from './labels';
import type { Transform, Viewport } from './scales';
import { buildScene, type HighlightFlags, type Scene } from './scene';

export interface GraphElements {
  /** The interactive area: zoom, drag, hover and click listen here. */
  root: HTMLElement;
  canvas: HTMLCanvasElement;
  /** A canvas above it for hover and focus rings only. */
  marks: HTMLCanvasElement;
  /** Holds one button per node, positioned in layout units; its CSS transform follows the zoom. */
  overlay: HTMLElement;
  tooltip: HTMLElement;
}

export interface GraphState {
  scene: Scene;
  visible: VisibleGraph | null;
  /** x, y per node in layout units. */
  positions: Float32Array;
  transform: Transform;
  viewport: Viewport;
  dpr: number;
  flags: HighlightFlags | null;
  /** Label candidates (measured once per scene), by importance. */
  candidates: LabelCandidate[];
  hovered: number;
  selected: number;
  /** Node indices at the ends of the selected meeting's links. */
  meetingEnds: Set<number>;
  focused: number;
  dragging: number;
  layoutRunning: boolean;
  /** A pan/zoom gesture or transition is under way. */
  interacting: boolean;
  /** Bumped whenever what is drawn changes other than by the transform (positions, data, selection, size). */
  version: number;
  /** Boxes labels keep clear of (the legend, the zoom buttons), in stage pixels. */
  obstacles: number[][];
  legendBox: number[] | null;
}

export function createGraphState(viewport: Viewport): GraphState {
  return {
    scene: buildScene({ nodes: [], links: [], meetings: [] }),
    visible: null,
    positions: new Float32Array(0),
    transform: { k: 1, x: 0, y: 0 },
    viewport,
    dpr: 1,
    flags: null,
    candidates: [],
    hovered: -1,
    selected: -1,
    meetingEnds: new Set(),
    focused: -1,
    dragging: -1,
    layoutRunning: false,
    interacting: false,
    version: 0,
    obstacles: [],
    legendBox: null,
  };
}

/** A node's place on screen under the state's transform. */
export function screenOf(st: Pick<GraphState, 'positions' | 'transform'>, i: number): [number, number] {
  const { k, x, y } = st.transform;
  return [k * st.positions[2 * i]! + x, k * st.positions[2 * i + 1]! + y];
}

/** A screen point in layout units. */
export function layoutOf(t: Transform, sx: number, sy: number): [number, number] {
  return [(sx - t.x) / t.k, (sy - t.y) / t.k];
}
