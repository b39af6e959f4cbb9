// "Video of Play": the timeline played month by month, as Play shows it, recorded
// from the graph's canvas into a WebM file. Each frame is the live canvas copied
// onto a recording canvas with a band underneath that writes the date range and
// the count of meetings, so the video says what time it shows. Frames are taken
// at a fixed rate (captureStream(0) + requestFrame on a clock), so the video lasts
// frames / fps; MediaRecorder writes no duration into a WebM, so fix-webm-duration
// adds it (without it players show no length and cannot seek).
import fixWebmDuration from 'fix-webm-duration';
import { playNext, playStart, type DayRange, type Month } from './timeline';
import { formatDate } from '../shared/format';
import { FONT_STACK, INK, MUTED, PAPER } from '../graph/palette';

/** The ranges Play steps through from the current one, first to last (Play's own sequence). */
export function playFrames(from: string | null, to: string | null, extent: [Month, Month], limit = 600): DayRange[] {
  const frames = [playStart(from, to, extent)];
  for (let next = playNext(frames[0]!.from, frames[0]!.to, extent); next && frames.length < limit; next = playNext(next.from, next.to, extent)) frames.push(next);
  return frames;
}

/** "1 Jan 2024 – 31 Mar 2024": the range written on each frame. */
export function rangeText(range: DayRange): string {
  return `${formatDate(range.from)} – ${formatDate(range.to)}`;
}

/** The first WebM codec this browser's MediaRecorder can write, or null. */
export function webmType(isSupported: (type: string) => boolean = (t) => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported(t)): string | null {
  for (const type of ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm']) if (isSupported(type)) return type;
  return null;
}

export interface RecordingDeps {
  /** The live graph canvas (drawn by the controller). */
  canvas: HTMLCanvasElement;
  /** Shows one step (sets the range); the map redraws on its own while the step is held. */
  show: (range: DayRange) => void;
  /** Meetings in the range shown now (for the band). */
  meetingCount: () => number;
  title: string;
}

export interface RecordingOptions {
  fps?: number;
  /** How long each step of Play is held, in seconds. */
  secondsPerStep?: number;
  signal?: AbortSignal;
  onStep?: (step: number, total: number) => void;
}

export interface Recording {
  blob: Blob;
  frames: number;
  fps: number;
  steps: number;
  /** frames / fps, in milliseconds: the duration written into the file. */
  durationMs: number;
}

const BAND = 44;

export async function recordTimeline(frames: readonly DayRange[], deps: RecordingDeps, { fps = 15, secondsPerStep = 1, signal, onStep }: RecordingOptions = {}): Promise<Recording> {
  if (frames.length === 0) throw new Error('video export: no dated meetings to play');
  const type = webmType();
  if (!type) throw new Error('video export: this browser cannot record WebM video (MediaRecorder)');
  const source = deps.canvas;
  const scale = source.width / Math.max(1, source.clientWidth || source.width);
  // Even sizes: VP8/VP9 encoders round odd ones, which some players show as a green edge.
  const even = (n: number) => 2 * Math.ceil(n / 2);
  const out = document.createElement('canvas');
  out.width = even(source.width);
  out.height = even(source.height + BAND * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('video export: no 2D canvas in this browser');
  const stream = out.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  if (!track || typeof track.requestFrame !== 'function') throw new Error('video export: this browser cannot capture a canvas frame by frame');
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));

  const paint = (range: DayRange) => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, 0);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    const y = out.height / scale - BAND;
    ctx.fillStyle = '#d9dee3';
    ctx.fillRect(0, y, out.width / scale, 1);
    ctx.textBaseline = 'middle';
    ctx.fillStyle = INK;
    ctx.font = `600 17px ${FONT_STACK}`;
    const text = rangeText(range);
    ctx.fillText(text, 14, y + BAND / 2);
    const w = ctx.measureText(text).width;
    ctx.font = `400 13px ${FONT_STACK}`;
    ctx.fillStyle = MUTED;
    const count = deps.meetingCount();
    ctx.fillText(`${count.toLocaleString('en-GB')} ${count === 1 ? 'meeting' : 'meetings'} · ${deps.title}`, 14 + w + 14, y + BAND / 2);
  };

  const perStep = Math.max(1, Math.round(fps * secondsPerStep));
  const frameMs = 1000 / fps;
  let taken = 0;
  const t0 = performance.now();
  // The clock: frame i is taken at t0 + i / fps (not every 1/fps after the last, which drifts).
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, t0 + taken * frameMs - performance.now())));
  recorder.start(1000);
  try {
    for (let step = 0; step < frames.length; step++) {
      if (signal?.aborted) throw new DOMException('video export stopped', 'AbortError');
      onStep?.(step + 1, frames.length);
      deps.show(frames[step]!);
      for (let f = 0; f < perStep; f++) {
        await tick();
        paint(frames[step]!);
        track.requestFrame();
        taken++;
      }
    }
    // The last frame is shown for its 1/fps too before the recording ends.
    await tick();
  } finally {
    recorder.stop();
    stream.getTracks().forEach((t) => t.stop());
    await stopped;
  }
  const durationMs = (taken / fps) * 1000;
  const blob = await fixWebmDuration(new Blob(chunks, { type: 'video/webm' }), durationMs, { logger: false });
  return { blob, frames: taken, fps, steps: frames.length, durationMs };
}

/** "diplograph-2024-06-30-timeline.webm". */
export function videoFileName(base: string): string {
  return `${base}-timeline.webm`;
}
