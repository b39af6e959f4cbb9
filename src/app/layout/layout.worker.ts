// The force layout off the main thread: positions come back as a transferred
// Float32Array per report, so the page only draws.
import { createLayoutRunner, type LayoutRequest } from './layoutRunner';

const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
};

const runner = createLayoutRunner((tick) => scope.postMessage(tick, [tick.positions.buffer]));
scope.onmessage = (event) => runner.handle(event.data);
