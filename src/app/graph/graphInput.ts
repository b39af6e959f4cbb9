// The graph view's input: pointer (hover, click), node drag (d3-drag) and keys on the
// stage, and keyboard focus on the overlay's buttons. It only emits: what a hover, a
// click or a key means is the controller's to decide.
import { drag, select, type D3DragEvent } from 'd3';
import { layoutOf } from './graphState';
import type { Transform } from './scales';

export type KeyAction = 'zoomIn' | 'zoomOut' | 'fit';

export interface InputEvents {
  /** The node under the pointer (-1: none). */
  hover(index: number): void;
  leave(): void;
  /** A click that was not the end of a drag: on a node's button (its id), else the node hit (-1: none). */
  click(buttonId: string | null, index: number): void;
  dragStart(index: number): void;
  /** The dragged node's new place, in layout units. */
  drag(index: number, x: number, y: number): void;
  dragEnd(index: number): void;
  /** Keyboard focus (not a click's) reached a node's button. */
  focusNode(id: string | null): void;
  blurNode(): void;
  key(action: KeyAction): void;
}

export interface InputSources {
  /** The node at a stage point (-1: none). */
  hitAt(sx: number, sy: number): number;
  transform(): Transform;
  /** Node i's place on the stage. */
  screenOf(i: number): [number, number];
  /** A node is being dragged (hover is then left alone). */
  dragging(): boolean;
}

/** What a key pressed on the stage asks for: + and - zoom, 0 fits. Pure. */
export function keyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === '+' || e.key === '=') return 'zoomIn';
  if (e.key === '-' || e.key === '_') return 'zoomOut';
  if (e.key === '0') return 'fit';
  return null;
}

/** A click that ends a drag (the pointer went more than 4px from the press) selects nothing. Pure. */
export function isDragEnd(pressedAt: [number, number] | null, x: number, y: number): boolean {
  return pressedAt !== null && Math.hypot(x - pressedAt[0], y - pressedAt[1]) > 4;
}

/** Node drag (d3-drag) on the stage: a press on a node drags it, in layout units. */
function attachDrag(root: HTMLElement, src: InputSources, on: InputEvents) {
  type Subject = { index: number; x: number; y: number };
  const dragBehavior = drag<HTMLElement, unknown, Subject | undefined>()
    .container(() => root)
    .subject((event: D3DragEvent<HTMLElement, unknown, Subject>) => {
      const i = src.hitAt(event.x, event.y);
      if (i < 0) return undefined;
      const [x, y] = src.screenOf(i);
      return { index: i, x, y };
    })
    .on('start', (event: D3DragEvent<HTMLElement, unknown, Subject>) => on.dragStart(event.subject.index))
    .on('drag', (event: D3DragEvent<HTMLElement, unknown, Subject>) => {
      const [x, y] = layoutOf(src.transform(), event.x, event.y);
      on.drag(event.subject.index, x, y);
    })
    .on('end', (event: D3DragEvent<HTMLElement, unknown, Subject>) => on.dragEnd(event.subject.index));
  // Registered before the camera's zoom, so a press on a node drags it rather than the map.
  select(root).call(dragBehavior);
}

export function createInput(root: HTMLElement, overlay: HTMLElement, src: InputSources, on: InputEvents) {
  attachDrag(root, src, on);

  // The stage's place on the page, re-read at most twice a second: reading it after
  // the overlay moved would force a layout of the whole page on every pointer move.
  let rootRect = root.getBoundingClientRect();
  let rootRectAt = 0;
  const stageRect = () => {
    const now = performance.now();
    if (now - rootRectAt > 500) {
      rootRect = root.getBoundingClientRect();
      rootRectAt = now;
    }
    return rootRect;
  };
  const onPointerMove = (e: PointerEvent) => {
    if (src.dragging()) return;
    const r = stageRect();
    on.hover(src.hitAt(e.clientX - r.left, e.clientY - r.top));
  };
  const onPointerLeave = () => on.leave();
  // Where the last press began. d3 swallows the click that ends a drag itself, but not
  // when the page is busy between the release and the click.
  let pressedAt: [number, number] | null = null;
  const onPointerDown = (e: PointerEvent) => {
    pressedAt = [e.clientX, e.clientY];
  };
  const onClick = (e: MouseEvent) => {
    if (isDragEnd(pressedAt, e.clientX, e.clientY)) return;
    const button = (e.target as Element).closest?.('[data-entity-id]');
    if (button) return on.click(button.getAttribute('data-entity-id'), -1);
    const r = stageRect();
    on.click(null, src.hitAt(e.clientX - r.left, e.clientY - r.top));
  };
  // Keyboard focus on a node's button (not when a click focused it: the pointer already shows where it is).
  const onFocusIn = (e: FocusEvent) => {
    const target = e.target as Element;
    if (!target.matches?.(':focus-visible')) return;
    on.focusNode(target.getAttribute?.('data-entity-id') ?? null);
  };
  const onFocusOut = () => on.blurNode();
  const onKeyDown = (e: KeyboardEvent) => {
    const action = keyAction(e);
    if (!action) return;
    on.key(action);
    e.preventDefault();
  };
  // The overlay must never scroll (buttons off screen would drag it along).
  const onRootScroll = () => {
    root.scrollTop = 0;
    root.scrollLeft = 0;
  };
  const onScroll = () => (rootRectAt = 0);
  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions?][] = [
    [root, 'keydown', onKeyDown as EventListener],
    [root, 'pointermove', onPointerMove as EventListener],
    [root, 'pointerleave', onPointerLeave],
    [root, 'pointerdown', onPointerDown as EventListener, { capture: true }],
    [root, 'click', onClick as EventListener],
    [root, 'scroll', onRootScroll],
    [overlay, 'focusin', onFocusIn as EventListener],
    [overlay, 'focusout', onFocusOut],
    [window, 'scroll', onScroll, { capture: true, passive: true }],
  ];
  for (const [target, type, fn, options] of listeners) target.addEventListener(type, fn, options);

  return {
    /** The stage's rectangle, read now (and kept for the pointer's next half second). */
    readRect(): DOMRect {
      rootRect = root.getBoundingClientRect();
      rootRectAt = performance.now();
      return rootRect;
    },
    dispose() {
      select(root).on('.drag', null);
      for (const [target, type, fn, options] of listeners) target.removeEventListener(type, fn, options);
    },
  };
}

export type GraphInput = ReturnType<typeof createInput>;
