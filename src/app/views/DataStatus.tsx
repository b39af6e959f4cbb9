// The header's word on what is loaded: the served graph.json or the files the user
// added, whether this browser keeps them, and whether anything is corrected; with
// the Review view's button and "Clear saved data", which asks before it forgets.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { plural } from '../shared/format';
import { startImport } from '../io/importJob';
import { clearSaved, readCorpus, saving } from '../io/savedSession';
import { useExplorer, type DataOrigin } from '../store';
import { levelCounts } from '../store/selectors';

function describeOrigin(origin: DataOrigin | null): string {
  if (!origin) return 'nothing loaded';
  if (origin.kind === 'served') return origin.url.replace(/^.*\//, '') || origin.url;
  const files = plural(origin.files.length, 'file');
  return origin.onto ? `${files} you added to ${origin.onto.replace(/^.*\//, '')}` : `${files} you added`;
}

/** Opens the Review view in the details' place (and closes it). */
export function ReviewButton() {
  const weak = useExplorer((s) => levelCounts(s.graph).weak);
  const reviewOpen = useExplorer((s) => s.reviewOpen);
  const setReviewOpen = useExplorer((s) => s.setReviewOpen);
  return (
    <button type="button" className="dg-review" aria-pressed={reviewOpen} onClick={() => setReviewOpen(!reviewOpen)} title={`Meetings weakest first (${weak} weak), with why each is believed, and the corrections made`}>
      Review
    </button>
  );
}

export function DataStatus() {
  const origin = useExplorer((s) => s.origin);
  const corrections = useExplorer((s) => s.corrections.length);
  const missed = useExplorer((s) => s.outcomes.filter((o) => o.status !== 'applied').length);
  // A graph written by `npm run extract -- --corrections`: corrected before it was loaded.
  const before = useExplorer((s) => s.extracted?.review?.corrections ?? 0);
  const { kept, status, error, corpusFiles } = useStore(saving);
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const clear = async () => {
    await clearSaved();
    // Back to what the site serves, as on a first visit.
    location.reload();
  };

  return (
    <div className="data-status">
      <p className="data-status__text" aria-label="Loaded data">
        <span className="data-status__origin">{describeOrigin(origin)}</span>
        {kept && <span title={status === 'failed' ? (error ?? '') : 'Kept in this browser (IndexedDB): it is here after a reload'}>{status === 'failed' ? 'not saved' : 'saved in this browser'}</span>}
        {corrections > 0 ? (
          <span className={missed ? 'data-status__warn' : 'data-status__corrected'} title={missed ? `${missed} of them could not be placed on this graph: see Review` : undefined}>
            {plural(corrections, 'correction')}
            {missed > 0 && ` (${missed} not placed)`}
          </span>
        ) : before > 0 ? (
          <span className="data-status__corrected" title="This graph was written with its corrections applied (npm run extract -- --corrections)">
            {plural(before, 'correction')} applied before loading
          </span>
        ) : (
          <span>as extracted</span>
        )}
      </p>
      {status === 'failed' && !kept && error && (
        <span className="data-status__warn" role="status" title={error}>
          not kept
        </span>
      )}
      {kept && corpusFiles > 0 && (
        <button type="button" className="link-button" title="Extract the files kept in this browser again (a newer extractor may read them better); the corrections are placed again" onClick={() => void readCorpus().then((files) => startImport(files))}>
          Read again
        </button>
      )}
      {kept && (
        <button type="button" className="link-button" onClick={() => setAsking(true)} aria-expanded={asking} aria-label="Clear saved data…" title="Forget what this browser keeps">
          Clear…
        </button>
      )}
      {asking && (
        <div className="data-status__confirm" role="alertdialog" aria-label="Clear saved data" aria-describedby="dg-clear-what">
          <p id="dg-clear-what">
            Forget what this browser keeps{origin?.kind === 'imported' ? ': the files you added, their graph' : ': the corrections'}
            {corrections > 0 && origin?.kind === 'imported' ? ` and ${plural(corrections, 'correction')}` : ''}? Export the corrections first to keep them. The page then shows the site’s own graph.
          </p>
          <button type="button" className="danger" onClick={() => void clear()}>
            Clear
          </button>
          <button type="button" ref={keepRef} onClick={() => setAsking(false)}>
            Keep
          </button>
        </div>
      )}
    </div>
  );
}
