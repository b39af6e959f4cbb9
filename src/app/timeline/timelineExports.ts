// The timeline taken away: the two exports the Export menu starts (the video of
// Play, the small-multiples SVG). They read the explorer store and the live graph
// (graphView) and hand a file to the download manager; the recording's progress
// lives in a small vanilla store the Timeline shows (it outlasts the menu).
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { timelineExtent, type ExplorerState } from '../store';
import { selectRangeMeetings } from '../store/selectors';
import { downloadBlob, downloadText } from '../io/download';
import { describeFilters, exportFileName } from '../io/svgExport';
import { graphView } from '../graph/graphViewStore';
import { corpusFiles } from '../graph/graphDocument';
import { multiplesFileName, renderSmallMultiples, timeSlices } from './smallMultiples';
import { firstDay, lastDay } from './timeline';
import { playFrames, recordTimeline, videoFileName, type Recording } from './timelineRecorder';

export interface RecordingState {
  status: 'idle' | 'recording' | 'done' | 'failed';
  step: number;
  steps: number;
  /** What the last recording made, or why it failed. */
  message: string;
  result: Pick<Recording, 'frames' | 'fps' | 'durationMs' | 'steps'> | null;
  stop: (() => void) | null;
}

export const recording = createStore<RecordingState>()(() => ({ status: 'idle', step: 0, steps: 0, message: '', result: null, stop: null }));

const baseName = () => exportFileName().replace(/\.svg$/, '');

/** The range the timeline exports cover: the one set, else the timeline's extent. */
export function exportRange(s: ExplorerState): { from: string; to: string } | null {
  const extent = timelineExtent(s);
  if (!extent) return null;
  return { from: s.from ?? firstDay(extent[0]), to: s.to ?? lastDay(extent[1]) };
}

/**
 * Plays the timeline as Play does (from the current range, a month a step) while
 * recording the map, then downloads the WebM and puts the range back as it was.
 */
export async function recordPlay(store: StoreApi<ExplorerState>, options: { fps?: number; secondsPerStep?: number } = {}): Promise<void> {
  if (recording.getState().status === 'recording') return;
  const s = store.getState();
  const canvas = graphView.getState().canvas;
  const extent = timelineExtent(s);
  if (!canvas || !extent) {
    recording.setState({ status: 'failed', message: 'Nothing to record: the map has no dated meetings.' });
    return;
  }
  const before = { from: s.from, to: s.to };
  const frames = playFrames(s.from, s.to, extent);
  const abort = new AbortController();
  recording.setState({ status: 'recording', step: 0, steps: frames.length, message: '', result: null, stop: () => abort.abort() });
  if (s.playing) s.setPlaying(false);
  try {
    const result = await recordTimeline(
      frames,
      {
        canvas,
        show: (range) => store.getState().setRange(range.from, range.to),
        meetingCount: () => selectRangeMeetings(store.getState()).length,
        title: 'diplograph: who meets whom',
      },
      { ...options, signal: abort.signal, onStep: (step, steps) => recording.setState({ step, steps }) },
    );
    downloadBlob(result.blob, videoFileName(baseName()));
    const { frames: n, fps, durationMs, steps } = result;
    recording.setState({
      status: 'done',
      result: { frames: n, fps, durationMs, steps },
      message: `Video saved: ${steps} ${steps === 1 ? 'step' : 'steps'}, ${n} frames at ${fps} fps (${(durationMs / 1000).toFixed(1)} s).`,
    });
  } catch (e) {
    const stopped = (e as Error).name === 'AbortError';
    recording.setState({ status: stopped ? 'idle' : 'failed', message: stopped ? 'Recording stopped.' : (e as Error).message });
  } finally {
    recording.setState({ stop: null });
    store.getState().setRange(before.from, before.to);
  }
}

let measureCtx: CanvasRenderingContext2D | null = null;
function measureText(text: string, font: string): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * 6.5;
  measureCtx.font = font;
  return measureCtx.measureText(text).width;
}

/** The map at `panels` time slices of the current range, side by side, as one SVG. */
export function exportSmallMultiples(store: StoreApi<ExplorerState>, panels: number): void {
  const s = store.getState();
  const layout = graphView.getState().layout?.();
  const range = exportRange(s);
  if (!s.graph || !layout || !range) throw new Error('Small multiples need a map with dated meetings.');
  const slices = timeSlices(range.from, range.to, panels);
  const caption = describeFilters({ ...s, from: range.from, to: range.to, nodeCount: layout.ids.length, meetingCount: selectRangeMeetings(s).length });
  const svg = renderSmallMultiples({
    graph: s.graph,
    filters: s,
    slices,
    layout,
    measure: measureText,
    title: `diplograph: who meets whom, in ${slices.length} slices of time`,
    caption: `${caption} · one layout for every panel; a meeting dated only by its month or year is in each panel it overlaps`,
    credit: `Made with diplograph · source: ${corpusFiles(s.graph)} files`,
  });
  downloadText(svg, multiplesFileName(baseName(), slices.length), 'image/svg+xml');
}
