// The timeline panel: histogram + brush, From/To inputs in step with it, Play.
import { useEffect, useId, useMemo } from 'react';
import { explorer, useExplorer } from '../store';
import { lastDay, monthExtent } from '../lib/timeline';
import { Histogram } from './Histogram';
import { MeetingList } from './MeetingList';

const STEP_MS = 1100;

export function Timeline() {
  const graph = useExplorer((s) => s.graph);
  const from = useExplorer((s) => s.from);
  const to = useExplorer((s) => s.to);
  const playing = useExplorer((s) => s.playing);
  const setRange = useExplorer((s) => s.setRange);
  const togglePlay = useExplorer((s) => s.togglePlay);
  const id = useId();
  const extent = useMemo(() => monthExtent(graph?.meetings ?? []), [graph]);
  const min = extent ? `${extent[0]}-01` : undefined;
  const max = extent ? lastDay(extent[1]) : undefined;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => explorer.getState().playStep(), STEP_MS);
    return () => clearInterval(timer);
  }, [playing]);

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-chart">
        <div className="timeline-controls">
          <h2 className="panel-title">Timeline</h2>
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from ?? ''}
            min={min}
            max={max}
            onChange={(e) => setRange(e.target.value || null, to)}
          />
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} type="date" value={to ?? ''} min={min} max={max} onChange={(e) => setRange(from, e.target.value || null)} />
          <button type="button" className={`play${playing ? ' playing' : ''}`} onClick={togglePlay} disabled={!extent}>
            <span className="icon" aria-hidden="true">
              {playing ? '❚❚' : '▶'}
            </span>
            {playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" className="link-button" onClick={() => setRange(null, null)} disabled={!from && !to}>
            All time
          </button>
        </div>
        <Histogram />
      </div>
      <MeetingList />
    </section>
  );
}
