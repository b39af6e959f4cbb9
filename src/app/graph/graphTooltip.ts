// The graph view's tooltip card: shown beside the hovered node (flipped left near the
// right edge, kept inside the stage), hidden while dragging. React fills its content.
import { screenOf, type GraphState } from './graphState';
import type { Viewport } from './scales';

/** Where the card's top-left goes beside a node at (sx, sy) of screen radius sr. Pure. */
export function tooltipPlace(sx: number, sy: number, sr: number, size: [number, number], viewport: Viewport): [number, number] {
  const [w, h] = size;
  let x = sx + sr + 12;
  if (x + w > viewport.width - 8) x = sx - sr - 12 - w;
  const y = Math.min(Math.max(8, sy - h / 2), viewport.height - h - 8);
  return [Math.round(Math.max(8, x)), Math.round(y)];
}

export function createTooltip(tooltip: HTMLElement, st: GraphState) {
  // The card's size, as laid out (a ResizeObserver: reading offsetWidth every frame would force layouts).
  let size: [number, number] = [180, 70];
  function position() {
    if (tooltip.hidden || st.hovered < 0) return;
    const [sx, sy] = screenOf(st, st.hovered);
    const [x, y] = tooltipPlace(sx, sy, st.transform.k * st.scene.radii[st.hovered]!, size, st.viewport);
    tooltip.style.transform = `translate(${x}px, ${y}px)`;
  }
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    if (box) size = [box.inlineSize, box.blockSize];
    position();
  });
  observer.observe(tooltip);
  return {
    /** Shows or hides it for the current hover and drag. */
    update() {
      if (st.hovered < 0 || st.dragging >= 0) {
        tooltip.hidden = true;
        return;
      }
      tooltip.hidden = false;
      position();
    },
    /** Follows the node (every frame). */
    position,
    dispose() {
      observer.disconnect();
    },
  };
}
