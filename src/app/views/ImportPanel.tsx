// "Add text…": the header button with its file chooser, the full-window drop
// target shown while files are dragged over the page, and the panel that shows
// the extraction's progress, what became of each file, and asks whether the
// meetings found replace the graph on screen or join it.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { plural } from '../shared/format';
import { cancelImport, finishImport, importJob, startImport } from '../io/importJob';
import { useExplorer } from '../store';
import '../importExport.css';

/** Kept in step with IMPORT_EXTENSIONS (importFiles.ts lives in the worker's chunk). */
const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export function AddTextButton() {
  const input = useRef<HTMLInputElement>(null);
  const busy = useStore(importJob, (s) => s.phase === 'reading');
  return (
    <>
      <button type="button" className="dg-import" onClick={() => input.current?.click()} disabled={busy} title="Extract meetings from your own news files (.txt, .md, .html); you can also drop them on the page">
        Add text…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Choose news files"
        data-testid="import-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          startImport(files);
        }}
      />
    </>
  );
}

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/** Full-window drop target, listening on the window so a drop anywhere counts. */
export function DropOverlay() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a depth count tells when the pointer left the window.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length && importJob.getState().phase !== 'reading') startImport(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overFn);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="dg-drop" data-testid="drop-overlay">
      <div className="dg-drop__box">
        <p className="dg-drop__title">Drop news files to add their meetings</p>
        <p className="dg-drop__hint">.txt, .md or .html — read in your browser, nothing is uploaded</p>
      </div>
    </div>
  );
}

export function ImportPanel() {
  const state = useStore(importJob);
  const hasGraph = useExplorer((s) => s.graph !== null);
  const { phase, total, done, outcomes, found, errors } = state;
  const replaceRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (phase === 'ready' && found) replaceRef.current?.focus();
  }, [phase, found]);
  if (phase === 'idle') return null;

  const skipped = outcomes.filter((o) => !o.ok);
  const found0 = found && found.meetings.length === 0;
  const title =
    phase === 'reading' ? `Reading ${plural(total, 'file')}…` : phase === 'failed' ? 'Could not add the text' : found && !found0 ? `Found ${plural(found.meetings.length, 'meeting')}` : 'No meetings found';

  return (
    <section className="dg-import-panel" role="dialog" aria-label="Add text" aria-live="polite">
      <h2 className="dg-import-panel__title">{title}</h2>
      <div className="dg-progress">
        <div
          className="dg-progress__track"
          role="progressbar"
          aria-label="Files read"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={`${done} of ${plural(total, 'file')}`}
        >
          <div className="dg-progress__bar" style={{ width: `${total ? (100 * done) / total : 0}%` }} />
        </div>
        <span className="dg-progress__text">
          {done} of {plural(total, 'file')}
        </span>
      </div>

      {outcomes.length > 0 && (
        <ul className="dg-import-files" aria-label="Files">
          {outcomes.map((o, i) => (
            <li key={i} className={o.ok ? 'ok' : 'skipped'}>
              <span className="dg-import-files__name">{o.name}</span>
              <span className="dg-import-files__what">{o.ok ? (o.meetings ? plural(o.meetings, 'meeting') : 'no meetings') : `not read: ${o.reason}`}</span>
              {o.notes.map((n, j) => (
                <span key={j} className="dg-import-files__note">
                  {n}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}

      {phase === 'failed' && (
        <ul className="dg-import-errors">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}

      {phase === 'ready' && found && !found0 && (
        <p className="dg-import-summary">
          {plural(found.meetings.length, 'meeting')} among {plural(found.entities.length, 'entity', 'entities')}
          {skipped.length > 0 && <> from {plural(outcomes.length - skipped.length, 'file')} ({skipped.length} not read)</>}.
          {hasGraph && ' Show them instead of the graph on screen, or add them to it?'}
        </p>
      )}

      <div className="dg-import-actions">
        {phase === 'reading' && (
          <button type="button" onClick={cancelImport}>
            Cancel
          </button>
        )}
        {phase === 'ready' && found && !found0 && (
          <>
            <button ref={replaceRef} type="button" className="primary" onClick={() => finishImport('replace')} title="Show only the meetings from these files">
              {hasGraph ? 'Replace' : 'Show'}
            </button>
            {hasGraph && (
              <button type="button" className="primary" onClick={() => finishImport('merge')} title="Add these meetings to the graph on screen (same people and meetings are joined)">
                Merge
              </button>
            )}
            <button type="button" onClick={cancelImport}>
              Discard
            </button>
          </>
        )}
        {(phase === 'failed' || (phase === 'ready' && (!found || found0))) && (
          <button type="button" onClick={cancelImport}>
            Close
          </button>
        )}
      </div>
    </section>
  );
}
