// Runs the force simulation in time slices and reports positions. The same code
// runs inside the Web Worker (layout.worker.ts) and, where workers are missing,
// on the main thread (layoutEngine.ts falls back to it).
import type { Simulation } from 'd3';
import { buildSimulation, LARGE_GRAPH, readPositions, type LayoutInput, type SimLink, type SimNode } from './layout';
import { multilevelPositions } from './multilevel';

export type LayoutRequest =
  | ({ type: 'set'; gen: number; alpha: number } & LayoutInput)
  | { type: 'drag'; gen: number; index: number; x: number; y: number }
  | { type: 'release'; gen: number; index: number }
  | { type: 'stop' };

export interface LayoutTick {
  type: 'tick';
  gen: number;
  positions: Float32Array;
  alpha: number;
  /** The simulation has cooled down and stopped. */
  settled: boolean;
}

const SLICE_MS = 14;
const FRAME_MS = 16;
/** Ticks per report at most: small graphs then settle over ~1 s instead of in one invisible jump. */
const MAX_TICKS_PER_REPORT = 4;
/** A multilevel start is already the graph's shape: the fine layout starts cooler and settles in about 100 ticks. */
const MULTILEVEL_ALPHA = 0.3;
const MULTILEVEL_DECAY = 1 - Math.pow(0.001 / MULTILEVEL_ALPHA, 1 / 100);
/** Above this many nodes, dragging a node of a settled layout does not reheat it. */
export const QUIET_DRAG_ABOVE = 2000;

export function createLayoutRunner(report: (tick: LayoutTick) => void) {
  let sim: Simulation<SimNode, SimLink> | null = null;
  let gen = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dragging = false;
  /** A large graph's first layout: its links, until the multilevel start has been computed. */
  let multilevel: Int32Array | null = null;

  const schedule = (delay: number) => {
    if (timer === null) timer = setTimeout(step, delay);
  };

  function step() {
    timer = null;
    if (!sim) return;
    if (multilevel) {
      // The seed positions first, so the page shows the graph at once; then the multilevel start replaces them.
      const links = multilevel;
      multilevel = null;
      report({ type: 'tick', gen, positions: readPositions(sim.nodes()), alpha: sim.alpha(), settled: false });
      const start = multilevelPositions(sim.nodes().length, links);
      if (start) {
        sim.nodes().forEach((node, i) => {
          node.x = start[2 * i]!;
          node.y = start[2 * i + 1]!;
          node.vx = node.vy = 0;
        });
        sim.alpha(MULTILEVEL_ALPHA).alphaDecay(MULTILEVEL_DECAY);
      }
      schedule(0);
      return;
    }
    const t0 = performance.now();
    let ticks = 0;
    do {
      sim.tick();
      ticks++;
    } while (ticks < MAX_TICKS_PER_REPORT && performance.now() - t0 < SLICE_MS && sim.alpha() >= sim.alphaMin());
    const settled = sim.alpha() < sim.alphaMin() && !dragging;
    report({ type: 'tick', gen, positions: readPositions(sim.nodes()), alpha: sim.alpha(), settled });
    if (!settled) schedule(Math.max(0, FRAME_MS - (performance.now() - t0)));
  }

  return {
    handle(msg: LayoutRequest) {
      switch (msg.type) {
        case 'set':
          gen = msg.gen;
          sim = buildSimulation(msg);
          sim.alpha(msg.alpha);
          dragging = false;
          multilevel = msg.alpha >= 1 && msg.radii.length > LARGE_GRAPH ? msg.links : null;
          schedule(0);
          break;
        case 'drag': {
          const node = msg.gen === gen ? sim?.nodes()[msg.index] : undefined;
          if (!node || !sim) return;
          node.fx = msg.x;
          node.fy = msg.y;
          // A small graph comes alive around the dragged node; a big one only lets it
          // move (reheating thousands of nodes would take the CPU the page needs to draw).
          if (sim.nodes().length > QUIET_DRAG_ABOVE && sim.alpha() < sim.alphaMin()) return;
          dragging = true;
          sim.alphaTarget(0.3);
          if (sim.alpha() < 0.3) sim.alpha(0.3);
          schedule(0);
          break;
        }
        case 'release': {
          const node = msg.gen === gen ? sim?.nodes()[msg.index] : undefined;
          if (!node || !sim) return;
          if (node.fx != null && node.fy != null) {
            node.x = node.fx;
            node.y = node.fy;
          }
          node.fx = null;
          node.fy = null;
          if (!dragging) return;
          dragging = false;
          sim.alphaTarget(0);
          schedule(0);
          break;
        }
        case 'stop':
          if (timer !== null) clearTimeout(timer);
          timer = null;
          sim = null;
          break;
      }
    },
  };
}
