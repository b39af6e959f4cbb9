// The live graph: wires the layout worker, d3-zoom/d3-drag, hit-testing, the
// canvas draw loop and the accessible overlay to the explorer store. Interaction
// emits to the store (select, hover); the store's changes come back here and only
// schedule a redraw. React is not in the per-frame path.
import { drag, select, zoom, zoomIdentity, type D3DragEvent, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { StoreApi } from 'zustand/vanilla';
import type { ExplorerState } from '../store';
import { selectVisibleGraph, type VisibleGraph } from '../store/selectors';
import { ENTITY_TYPES, TYPE_LABELS } from '../../model';
import { drawGraph, drawPointerMarks, motionDetail, FULL_DETAIL, MOTION_EDGE_BUDGET, labelFont, visibleRect, EDGE_ALPHA, DIM_ALPHA, LIT_EDGE, MEMBERSHIP_EDGE, type DrawView } from './drawCanvas';
import { deriveHighlight } from './highlight';
import { createHitTester, findNodeLinear, type HitTester } from './hitTest';
import { computeLabelPlacement, leaderLine, type LabelCandidate, type PlacedLabel } from './labels';
import { seedPositions, type Point } from './layout';
import { createLayoutEngine, type LayoutEngine } from './layoutEngine';
import type { LayoutTick } from './layoutRunner';
import { EDGE, INK, MUTED, TYPE_COLORS } from './palette';
import { cameraOf, transformOf, type Camera } from './camera';
import { fitTransform, type Transform, type Viewport } from './scales';
import { buildScene, highlightFlags, TYPE_ORDER, type HighlightFlags, type Scene } from './scene';
import { graphView } from './graphViewStore';
import { COMMUNITY_COLORS, nodePalette } from './communityColors';
import { graphMetrics, metricsFor } from './graphMetrics';
import { describeFilters, type ExportSnapshot, type SnapshotEdge, type SnapshotLabel, type SnapshotNode } from './svgExport';

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

const OVERLAY_EVERY_MS = 250;
const CRISP_AFTER_MS = 160;
/** Up to this many nodes every node has a button; above it, the OVERLAY_MAX most important in view. */
export const OVERLAY_ALL_UP_TO = 1500;
export const OVERLAY_MAX = 400;
const MAX_LABEL_CHARS = 30;

export function labelText(name: string): string {
  return name.length > MAX_LABEL_CHARS ? name.slice(0, MAX_LABEL_CHARS - 1).trimEnd() + '…' : name;
}

export function createGraphController(els: GraphElements, store: StoreApi<ExplorerState>) {
  const { root, canvas, marks, overlay, tooltip } = els;
  const ctx = canvas.getContext('2d', { alpha: true })!;
  const marksCtx = marks.getContext('2d', { alpha: true })!;
  let scene: Scene = buildScene({ nodes: [], links: [], meetings: [] });
  let visible: VisibleGraph | null = null;
  let positions: Float32Array = new Float32Array(0);
  const known = new Map<string, Point>();
  let transform: Transform = { k: 1, x: 0, y: 0 };
  let viewport: Viewport = { width: root.clientWidth || 800, height: root.clientHeight || 600 };
  let dpr = window.devicePixelRatio || 1;
  let flags: HighlightFlags | null = null;
  let labels: PlacedLabel[] = [];
  let candidates: LabelCandidate[] = [];
  let hit: HitTester | null = null;
  let hovered = -1;
  let selected = -1;
  /** Node indices at the ends of the selected meeting's links. */
  let meetingEnds = new Set<number>();
  let focused = -1;
  let dragging = -1;
  let userMoved = false;
  let fitPending = true;
  // The camera the URL holds (store.camera): written when a move the user asked for ends,
  // read back when the store's differs from the last one written (a link, Back).
  let lastCamera: Camera | null = store.getState().camera;
  let cameraWrite = false;
  let lastOverlay = 0;
  let overlayTimer: ReturnType<typeof setTimeout> | null = null;
  let frame = 0;
  let fullDirty = false;
  let marksDrawn = false;
  let layoutRunning = false;
  /** A pan/zoom gesture or transition is under way. */
  let interacting = false;
  let crispTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped whenever what is drawn changes other than by the transform (positions, data, selection, size). */
  let version = 0;
  // The last full-detail picture, reused (scaled, shifted) while panning and zooming.
  const cache = document.createElement('canvas');
  const cacheCtx = cache.getContext('2d')!;
  let cached: { version: number; transform: Transform } | null = null;
  let disposed = false;
  const widthCache = new Map<string, number>();

  const engine: LayoutEngine = createLayoutEngine(onTick);

  // --- zoom & pan (d3-zoom), node drag (d3-drag) ---------------------------------
  const zoomBehavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([0.02, 16])
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      interacting = true;
      if (event.sourceEvent?.type === 'mousedown') marks.classList.add('is-grabbing');
      if (crispTimer !== null) clearTimeout(crispTimer);
      crispTimer = null;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (event.sourceEvent) {
        userMoved = true;
        cameraWrite = true;
      }
      setTransform(event.transform);
    })
    .on('end', () => {
      marks.classList.remove('is-grabbing');
      if (cameraWrite) {
        cameraWrite = false;
        lastCamera = cameraOf(transform, viewport);
        store.getState().setCamera(lastCamera);
      }
      // The full-detail picture once the gesture has really stopped, not between two wheel notches.
      if (crispTimer !== null) clearTimeout(crispTimer);
      // A big graph's full redraw costs tens of milliseconds: wait for a real pause.
      const big = scene.meetingBatches[0]!.length + scene.membershipLinks.length > MOTION_EDGE_BUDGET;
      crispTimer = setTimeout(
        () => {
          crispTimer = null;
          interacting = false;
          requestDraw();
        },
        big ? 2.5 * CRISP_AFTER_MS : CRISP_AFTER_MS,
      );
      if (scene.ids.length > OVERLAY_ALL_UP_TO) scheduleOverlay();
    });

  const toLayout = (sx: number, sy: number): [number, number] => [(sx - transform.x) / transform.k, (sy - transform.y) / transform.k];
  const hitAt = (sx: number, sy: number): number => {
    if (scene.ids.length === 0) return -1;
    const [x, y] = toLayout(sx, sy);
    if (layoutRunning || dragging >= 0) return findNodeLinear(positions, scene.radii, scene.ids.length, x, y, 3 / transform.k);
    hit ??= createHitTester(positions, scene.radii, scene.ids.length);
    return hit.find(x, y, 3 / transform.k);
  };

  type Subject = { index: number; x: number; y: number };
  const dragBehavior = drag<HTMLElement, unknown, Subject | undefined>()
    .container(() => root)
    .subject((event: D3DragEvent<HTMLElement, unknown, Subject>) => {
      const i = hitAt(event.x, event.y);
      if (i < 0) return undefined;
      return { index: i, x: transform.k * positions[2 * i]! + transform.x, y: transform.k * positions[2 * i + 1]! + transform.y };
    })
    .on('start', (event: D3DragEvent<HTMLElement, unknown, Subject>) => {
      dragging = event.subject.index;
      marks.classList.add('is-grabbing');
    })
    .on('drag', (event: D3DragEvent<HTMLElement, unknown, Subject>) => {
      const i = event.subject.index;
      const [x, y] = toLayout(event.x, event.y);
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
      hit = null;
      version++;
      engine.drag(i, x, y);
      requestDraw();
    })
    .on('end', (event: D3DragEvent<HTMLElement, unknown, Subject>) => {
      engine.release(event.subject.index);
      dragging = -1;
      marks.classList.remove('is-grabbing');
      syncOverlay();
      requestDraw(); // full detail again (a big settled graph gets no more ticks)
    });

  const rootSel = select(root);
  rootSel.call(dragBehavior).call(zoomBehavior).on('dblclick.zoom', null);

  function setTransform(t: ZoomTransform | Transform) {
    transform = { k: t.k, x: t.x, y: t.y };
    overlay.style.transform = `translate(${transform.x}px, ${transform.y}px) scale(${transform.k})`;
    graphView.setState({ transform });
    requestDraw();
  }

  function moveTo(t: Transform, duration: number) {
    const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
    if (duration > 0 && !matchMedia('(prefers-reduced-motion: reduce)').matches) rootSel.transition().duration(duration).call(zoomBehavior.transform, target);
    else rootSel.call(zoomBehavior.transform, target);
  }

  function fit(duration = 600) {
    moveTo(fitTransform(positions, scene.radii, scene.ids.length, viewport), duration);
  }

  /** Fit, as the user asks for it (the button, the 0 key): the URL forgets the camera. */
  function fitByUser(duration = 500) {
    fit(duration);
    lastCamera = null;
    store.getState().setCamera(null);
  }

  /** The camera from the URL (a shared link, Back), where the layout has settled enough to show it. */
  function showCamera(camera: Camera, duration: number) {
    userMoved = true;
    moveTo(transformOf(camera, viewport), duration);
  }

  function zoomBy(factor: number) {
    userMoved = true;
    cameraWrite = true;
    rootSel.transition().duration(250).call(zoomBehavior.scaleBy, factor);
  }

  // --- pointer: hover, click ------------------------------------------------------
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
    if (dragging >= 0) return;
    const r = stageRect();
    const i = hitAt(e.clientX - r.left, e.clientY - r.top);
    const id = i >= 0 ? scene.ids[i]! : null;
    if (store.getState().hoveredId !== id) store.getState().hover(id);
    // On the top canvas only: a cursor change on the root would restyle every button.
    const cursor = i >= 0 ? 'pointer' : '';
    if (marks.style.cursor !== cursor) marks.style.cursor = cursor;
  };
  const onPointerLeave = () => {
    if (store.getState().hoveredId !== null) store.getState().hover(null);
  };
  // Where the last press began: a click that ends a drag (of the map or of a node) selects nothing.
  // d3 swallows that click itself, but not when the page is busy between the release and the click.
  let pressedAt: [number, number] | null = null;
  const onPointerDown = (e: PointerEvent) => (pressedAt = [e.clientX, e.clientY]);
  const onClick = (e: MouseEvent) => {
    if (pressedAt && Math.hypot(e.clientX - pressedAt[0], e.clientY - pressedAt[1]) > 4) return;
    const button = (e.target as Element).closest?.('[data-entity-id]');
    const s = store.getState();
    if (button) {
      s.select(button.getAttribute('data-entity-id'));
      return;
    }
    const r = stageRect();
    const i = hitAt(e.clientX - r.left, e.clientY - r.top);
    if (i >= 0) s.select(scene.ids[i]!);
    else if (s.selectedId || s.selectedMeetingId) s.clearSelection();
  };
  // Keyboard focus on a node's button: ring it, show its tooltip, bring it into view.
  // (Not when a click focused it: the pointer already shows where it is.)
  const onFocusIn = (e: FocusEvent) => {
    const target = e.target as Element;
    if (!target.matches?.(':focus-visible')) return;
    const id = target.getAttribute?.('data-entity-id');
    const i = id ? (scene.indexOf.get(id) ?? -1) : -1;
    focused = i;
    requestMarks();
    if (i >= 0) {
      store.getState().hover(id);
      const sx = transform.k * positions[2 * i]! + transform.x;
      const sy = transform.k * positions[2 * i + 1]! + transform.y;
      if (sx < 20 || sy < 20 || sx > viewport.width - 20 || sy > viewport.height - 20) {
        moveTo({ k: transform.k, x: viewport.width / 2 - transform.k * positions[2 * i]!, y: viewport.height / 2 - transform.k * positions[2 * i + 1]! }, 300);
      }
    }
  };
  const onFocusOut = () => {
    if (focused < 0) return;
    focused = -1;
    store.getState().hover(null);
    requestMarks();
  };
  // Keys while a node has the focus: + and - zoom, 0 fits the map.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') zoomBy(1.5);
    else if (e.key === '-' || e.key === '_') zoomBy(1 / 1.5);
    else if (e.key === '0') fitByUser(500);
    else return;
    e.preventDefault();
  };
  root.addEventListener('keydown', onKeyDown);
  root.addEventListener('pointermove', onPointerMove);
  root.addEventListener('pointerleave', onPointerLeave);
  root.addEventListener('pointerdown', onPointerDown, { capture: true });
  root.addEventListener('click', onClick);
  overlay.addEventListener('focusin', onFocusIn);
  overlay.addEventListener('focusout', onFocusOut);
  // The overlay must never scroll (buttons off screen would drag it along).
  root.addEventListener('scroll', () => {
    root.scrollTop = 0;
    root.scrollLeft = 0;
  });

  // --- size -----------------------------------------------------------------------
  const resize = () => {
    const w = root.clientWidth;
    const h = root.clientHeight;
    if (!w || !h) return;
    const first = viewport.width !== w || viewport.height !== h;
    viewport = { width: w, height: h };
    dpr = window.devicePixelRatio || 1;
    version++;
    for (const c of [canvas, marks, cache]) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
      c.style.width = `${w}px`;
      c.style.height = `${h}px`;
    }
    if (first && !userMoved) fit(0);
    measureObstacles();
    requestDraw();
  };
  window.addEventListener('resize', resize); // also fires when the device pixel ratio changes
  const onScroll = () => (rootRectAt = 0);
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });

  // Boxes labels keep clear of: the legend and the zoom buttons floating over the map.
  let obstacles: number[][] = [];
  let legendBox: number[] | null = null;
  function measureObstacles() {
    const r = (rootRect = root.getBoundingClientRect());
    rootRectAt = performance.now();
    const scope = root.parentElement?.parentElement ?? document;
    const box = (el: Element | null) => {
      if (!el) return null;
      const b = el.getBoundingClientRect();
      return b.width > 0 ? [b.left - r.left, b.top - r.top, b.right - r.left, b.bottom - r.top] : null;
    };
    legendBox = box(scope.querySelector('.dg-legend'));
    obstacles = [legendBox, box(scope.querySelector('.dg-graph__toolbar'))]
      .filter((b): b is number[] => b !== null)
      .map((b) => [b[0]! - 4, b[1]! - 4, b[2]! + 4, b[3]! + 4]);
  }
  const resizeObserver = new ResizeObserver(resize);
  resizeObserver.observe(root);

  // --- data -----------------------------------------------------------------------
  function setGraph(next: VisibleGraph, isNewDocument: boolean) {
    // Remember where everything is, so nodes that stay keep their place.
    for (let i = 0; i < scene.ids.length; i++) known.set(scene.ids[i]!, { x: positions[2 * i]!, y: positions[2 * i + 1]! });
    if (isNewDocument) known.clear();
    const hadLayout = known.size > 0;
    visible = next;
    version++;
    scene = buildScene(next);
    positions = seedPositions(scene.ids, scene.linkEnds, known, scene.importance);
    hit = null;
    measureLabels();
    updateSelection();
    layoutRunning = scene.ids.length > 0;
    setLayoutState();
    if (scene.ids.length > 0) engine.set({ radii: scene.radii, links: scene.linkEnds, membership: scene.membership, positions, aspect: viewport.width / viewport.height }, hadLayout ? 0.35 : 1);
    if (isNewDocument || !hadLayout) {
      fitPending = true;
      userMoved = false;
      fit(0);
    }
    requestDraw();
  }

  function measureLabels() {
    candidates = scene.importance.map((i) => {
      const text = labelText(scene.nodes[i]!.entity.name);
      const font = labelFont(scene.types[i]!);
      const key = font + '|' + text;
      let width = widthCache.get(key);
      if (width === undefined) {
        ctx.font = font;
        width = ctx.measureText(text).width;
        widthCache.set(key, width);
      }
      return { index: i, text, width, height: 13, r: scene.radii[i]! };
    });
  }

  /**
   * Which labels the last full-detail frame drew, as space-separated entity ids on
   * the stage: data-labels (full strength) and data-dim-labels (dimmed with the
   * rest). The canvas itself cannot be read for text, so tests (and anyone
   * debugging) read these; written only when they change.
   */
  function exposeLabels() {
    const bright: string[] = [];
    const dim: string[] = [];
    for (const l of labels) (flags?.dimOthers && !flags.nodeLit[l.index] ? dim : bright).push(scene.ids[l.index]!);
    const b = bright.sort().join(' ');
    const d = dim.sort().join(' ');
    if (root.dataset.labels !== b) root.dataset.labels = b;
    if (root.dataset.dimLabels !== d) root.dataset.dimLabels = d;
  }

  /** Exposed for tests and styling: data-layout="running" | "settled". Written only when it changes. */
  function setLayoutState() {
    const state = layoutRunning ? 'running' : 'settled';
    if (root.dataset.layout !== state) root.dataset.layout = state;
  }

  function onTick(tick: LayoutTick) {
    if (tick.positions.length !== scene.ids.length * 2) return;
    if (dragging >= 0) {
      // Keep the dragged node under the pointer, not where the worker last had it.
      tick.positions[2 * dragging] = positions[2 * dragging]!;
      tick.positions[2 * dragging + 1] = positions[2 * dragging + 1]!;
    }
    positions = tick.positions;
    hit = null;
    version++;
    layoutRunning = !tick.settled;
    setLayoutState();
    if (fitPending && (tick.settled || tick.alpha < 0.08)) {
      fitPending = false;
      const camera = store.getState().camera;
      if (camera) showCamera(camera, 0);
      else if (pendingFocus) focusOn(pendingFocus);
      else if (!userMoved) fit(700);
      pendingFocus = null;
    }
    if (tick.settled) syncOverlay();
    else scheduleOverlay();
    requestDraw();
  }

  // --- overlay (accessible buttons) ------------------------------------------------
  function scheduleOverlay() {
    if (overlayTimer !== null) return;
    // Big graphs move thousands of buttons per sync: space syncs out accordingly.
    const every = Math.max(OVERLAY_EVERY_MS, scene.ids.length / 4);
    const wait = Math.max(0, every - (performance.now() - lastOverlay));
    overlayTimer = setTimeout(() => {
      overlayTimer = null;
      syncOverlay();
    }, wait);
  }

  /** Which nodes get a button (null: all), for big graphs the most important in view. */
  function overlayMembers(): string[] | null {
    if (scene.ids.length <= OVERLAY_ALL_UP_TO) return null;
    const [vx0, vy0, vx1, vy1] = visibleRect(view(), 0);
    const out: string[] = [];
    for (const i of scene.importance) {
      const x = positions[2 * i]!;
      const y = positions[2 * i + 1]!;
      if (x < vx0 || x > vx1 || y < vy0 || y > vy1) continue;
      out.push(scene.ids[i]!);
      if (out.length >= OVERLAY_MAX) break;
    }
    for (const i of [selected, focused]) if (i >= 0 && !out.includes(scene.ids[i]!)) out.push(scene.ids[i]!);
    return out.sort();
  }

  /** The transform last written to each button (reading style.transform back would cost a style resolve). */
  const placed = new WeakMap<HTMLElement, string>();

  /** Moves every node's button to its node; called throttled, never per frame. */
  function syncOverlay() {
    lastOverlay = performance.now();
    if (obstacles.length < 2) measureObstacles(); // the legend may mount after us
    const members = overlayMembers();
    const current = graphView.getState().overlayIds;
    if (members === null ? current !== null : current === null || members.length !== current.length || members.some((m, i) => m !== current[i])) {
      graphView.setState({ overlayIds: members });
    }
    const buttons = overlay.children;
    for (let b = 0; b < buttons.length; b++) {
      const el = buttons[b] as HTMLElement;
      const i = scene.indexOf.get(el.dataset.entityId ?? '');
      if (i === undefined) continue;
      // The button is sized by React (overlaySize); only its place changes here.
      const r = overlaySize(scene.radii[i]!) / 2;
      const place = `translate(${positions[2 * i]! - r}px, ${positions[2 * i + 1]! - r}px)`;
      // Written only when it moved: every write restyles the button, and 400 restyles cost a frame here.
      if (placed.get(el) !== place) {
        el.style.transform = place;
        placed.set(el, place);
      }
    }
  }

  // --- selection, focus -------------------------------------------------------------
  let lastSel: unknown[] = [];
  function updateSelection() {
    const s = store.getState();
    const h = deriveHighlight(scene.links, s.selectedId, s.selectedMeetingId);
    version++;
    flags = highlightFlags(scene, h.nodes, h.links);
    selected = s.selectedId ? (scene.indexOf.get(s.selectedId) ?? -1) : -1;
    meetingEnds = new Set();
    if (s.selectedMeetingId) {
      scene.links.forEach((l, i) => {
        if (!l.meetingIds.includes(s.selectedMeetingId!)) return;
        for (const end of [scene.linkEnds[2 * i]!, scene.linkEnds[2 * i + 1]!]) if (end >= 0) meetingEnds.add(end);
      });
    }
    updateHover();
  }
  function updateHover() {
    const id = store.getState().hoveredId;
    hovered = id ? (scene.indexOf.get(id) ?? -1) : -1;
    updateTooltip();
  }

  let pendingFocus: string | null = null;
  function focusOn(id: string) {
    const i = scene.indexOf.get(id);
    if (i === undefined) return;
    if (fitPending) {
      // The first layout is still unfolding (a link opened with a selection): centre
      // on the node once it has found its place, instead of the fit.
      pendingFocus = id;
      return;
    }
    const k = Math.max(transform.k, 1.6);
    userMoved = true;
    cameraWrite = true;
    moveTo({ k, x: viewport.width / 2 - k * positions[2 * i]!, y: viewport.height / 2 - k * positions[2 * i + 1]! }, 750);
  }

  // Node fills: by type, or by Louvain community once the metrics are in (see communityColors.ts).
  const typePalette = TYPE_ORDER.map((t) => TYPE_COLORS[t]);
  let fillKey: unknown[] = [];
  let fillCache = nodePalette([], new Uint8Array(0), typePalette, 'type', null);
  function nodeFill() {
    const s = store.getState();
    const metrics = s.colorBy === 'community' ? metricsFor(graphMetrics.getState(), s.graph) : null;
    const key = [scene, s.colorBy, metrics];
    if (key.some((k, i) => k !== fillKey[i])) {
      fillCache = nodePalette(scene.ids, scene.types, typePalette, s.colorBy, metrics && ((id) => metrics.get(id)?.community));
      fillKey = key;
    }
    return fillCache;
  }
  let lastColorBy = store.getState().colorBy;
  const unsubscribeMetrics = graphMetrics.subscribe(() => {
    if (store.getState().colorBy === 'community') {
      version++;
      requestDraw();
    }
  });

  let lastGraphDoc = store.getState().graph;
  let lastFocusSeq = store.getState().focus?.seq ?? 0;
  const unsubscribe = store.subscribe((s) => {
    if (s.colorBy !== lastColorBy) {
      lastColorBy = s.colorBy;
      version++;
      requestDraw();
    }
    const next = selectVisibleGraph(s);
    if (next !== visible) {
      const isNew = s.graph !== lastGraphDoc;
      lastGraphDoc = s.graph;
      // Filters set again to the same values (e.g. restored from the URL) must not restart the layout.
      if (isNew || !visible || !sameGraph(visible, next)) setGraph(next, isNew);
      else visible = next;
    }
    const sel = [s.selectedId, s.selectedMeetingId, s.hoveredId];
    if (sel[0] !== lastSel[0] || sel[1] !== lastSel[1]) {
      updateSelection();
      requestDraw();
    } else if (sel[2] !== lastSel[2]) {
      updateHover();
      requestMarks();
    }
    lastSel = sel;
    if (s.camera !== lastCamera) {
      lastCamera = s.camera;
      // While the first layout unfolds, the settle step shows the camera (see onTick).
      if (!fitPending) {
        if (s.camera) showCamera(s.camera, 500);
        else fit(500);
      }
    }
    if (s.focus && s.focus.seq !== lastFocusSeq) {
      lastFocusSeq = s.focus.seq;
      focusOn(s.focus.id);
    }
  });

  // --- tooltip ----------------------------------------------------------------------
  function updateTooltip() {
    if (hovered < 0 || dragging >= 0) {
      tooltip.hidden = true;
      return;
    }
    tooltip.hidden = false;
    positionTooltip();
  }
  // The card's size, as laid out (a ResizeObserver: reading offsetWidth every frame would force layouts).
  let tooltipSize: [number, number] = [180, 70];
  const tooltipObserver = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    if (box) tooltipSize = [box.inlineSize, box.blockSize];
    positionTooltip();
  });
  tooltipObserver.observe(tooltip);
  function positionTooltip() {
    if (tooltip.hidden || hovered < 0) return;
    const sx = transform.k * positions[2 * hovered]! + transform.x;
    const sy = transform.k * positions[2 * hovered + 1]! + transform.y;
    const sr = transform.k * scene.radii[hovered]!;
    const [w, h] = tooltipSize;
    let x = sx + sr + 12;
    if (x + w > viewport.width - 8) x = sx - sr - 12 - w;
    const y = Math.min(Math.max(8, sy - h / 2), viewport.height - h - 8);
    tooltip.style.transform = `translate(${Math.round(Math.max(8, x))}px, ${Math.round(y)}px)`;
  }

  // --- draw loop --------------------------------------------------------------------
  function requestDraw() {
    fullDirty = true;
    requestMarks();
  }
  function requestMarks() {
    if (frame || disposed) return;
    frame = requestAnimationFrame(draw);
  }

  function view(): DrawView {
    return { transform, viewport, dpr };
  }

  /**
   * The label order: the ends of a lit meeting, then the selection, then what stays
   * lit with it (its counterparts), all forced (always labelled, never dimmed), then
   * everything else by importance.
   */
  // The ordered list is rebuilt when the candidates or the highlight change, not every frame.
  let ordered: { candidates: LabelCandidate[]; flags: HighlightFlags | null; ends: Set<number>; list: LabelCandidate[] } | null = null;
  function placeLabels(moving: boolean): PlacedLabel[] {
    let list = candidates;
    if (flags?.dimOthers) {
      if (!ordered || ordered.candidates !== candidates || ordered.flags !== flags || ordered.ends !== meetingEnds) {
        const f = flags;
        const rank = (c: LabelCandidate) => (meetingEnds.has(c.index) ? 0 : c.index === selected ? 1 : f.nodeLit[c.index] ? 2 : 3);
        // Stable sort: by importance within a rank.
        ordered = { candidates, flags, ends: meetingEnds, list: candidates.map((c) => ({ ...c, forced: rank(c) < 3 })).sort((a, b) => rank(a) - rank(b)) };
      }
      list = ordered.list;
    }
    // Fewer labels while the layout moves (they would jump about anyway).
    return computeLabelPlacement(list, positions, transform, viewport, { maxLabels: moving ? 120 : 350, minScreenRadius: 1.2, obstacles });
  }

  /** Draws the cached picture under the current transform, unless the zoom has moved too far from it. */
  function reuseCache(t0: Transform): boolean {
    const s = transform.k / t0.k;
    if (s < 0.6 || s > 1.7) return false;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(s, 0, 0, s, dpr * (transform.x - t0.x * s), dpr * (transform.y - t0.y * s));
    ctx.drawImage(cache, 0, 0);
    return true;
  }

  function draw() {
    frame = 0;
    if (disposed) return;
    if (fullDirty) {
      fullDirty = false;
      const moving = layoutRunning || interacting || dragging >= 0;
      if (interacting && cached && cached.version === version && reuseCache(cached.transform)) {
        // Panning or zooming a still picture: shift and scale the last full one.
      } else {
        labels = placeLabels(moving);
        const detail = moving ? motionDetail(scene.meetingBatches[0]!.length + scene.membershipLinks.length) : FULL_DETAIL;
        drawGraph(ctx, scene, positions, view(), flags, { selected }, labels, detail, nodeFill());
        if (!moving) {
          cacheCtx.setTransform(1, 0, 0, 1, 0, 0);
          cacheCtx.clearRect(0, 0, cache.width, cache.height);
          cacheCtx.drawImage(canvas, 0, 0);
          cached = { version, transform };
        }
        if (graphView.getState().labelCount !== labels.length) graphView.setState({ labelCount: labels.length });
        if (!moving) exposeLabels();
      }
    }
    // The rings' canvas is touched only when there is a ring to draw or to erase:
    // every changed canvas is one more bitmap to hand to the compositor.
    const rings = hovered >= 0 || focused >= 0;
    if (rings || marksDrawn) drawPointerMarks(marksCtx, scene, positions, view(), hovered, focused);
    marksDrawn = rings;
    positionTooltip();
  }

  // --- export -----------------------------------------------------------------------
  function snapshot(): ExportSnapshot | null {
    const s = store.getState();
    const { k, x, y } = transform;
    const [vx0, vy0, vx1, vy1] = visibleRect(view(), 20);
    const inView = (i: number) => {
      const px = positions[2 * i]!;
      const py = positions[2 * i + 1]!;
      const r = scene.radii[i]!;
      return px + r >= vx0 && px - r <= vx1 && py + r >= vy0 && py - r <= vy1;
    };
    const sx = (i: number) => k * positions[2 * i]! + x;
    const sy = (i: number) => k * positions[2 * i + 1]! + y;
    const dim = flags?.dimOthers ?? false;
    const edges: SnapshotEdge[] = [];
    scene.links.forEach((_, l) => {
      const a = scene.linkEnds[2 * l]!;
      const b = scene.linkEnds[2 * l + 1]!;
      if (a < 0 || b < 0) return;
      const ax = positions[2 * a]!;
      const ay = positions[2 * a + 1]!;
      const bx = positions[2 * b]!;
      const by = positions[2 * b + 1]!;
      if ((ax < vx0 && bx < vx0) || (ax > vx1 && bx > vx1) || (ay < vy0 && by < vy0) || (ay > vy1 && by > vy1)) return;
      const lit = flags?.linkLit[l] === 1;
      const member = scene.membership[l] === 1;
      edges.push({
        x1: sx(a),
        y1: sy(a),
        x2: sx(b),
        y2: sy(b),
        width: member ? 0.75 : lit ? Math.max(2, scene.linkWidths[l]!) : scene.linkWidths[l]! * (scene.linkWidths[l]! <= 1 ? 0.75 : 1),
        color: member ? MEMBERSHIP_EDGE : lit ? LIT_EDGE : EDGE,
        opacity: lit ? 1 : dim ? (member ? DIM_ALPHA * 2 : DIM_ALPHA) : member ? 1 : EDGE_ALPHA,
        dash: member ? '3 2.5' : '',
      });
    });
    // Lit edges last so they are drawn on top, as on screen.
    edges.sort((p, q) => Number(p.color === LIT_EDGE) - Number(q.color === LIT_EDGE));
    const nodes: SnapshotNode[] = [];
    const fill = nodeFill();
    for (const t of [0, 1, 2]) {
      for (let i = 0; i < scene.ids.length; i++) {
        if (scene.types[i] !== t || !inView(i)) continue;
        const lit = !dim || flags!.nodeLit[i] === 1;
        nodes.push({
          x: sx(i),
          y: sy(i),
          r: Math.max(k * scene.radii[i]!, 1.5),
          color: fill.palette[fill.colorOf[i]!]!,
          name: scene.nodes[i]!.entity.name,
          opacity: lit ? 1 : DIM_ALPHA * 1.6,
          ring: i === selected,
        });
      }
    }
    if (dim) nodes.sort((p, q) => p.opacity - q.opacity);
    // Placed afresh for this transform at full detail (the last frame may have been a motion frame).
    const labelList: SnapshotLabel[] = placeLabels(false).map((l) => {
      const type = scene.types[l.index]!;
      const country = TYPE_ORDER[type] === 'country';
      return {
        x: l.x,
        y: l.y,
        text: l.text,
        size: country ? 12 : 11,
        weight: country ? 600 : 400,
        color: country ? INK : '#3b4652',
        opacity: dim && !flags!.nodeLit[l.index] ? 0.35 : 1,
        leader: leaderLine(l),
      };
    });
    const shownTypes = ENTITY_TYPES.filter((t) => scene.nodes.some((n) => n.entity.type === t));
    const selectedName = selected >= 0 ? scene.nodes[selected]!.entity.name : null;
    return {
      width: viewport.width,
      height: viewport.height,
      nodes,
      edges,
      labels: labelList,
      legend: [
        ...(fill.palette === typePalette
          ? shownTypes.map((t) => ({ label: TYPE_LABELS[t], color: TYPE_COLORS[t], shape: 'dot' as const }))
          : [{ label: 'Colour: community', color: COMMUNITY_COLORS[0]!, shape: 'dot' as const }]),
        { label: 'Size: meetings', color: MUTED, shape: 'size' as const },
        { label: 'Met (thicker: more often)', color: EDGE, shape: 'line' as const },
        ...(scene.membershipLinks.length ? [{ label: 'Belongs to country', color: MEMBERSHIP_EDGE, shape: 'dash' as const }] : []),
      ],
      legendBox,
      title: 'diplograph: who meets whom',
      caption: describeFilters({ ...s, nodeCount: scene.ids.length, meetingCount: visible?.meetings.length ?? 0, selected: selectedName }),
      credit: `Made with diplograph · source: ${corpusFiles(s.graph)} files`,
    };
  }

  graphView.setState({ snapshot, zoomBy, fit: () => fitByUser(500), canvas, layout: () => (scene.ids.length ? { ids: scene.ids, positions: positions.slice() } : null) });

  // First paint with whatever the store already has.
  setGraph(selectVisibleGraph(store.getState()), true);
  lastSel = [];
  updateSelection();
  resize();
  syncOverlay();

  return {
    /** After React re-rendered the overlay's buttons. */
    syncOverlay,
    dispose() {
      disposed = true;
      cancelAnimationFrame(frame);
      if (overlayTimer !== null) clearTimeout(overlayTimer);
      if (crispTimer !== null) clearTimeout(crispTimer);
      unsubscribe();
      unsubscribeMetrics();
      resizeObserver.disconnect();
      tooltipObserver.disconnect();
      engine.dispose();
      rootSel.on('.zoom', null).on('.drag', null);
      window.removeEventListener('resize', resize);
      window.removeEventListener('scroll', onScroll, { capture: true });
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('pointermove', onPointerMove);
      root.removeEventListener('pointerleave', onPointerLeave);
      root.removeEventListener('pointerdown', onPointerDown, { capture: true });
      root.removeEventListener('click', onClick);
      overlay.removeEventListener('focusin', onFocusIn);
      overlay.removeEventListener('focusout', onFocusOut);
      graphView.setState({ snapshot: null, zoomBy: null, fit: null, canvas: null, layout: null });
    },
  };
}

