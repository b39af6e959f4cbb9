// Zoom in / out / fit, for those without a wheel or a trackpad.
import { graphView } from '../graph/graphViewStore';

export function ZoomControls() {
  return (
    <div className="dg-zoom" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => graphView.getState().zoomBy?.(1.5)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => graphView.getState().zoomBy?.(1 / 1.5)}>
        −
      </button>
      <button type="button" aria-label="Fit to screen" title="Fit to screen" onClick={() => graphView.getState().fit?.()}>
        Fit
      </button>
    </div>
  );
}
