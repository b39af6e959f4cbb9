// The page's handle on the layout: a Web Worker when there is one, the same
// runner on the main thread otherwise (tests, old browsers).
import { createLayoutRunner, type LayoutRequest, type LayoutTick } from './layoutRunner';
import type { LayoutInput } from './layout';

export interface LayoutEngine {
  /** Starts laying out a new graph; returns its generation (ticks of older ones are dropped). */
  set(input: LayoutInput, alpha: number): number;
  drag(index: number, x: number, y: number): void;
  release(index: number): void;
  dispose(): void;
}

export function createLayoutEngine(onTick: (tick: LayoutTick) => void): LayoutEngine {
  let gen = 0;
  let send: (msg: LayoutRequest, transfer?: Transferable[]) => void;
  let terminate: () => void;
  const accept = (tick: LayoutTick) => {
    if (tick.gen === gen) onTick(tick);
  };

  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LayoutTick>) => accept(e.data);
    send = (msg, transfer = []) => worker.postMessage(msg, transfer);
    terminate = () => worker.terminate();
  } else {
    const runner = createLayoutRunner(accept);
    send = (msg) => runner.handle(msg);
    terminate = () => runner.handle({ type: 'stop' });
  }

  return {
    set(input, alpha) {
      gen++;
      // Copies, so the caller keeps its arrays usable after they are transferred.
      const msg = {
        type: 'set' as const,
        gen,
        alpha,
        radii: input.radii.slice(),
        links: input.links.slice(),
        membership: input.membership.slice(),
        positions: input.positions.slice(),
        aspect: input.aspect,
      };
      send(msg, [msg.radii.buffer, msg.links.buffer, msg.membership.buffer, msg.positions.buffer]);
      return gen;
    },
    drag(index, x, y) {
      send({ type: 'drag', gen, index, x, y });
    },
    release(index) {
      send({ type: 'release', gen, index });
    },
    dispose() {
      send({ type: 'stop' });
      terminate();
    },
  };
}
