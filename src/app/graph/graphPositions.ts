// The graph view's node positions: a new scene seeded from where its nodes were, the
// layout worker's ticks (a dragged node stays under the pointer), drags, and finding
// the node at a point. Writes positions, the scene and the layout flag into the state.
import type { VisibleGraph } from '../store/selectors';
import { layoutOf, type GraphState } from './graphState';
import { createHitTester, findNodeLinear, type HitTester } from './hitTest';
import { seedPositions, type Point } from '../layout/layout';
import { createLayoutEngine } from '../layout/layoutEngine';
import type { LayoutTick } from '../layout/layoutRunner';
import { buildScene } from './scene';

export interface PositionEvents {
  /** Positions moved (a tick); `framable` once the layout has unfolded enough to frame it. */
  ticked(settled: boolean, framable: boolean): void;
}

export function createPositions(root: HTMLElement, st: GraphState, on: PositionEvents) {
  const known = new Map<string, Point>();
  let hit: HitTester | null = null;
  const engine = createLayoutEngine(onTick);

  /** Exposed for tests and styling: data-layout="running" | "settled". Written only when it changes. */
  function setLayoutState(running: boolean) {
    st.layoutRunning = running;
    const state = running ? 'running' : 'settled';
    if (root.dataset.layout !== state) root.dataset.layout = state;
  }

  function onTick(tick: LayoutTick) {
    if (tick.positions.length !== st.scene.ids.length * 2) return;
    const d = st.dragging;
    if (d >= 0) {
      // Keep the dragged node under the pointer, not where the worker last had it.
      tick.positions[2 * d] = st.positions[2 * d]!;
      tick.positions[2 * d + 1] = st.positions[2 * d + 1]!;
    }
    st.positions = tick.positions;
    hit = null;
    st.version++;
    setLayoutState(!tick.settled);
    on.ticked(tick.settled, tick.settled || tick.alpha < 0.08);
  }

  return {
    /** Lays out a new visible graph; returns whether it continues an earlier layout (nodes that stay keep their place). */
    set(next: VisibleGraph, isNewDocument: boolean): boolean {
      for (let i = 0; i < st.scene.ids.length; i++) known.set(st.scene.ids[i]!, { x: st.positions[2 * i]!, y: st.positions[2 * i + 1]! });
      if (isNewDocument) known.clear();
      const hadLayout = known.size > 0;
      st.visible = next;
      st.version++;
      const scene = (st.scene = buildScene(next));
      st.positions = seedPositions(scene.ids, scene.linkEnds, known, scene.importance);
      hit = null;
      setLayoutState(scene.ids.length > 0);
      if (scene.ids.length > 0) {
        const graph = { radii: scene.radii, links: scene.linkEnds, membership: scene.membership, positions: st.positions, aspect: st.viewport.width / st.viewport.height };
        engine.set(graph, hadLayout ? 0.35 : 1);
      }
      return hadLayout;
    },
    /** The node at a stage point (-1: none); a linear scan while things move, else a grid. */
    hitAt(sx: number, sy: number): number {
      const n = st.scene.ids.length;
      if (n === 0) return -1;
      const [x, y] = layoutOf(st.transform, sx, sy);
      const slack = 3 / st.transform.k;
      if (st.layoutRunning || st.dragging >= 0) return findNodeLinear(st.positions, st.scene.radii, n, x, y, slack);
      hit ??= createHitTester(st.positions, st.scene.radii, n);
      return hit.find(x, y, slack);
    },
    drag(i: number, x: number, y: number) {
      st.positions[2 * i] = x;
      st.positions[2 * i + 1] = y;
      hit = null;
      st.version++;
      engine.drag(i, x, y);
    },
    release: (i: number) => engine.release(i),
    dispose: () => engine.dispose(),
  };
}
