// The live graph, wired: node positions and the layout worker (graphPositions), the
// camera (graphCamera), input (graphInput), the renderer (graphRenderer), the accessible
// overlay (graphOverlay), the tooltip (graphTooltip), the display state derived from the
// store (graphSelection) and the export snapshot (graphSnapshot), meeting through the
// shared state (graphState) and the explorer store; what their events do is in
// graphReactions. Interaction emits to the store (select, hover); the store's changes
// come back and only schedule a redraw. React is not in the per-frame path.
import type { StoreApi } from 'zustand/vanilla';
import type { ExplorerState } from '../store';
import { selectVisibleGraph } from '../store/selectors';
import { graphView } from './graphViewStore';
import { graphMetrics } from './graphMetrics';
import { createGraphState, screenOf, type GraphElements } from './graphState';

export type { GraphElements } from './graphState';
import { createCamera } from './graphCamera';
import { createInput } from './graphInput';
import { createRenderer } from './graphRenderer';
import { createOverlay } from './graphOverlay';
import { createTooltip } from './graphTooltip';
import { snapshotOf } from './graphSnapshot';
import { createPositions } from './graphPositions';
import { createNodeFill } from './graphSelection';
import { cameraEvents, createDocumentView, inputEvents, measureObstacles, subscribeStore, type Wiring } from './graphReactions';

export function createGraphController(els: GraphElements, store: StoreApi<ExplorerState>) {
  const { root } = els;
  const st = createGraphState({ width: root.clientWidth || 800, height: root.clientHeight || 600 });
  st.dpr = window.devicePixelRatio || 1;
  const fill = createNodeFill(() => store.getState());
  const tooltip = createTooltip(els.tooltip, st);
  const renderer = createRenderer(els, st, () => fill(st.scene), tooltip.position);
  const obstacles = () => measureObstacles(root, input.readRect(), st);
  const w: Wiring = {
    els,
    st,
    store,
    renderer,
    overlay: createOverlay(els.overlay, st, () => st.obstacles.length < 2 && obstacles()),
    positions: createPositions(root, st, { ticked: (settled, framable) => doc.ticked(settled, framable) }),
    camera: () => camera,
    fitByUser() {
      fit(500);
      w.lastCamera = null;
      store.getState().setCamera(null);
    },
    lastCamera: store.getState().camera,
  };
  // Input first: its drag takes a press on a node before the camera's zoom sees it.
  const input = createInput(root, els.overlay, { hitAt: w.positions.hitAt, transform: () => st.transform, screenOf: (i) => screenOf(st, i), dragging: () => st.dragging >= 0 }, inputEvents(w));
  const camera = createCamera(root, cameraEvents(w));
  const fit = (duration = 600) => camera.fit(st.positions, st.scene.radii, st.scene.ids.length, st.viewport, duration);

  const doc = createDocumentView(w, tooltip, fit);
  const { setGraph, updateSelection } = doc;

  const resize = () => {
    const { clientWidth: width, clientHeight: height } = root;
    if (!width || !height) return;
    const first = st.viewport.width !== width || st.viewport.height !== height;
    st.viewport = { width, height };
    st.dpr = window.devicePixelRatio || 1;
    st.version++;
    renderer.resize(width, height);
    if (first && !camera.userMoved) fit(0);
    obstacles();
    renderer.requestDraw();
  };
  window.addEventListener('resize', resize); // also fires when the device pixel ratio changes
  const resizeObserver = new ResizeObserver(resize);
  resizeObserver.observe(root);

  const unsubscribeMetrics = graphMetrics.subscribe(() => {
    if (store.getState().colorBy !== 'community') return;
    st.version++;
    renderer.requestDraw();
  });
  const unsubscribe = subscribeStore(w, doc);
  const snapshot = () => snapshotOf(st, store.getState(), fill(st.scene), renderer.placeLabels(false));
  const layout = () => (st.scene.ids.length ? { ids: st.scene.ids, positions: st.positions.slice() } : null);
  graphView.setState({ snapshot, zoomBy: camera.zoomBy, fit: w.fitByUser, canvas: els.canvas, layout });

  // First paint with whatever the store already has.
  setGraph(selectVisibleGraph(store.getState()), true);
  updateSelection();
  resize();
  w.overlay.sync();

  return {
    /** After React re-rendered the overlay's buttons. */
    syncOverlay: w.overlay.sync,
    dispose() {
      for (const part of [renderer, w.overlay, tooltip, w.positions, camera, input]) part.dispose();
      unsubscribe();
      unsubscribeMetrics();
      resizeObserver.disconnect();
      window.removeEventListener('resize', resize);
      graphView.setState({ snapshot: null, zoomBy: null, fit: null, canvas: null, layout: null });
    },
  };
}

export type GraphController = ReturnType<typeof createGraphController>;
