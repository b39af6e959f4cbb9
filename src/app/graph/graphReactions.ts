// What the graph view does with its parts' events and the store's changes: a hover or
// click becomes a store action, a drag moves a node, a gesture's end writes the camera
// to the URL and asks for the crisp picture, a store change redraws or lays out again.
// The controller (graphController) builds the parts and hands them over as a Wiring.
import type { StoreApi } from 'zustand/vanilla';
import type { ExplorerState } from '../store';
import { selectVisibleGraph, type VisibleGraph } from '../store/selectors';
import { MOTION_EDGE_BUDGET } from './drawCanvas';
import { cameraOf, transformOf, type Camera } from './camera';
import { selectionView } from './graphSelection';
import { graphView } from './graphViewStore';
import { screenOf, type GraphElements, type GraphState } from './graphState';
import { centreOn, nearEdge, type CameraEvents, type GraphCamera } from './graphCamera';
import type { InputEvents } from './graphInput';
import type { GraphRenderer } from './graphRenderer';
import { OVERLAY_ALL_UP_TO, type createOverlay } from './graphOverlay';
import type { createPositions } from './graphPositions';
import { sameGraph } from './graphDocument';

const CRISP_AFTER_MS = 160;

/** What the wiring functions below share. */
export interface Wiring {
  els: GraphElements;
  st: GraphState;
  store: StoreApi<ExplorerState>;
  renderer: GraphRenderer;
  overlay: ReturnType<typeof createOverlay>;
  positions: ReturnType<typeof createPositions>;
  camera: () => GraphCamera;
  /** Fit, as the user asks for it (the button, the 0 key): the URL forgets the camera. */
  fitByUser(): void;
  /** The camera the URL holds, last written or read (store.camera). */
  lastCamera: Camera | null;
}

export function inputEvents(w: Wiring): InputEvents {
  const { st, store, renderer, els } = w;
  const s = () => store.getState();
  return {
    hover(i) {
      const id = i >= 0 ? st.scene.ids[i]! : null;
      if (s().hoveredId !== id) s().hover(id);
      // On the top canvas only: a cursor change on the root would restyle every button.
      const cursor = i >= 0 ? 'pointer' : '';
      if (els.marks.style.cursor !== cursor) els.marks.style.cursor = cursor;
    },
    leave: () => s().hoveredId !== null && s().hover(null),
    click(buttonId, i) {
      if (buttonId !== null) s().select(buttonId);
      else if (i >= 0) s().select(st.scene.ids[i]!);
      else if (s().selectedId || s().selectedMeetingId) s().clearSelection();
    },
    dragStart(i) {
      st.dragging = i;
      els.marks.classList.add('is-grabbing');
    },
    drag(i, x, y) {
      w.positions.drag(i, x, y);
      renderer.requestDraw();
    },
    dragEnd(i) {
      w.positions.release(i);
      st.dragging = -1;
      els.marks.classList.remove('is-grabbing');
      w.overlay.sync();
      renderer.requestDraw(); // full detail again (a big settled graph gets no more ticks)
    },
    // Keyboard focus on a node's button: ring it, show its tooltip, bring it into view.
    focusNode(id) {
      const i = id ? (st.scene.indexOf.get(id) ?? -1) : -1;
      st.focused = i;
      renderer.requestMarks();
      if (i < 0) return;
      s().hover(id);
      const [sx, sy] = screenOf(st, i);
      if (nearEdge(sx, sy, st.viewport)) w.camera().moveTo(centreOn(st.positions[2 * i]!, st.positions[2 * i + 1]!, st.transform.k, st.viewport), 300);
    },
    blurNode() {
      if (st.focused < 0) return;
      st.focused = -1;
      s().hover(null);
      renderer.requestMarks();
    },
    key: (action) => (action === 'fit' ? w.fitByUser() : w.camera().zoomBy(action === 'zoomIn' ? 1.5 : 1 / 1.5)),
  };
}

export function cameraEvents(w: Wiring): CameraEvents {
  const { st, renderer, els } = w;
  let crispTimer: ReturnType<typeof setTimeout> | null = null;
  const stopCrisp = () => {
    if (crispTimer !== null) clearTimeout(crispTimer);
    crispTimer = null;
  };
  return {
    start(byMouse) {
      st.interacting = true;
      if (byMouse) els.marks.classList.add('is-grabbing');
      stopCrisp();
    },
    zoom(t) {
      st.transform = t;
      w.overlay.follow();
      graphView.setState({ transform: t });
      renderer.requestDraw();
    },
    end(asked) {
      els.marks.classList.remove('is-grabbing');
      if (asked) {
        w.lastCamera = cameraOf(st.transform, st.viewport);
        w.store.getState().setCamera(w.lastCamera);
      }
      // The full-detail picture once the gesture has really stopped, not between two wheel notches;
      // a big graph's full redraw costs tens of milliseconds: wait for a real pause.
      stopCrisp();
      const big = st.scene.meetingBatches[0]!.length + st.scene.membershipLinks.length > MOTION_EDGE_BUDGET;
      crispTimer = setTimeout(() => {
        crispTimer = null;
        st.interacting = false;
        renderer.requestDraw();
      }, (big ? 2.5 : 1) * CRISP_AFTER_MS);
      if (st.scene.ids.length > OVERLAY_ALL_UP_TO) w.overlay.schedule();
    },
  };
}

