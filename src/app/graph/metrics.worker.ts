// computeMetrics off the main thread: betweenness is O(nodes × edges), seconds on a
// large corpus, and the page must stay responsive while it runs.
// First: src/export reads labels from the model module, which builds zod schemas on
// load; jitless keeps zod from probing `new Function` (the site's CSP forbids eval).
import '../shared/zodJitless';
import { computeMetrics } from '../../export';
import type { GraphDocument } from '../../model';

self.onmessage = (e: MessageEvent<GraphDocument>) => {
  try {
    (self as unknown as Worker).postMessage({ ok: true, metrics: computeMetrics(e.data) });
  } catch (err) {
    (self as unknown as Worker).postMessage({ ok: false, error: (err as Error)?.message ?? String(err) });
  }
};
