// The graph view's camera: the zoom transform (d3-zoom on the stage), fit, zoom by a
// factor, animated moves, and whether the user has moved it. Emits start/zoom/end;
// knows nothing of the store or the drawing.
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { MAX_ZOOM, MIN_ZOOM } from './camera';
import { fitTransform, type Transform, type Viewport } from './scales';

export interface CameraEvents {
  /** A gesture or transition begins; `byMouse` when a mouse press started it. */
  start(byMouse: boolean): void;
  /** The transform changed (every frame of a gesture or transition). */
  zoom(t: Transform): void;
  /** It ended; `asked` when the user moved it (a gesture, zoomBy, or a move flagged so). */
  end(asked: boolean): void;
}

/** The transform that centres layout point (x, y) at zoom k. Pure. */
export function centreOn(x: number, y: number, k: number, viewport: Viewport): Transform {
  return { k, x: viewport.width / 2 - k * x, y: viewport.height / 2 - k * y };
}

/** Whether screen point (sx, sy) is within `margin` of the viewport's edge or beyond. Pure. */
export function nearEdge(sx: number, sy: number, viewport: Viewport, margin = 20): boolean {
  return sx < margin || sy < margin || sx > viewport.width - margin || sy > viewport.height - margin;
}

export function createCamera(root: HTMLElement, on: CameraEvents) {
  /** The user moved the map (a gesture, a key, a focus move): fits no longer happen by themselves. */
  let userMoved = false;
  /** The move under way is one the URL should remember when it ends. */
  let asked = false;
  const rootSel = select(root);
  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([MIN_ZOOM, MAX_ZOOM])
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => on.start(event.sourceEvent?.type === 'mousedown'))
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (event.sourceEvent) {
        userMoved = true;
        asked = true;
      }
      const t = event.transform;
      on.zoom({ k: t.k, x: t.x, y: t.y });
    })
    .on('end', () => {
      const wasAsked = asked;
      asked = false;
      on.end(wasAsked);
    });
  rootSel.call(behavior).on('dblclick.zoom', null);

  function moveTo(t: Transform, duration: number) {
    const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
    if (duration > 0 && !matchMedia('(prefers-reduced-motion: reduce)').matches) rootSel.transition().duration(duration).call(behavior.transform, target);
    else rootSel.call(behavior.transform, target);
  }

  return {
    moveTo,
    /** A move the user asked for (a focus, a key): remembered by the URL when it ends. */
    moveAsked(t: Transform, duration: number) {
      userMoved = true;
      asked = true;
      moveTo(t, duration);
    },
    /** Shows a camera that came from outside (the URL): counts as placed by the user, not written back. */
    show(t: Transform, duration: number) {
      userMoved = true;
      moveTo(t, duration);
    },
    fit(positions: Float32Array, radii: Float32Array, n: number, viewport: Viewport, duration: number) {
      moveTo(fitTransform(positions, radii, n, viewport), duration);
    },
    zoomBy(factor: number) {
      userMoved = true;
      asked = true;
      rootSel.transition().duration(250).call(behavior.scaleBy, factor);
    },
    get userMoved() {
      return userMoved;
    },
    /** A new document: the next fit happens by itself again. */
    resetUserMoved() {
      userMoved = false;
    },
    dispose() {
      rootSel.on('.zoom', null);
    },
  };
}

export type GraphCamera = ReturnType<typeof createCamera>;
