// The Export menu's two timeline items (small multiples, the video of Play) and
// the small multiples' panel count. Thin: the work is timeline/timelineExports'.
import { useStore } from 'zustand';
import { explorer, useExplorer } from '../store';
import { timelineExtent } from '../store';
import { graphView } from '../graph/graphViewStore';
import { PANEL_CHOICES } from '../timeline/smallMultiples';
import { exportSmallMultiples, recordPlay, recording } from '../timeline/timelineExports';
import { webmType } from '../timeline/timelineRecorder';

/** Outside the menu's items (a select keeps its own arrow keys), inside a fieldset the menu leaves alone. */
export function PanelsField({ panels, onChange }: { panels: number; onChange: (n: number) => void }) {
  return (
    <fieldset className="dg-export-menu__scope">
      <legend>Small multiples</legend>
      <label>
        <select value={panels} onChange={(e) => onChange(Number(e.target.value))} aria-label="Small multiples: panels">
          {PANEL_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>{' '}
        time slices <span className="hint">side by side, one layout</span>
      </label>
    </fieldset>
  );
}

export function TimelineExportItems({ panels, onStart, onError }: { panels: number; onStart: () => void; onError: (message: string | null) => void }) {
  const ready = useStore(graphView, (s) => s.layout !== null && s.canvas !== null);
  const dated = useExplorer((s) => timelineExtent(s) !== null);
  const busy = useStore(recording, (s) => s.status === 'recording');
  const canRecord = typeof HTMLCanvasElement !== 'undefined' && 'captureStream' in HTMLCanvasElement.prototype && webmType() !== null;
  return (
    <>
      <button
        type="button"
        role="menuitem"
        disabled={!ready || !dated}
        onClick={() => {
          onStart();
          try {
            exportSmallMultiples(explorer, panels);
            onError(null);
          } catch (e) {
            onError((e as Error).message);
          }
        }}
      >
        <span className="label">Small multiples (SVG)</span>
        <span className="hint">{panels} slices</span>
      </button>
      <button
        type="button"
        role="menuitem"
        disabled={!ready || !dated || busy || !canRecord}
        title={canRecord ? undefined : 'This browser cannot record a canvas as WebM video'}
        onClick={() => {
          onStart();
          void recordPlay(explorer);
        }}
      >
        <span className="label">Video of Play (WebM)</span>
        <span className="hint">a month a second</span>
      </button>
    </>
  );
}