/** Boxes labels keep clear of (the legend and the zoom buttons floating over the map), into the state. */
export function measureObstacles(root: HTMLElement, stage: DOMRect, st: GraphState) {
  const scope = root.parentElement?.parentElement ?? document;
  const box = (el: Element | null) => {
    if (!el) return null;
    const b = el.getBoundingClientRect();
    return b.width > 0 ? [b.left - stage.left, b.top - stage.top, b.right - stage.left, b.bottom - stage.top] : null;
  };
  st.legendBox = box(scope.querySelector('.dg-legend'));
  st.obstacles = [st.legendBox, box(scope.querySelector('.dg-graph__toolbar'))]
    .filter((b): b is number[] => b !== null)
    .map((b) => [b[0]! - 4, b[1]! - 4, b[2]! + 4, b[3]! + 4]);
}

/**
 * The document on the map: a new visible graph laid out (framed when it is a new
 * document), the selection and hover derived from the store, and the first framing once
 * the layout has unfolded (the URL's camera, a pending focus, or a fit).
 */
export function createDocumentView(w: Wiring, tooltip: { update(): void }, fit: (duration: number) => void) {
  const { st, store, renderer } = w;
  let fitPending = true;
  let pendingFocus: string | null = null;
  function focusOn(id: string) {
    const i = st.scene.indexOf.get(id);
    if (i === undefined) return;
    // The first layout still unfolding (a link opened with a selection): centre on the node once placed.
    if (fitPending) pendingFocus = id;
    else w.camera().moveAsked(centreOn(st.positions[2 * i]!, st.positions[2 * i + 1]!, Math.max(st.transform.k, 1.6), st.viewport), 750);
  }
  function updateHover() {
    const id = store.getState().hoveredId;
    st.hovered = id ? (st.scene.indexOf.get(id) ?? -1) : -1;
    tooltip.update();
  }
  function updateSelection() {
    const s = store.getState();
    Object.assign(st, selectionView(st.scene, s.selectedId, s.selectedMeetingId));
    st.version++;
    updateHover();
  }
  return {
    focusOn,
    updateHover,
    updateSelection,
    setGraph(next: VisibleGraph, isNewDocument: boolean) {
      const hadLayout = w.positions.set(next, isNewDocument);
      st.candidates = renderer.measureLabels();
      updateSelection();
      if (isNewDocument || !hadLayout) {
        fitPending = true;
        w.camera().resetUserMoved();
        fit(0);
      }
      renderer.requestDraw();
    },
    showCamera(c: Camera | null) {
      if (fitPending) return;
      if (c) w.camera().show(transformOf(c, st.viewport), 500);
      else fit(500);
    },
    ticked(settled: boolean, framable: boolean) {
      if (fitPending && framable) {
        fitPending = false;
        const c = store.getState().camera;
        if (c) w.camera().show(transformOf(c, st.viewport), 0);
        else if (pendingFocus) focusOn(pendingFocus);
        else if (!w.camera().userMoved) fit(700);
        pendingFocus = null;
      }
      if (settled) w.overlay.sync();
      else w.overlay.schedule();
      renderer.requestDraw();
    },
  };
}

export interface StoreReactions {
  setGraph(next: VisibleGraph, isNewDocument: boolean): void;
  updateSelection(): void;
  updateHover(): void;
  /** A camera from the URL (a link, Back), or null for a fit; while the first layout unfolds, the settle step shows it. */
  showCamera(camera: Camera | null): void;
  focusOn(id: string): void;
}

/** The store's changes, each to its reaction; returns the unsubscribe. */
export function subscribeStore(w: Wiring, on: StoreReactions): () => void {
  const { store, st, renderer } = w;
  const first = store.getState();
  let lastColorBy = first.colorBy;
  // A correction changes the shown graph but not the extracted one: not a new document.
  let lastExtracted = first.extracted;
  let lastFocusSeq = first.focus?.seq ?? 0;
  // Empty at first: the first change after the first paint derives the selection again.
  let lastSel: unknown[] = [];
  return store.subscribe((s) => {
    if (s.colorBy !== lastColorBy) {
      lastColorBy = s.colorBy;
      st.version++;
      renderer.requestDraw();
    }
    const next = selectVisibleGraph(s);
    if (next !== st.visible) {
      const isNew = s.extracted !== lastExtracted;
      lastExtracted = s.extracted;
      // Filters set again to the same values (e.g. restored from the URL) must not restart the layout.
      if (isNew || !st.visible || !sameGraph(st.visible, next)) on.setGraph(next, isNew);
      else st.visible = next;
    }
    const sel = [s.selectedId, s.selectedMeetingId, s.hoveredId];
    if (sel[0] !== lastSel[0] || sel[1] !== lastSel[1]) {
      on.updateSelection();
      renderer.requestDraw();
    } else if (sel[2] !== lastSel[2]) {
      on.updateHover();
      renderer.requestMarks();
    }
    lastSel = sel;
    if (s.camera !== w.lastCamera) {
      w.lastCamera = s.camera;
      on.showCamera(s.camera);
    }
    if (s.focus && s.focus.seq !== lastFocusSeq) {
      lastFocusSeq = s.focus.seq;
      on.focusOn(s.focus.id);
    }
  });
}

