// The timeline panel: histogram + brush, From/To inputs in step with it, Play.
import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { explorer, useExplorer } from '../store';
import { recording } from '../timeline/timelineExports';
import { completeDate } from '../timeline/dateInput';
import { lastDay, monthExtent } from '../timeline/timeline';
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
  const recordingNow = useStore(recording, (s) => s.status === 'recording');
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
    <section className="timeline" aria-label="Timeline" id="timeline" tabIndex={-1}>
      <div className="timeline-chart">
        <div className="timeline-controls">
          <h2 className="panel-title">Timeline</h2>
          <label htmlFor={`${id}-from`}>From</label>
          <DateField id={`${id}-from`} value={from} min={min} max={max} onDate={(d) => setRange(d, to)} />
          <label htmlFor={`${id}-to`}>To</label>
          <DateField id={`${id}-to`} value={to} min={min} max={max} onDate={(d) => setRange(from, d)} />
          <button type="button" className={`play${playing ? ' playing' : ''}`} onClick={togglePlay} disabled={!extent || recordingNow}>
            <span className="icon" aria-hidden="true">
              {playing ? '❚❚' : '▶'}
            </span>
            {playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" className="link-button" onClick={() => setRange(null, null)} disabled={!from && !to}>
            All time
          </button>
          <RecordingStatus />
        </div>
        <Histogram />
      </div>
      <MeetingList />
    </section>
  );
}

/**
 * A date input that keeps what is being typed as its own draft and hands the store
 * only a finished date (or a cleared field): Chromium reports 0002-…, 0020-… while a
 * year is typed, and those must neither filter the map nor swap From and To.
 */
function DateField(props: { id: string; value: string | null; min?: string; max?: string; onDate: (date: string | null) => void }) {
  const { id, value, min, max, onDate } = props;
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  return (
    <input
      id={id}
      type="date"
      value={draft}
      min={min}
      max={max}
      onChange={(e) => {
        setDraft(e.target.value);
        const date = completeDate(e.target.value);
        if (date !== undefined && date !== (value ?? '')) onDate(date || null);
      }}
      onBlur={() => setDraft(value ?? '')}
    />
  );
}

/** The video export's progress (Export ▾ → Video of Play): it plays this timeline, so it is told here. */
function RecordingStatus() {
  const { status, step, steps, message, stop } = useStore(recording);
  if (status === 'recording') {
    return (
      <span className="recording" role="status">
        <span className="dot" aria-hidden="true" /> Recording step {step} of {steps}…{' '}
        <button type="button" className="link-button" onClick={() => stop?.()}>
          Stop
        </button>
      </span>
    );
  }
  return message ? (
    <span className={`recording ${status}`} role="status">
      {message}
    </span>
  ) : null;
}
