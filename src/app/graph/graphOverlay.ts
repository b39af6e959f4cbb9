// The graph view's accessible overlay: one button per node (the most important in view
// for big graphs), which React renders and this module moves to its node, throttled.
import { graphView } from './graphViewStore';
import { visibleRect } from './drawCanvas';
import type { GraphState } from './graphState';

const OVERLAY_EVERY_MS = 250;
/** Up to this many nodes every node has a button; above it, the OVERLAY_MAX most important in view. */
export const OVERLAY_ALL_UP_TO = 1500;
export const OVERLAY_MAX = 400;

/** Side of a node's overlay button in layout units: its disc, with a floor so tiny nodes stay clickable. */
export function overlaySize(radius: number): number {
  return 2 * Math.max(radius, 3);
}

/** Which nodes get a button (null: all), for big graphs the most important in view plus the selected and focused. Pure. */
export function overlayMembers(st: GraphState): string[] | null {
  const { scene, positions } = st;
  if (scene.ids.length <= OVERLAY_ALL_UP_TO) return null;
  const [vx0, vy0, vx1, vy1] = visibleRect(st, 0);
  const out: string[] = [];
  for (const i of scene.importance) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    if (x < vx0 || x > vx1 || y < vy0 || y > vy1) continue;
    out.push(scene.ids[i]!);
    if (out.length >= OVERLAY_MAX) break;
  }
  for (const i of [st.selected, st.focused]) if (i >= 0 && !out.includes(scene.ids[i]!)) out.push(scene.ids[i]!);
  return out.sort();
}

function sameMembers(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/** `beforeSync` runs first on each sync (the controller measures late-mounted obstacles there). */
export function createOverlay(overlay: HTMLElement, st: GraphState, beforeSync: () => void) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The transform last written to each button (reading style.transform back would cost a style resolve). */
  const placed = new WeakMap<HTMLElement, string>();

  /** Moves every node's button to its node; called throttled, never per frame. */
  function sync() {
    last = performance.now();
    beforeSync();
    const members = overlayMembers(st);
    if (!sameMembers(members, graphView.getState().overlayIds)) graphView.setState({ overlayIds: members });
    const buttons = overlay.children;
    for (let b = 0; b < buttons.length; b++) {
      const el = buttons[b] as HTMLElement;
      const i = st.scene.indexOf.get(el.dataset.entityId ?? '');
      if (i === undefined) continue;
      // The button is sized by React (overlaySize); only its place changes here.
      const r = overlaySize(st.scene.radii[i]!) / 2;
      const place = `translate(${st.positions[2 * i]! - r}px, ${st.positions[2 * i + 1]! - r}px)`;
      // Written only when it moved: every write restyles the button, and 400 restyles cost a frame here.
      if (placed.get(el) !== place) {
        el.style.transform = place;
        placed.set(el, place);
      }
    }
  }

  function schedule() {
    if (timer !== null) return;
    // Big graphs move thousands of buttons per sync: space syncs out accordingly.
    const every = Math.max(OVERLAY_EVERY_MS, st.scene.ids.length / 4);
    const wait = Math.max(0, every - (performance.now() - last));
    timer = setTimeout(() => {
      timer = null;
      sync();
    }, wait);
  }

  return {
    sync,
    schedule,
    /** The overlay's CSS transform follows the zoom (its buttons are placed in layout units). */
    follow() {
      const t = st.transform;
      overlay.style.transform = `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
    },
  };
}