export type GraphController = ReturnType<typeof createGraphController>;

/** Same nodes, same links, same counts: nothing to lay out again. */
export function sameGraph(a: VisibleGraph, b: VisibleGraph): boolean {
  if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length || a.meetings.length !== b.meetings.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    if (a.nodes[i]!.id !== b.nodes[i]!.id || a.nodes[i]!.meetingCount !== b.nodes[i]!.meetingCount) return false;
  }
  for (let i = 0; i < a.links.length; i++) {
    const p = a.links[i]!;
    const q = b.links[i]!;
    if (p.id !== q.id || p.kind !== q.kind || p.meetingIds.length !== q.meetingIds.length) return false;
    for (let j = 0; j < p.meetingIds.length; j++) if (p.meetingIds[j] !== q.meetingIds[j]) return false;
  }
  for (let i = 0; i < a.meetings.length; i++) if (a.meetings[i]!.id !== b.meetings[i]!.id) return false;
  return true;
}

/** Side of a node's overlay button in layout units: its disc, with a floor so tiny nodes stay clickable. */
export function overlaySize(radius: number): number {
  return 2 * Math.max(radius, 3);
}

/** Files the graph was extracted from: the corpus record, or the distinct source files cited. */
export function corpusFiles(graph: ExplorerState['graph']): number {
  if (!graph) return 0;
  if (graph.corpus) return graph.corpus.files;
  return new Set(graph.meetings.flatMap((m) => m.sources.map((s) => s.file))).size;
}
