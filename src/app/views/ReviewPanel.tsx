// The Review view, in place of the details: the corrections made (each can be taken
// back; those that could not be placed on this graph say why), their export and
// import as one JSON file, and every meeting weakest first, each with why it is
// believed and the form to confirm, reject or correct it.
import { useEffect, useRef, useState } from 'react';
import type { Correction, Meeting } from '../../model';
import { describeCorrection, describeOutcome } from '../../review/describe';
import { LEVEL_LABELS } from '../../review/confidence';
import { addCorrections, downloadCorrections, readCorrectionsText } from '../io/correctionsIo';
import { formatDate, kindLabel, plural } from '../shared/format';
import { KIND_COLORS } from '../graph/palette';
import { meetingPlace } from '../shared/place';
import { useExplorer } from '../store';
import { foldedId, graphIndex, levelCounts, reviewOrder } from '../store/selectors';
import { ConfidenceBadge, CorrectedNote, useConfidence } from './Confidence';
import { MeetingCorrector } from './Correctors';
import { Evidence } from './Details';

const PAGE = 40;

function ReviewItem({ meeting: m }: { meeting: Meeting }) {
  const graph = useExplorer((s) => s.graph);
  const countriesOnly = useExplorer((s) => s.countriesOnly);
  const selected = useExplorer((s) => s.selectedMeetingId === m.id);
  const selectMeeting = useExplorer((s) => s.selectMeeting);
  const { byId } = graphIndex(graph);
  const { reasons } = useConfidence(m);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const place = meetingPlace(m, byId);
  const who = m.participants.map((p) => byId.get(p)?.name ?? p).join(' · ');
  const choose = () => {
    if (selected) return selectMeeting(null);
    const first = m.participants.map((p) => byId.get(p)).find((e) => e !== undefined);
    selectMeeting(m.id, first ? foldedId(first, countriesOnly) : undefined);
  };
  return (
    <li ref={ref} className={`review-item${selected ? ' selected' : ''}`} data-meeting-id={m.id}>
      <button type="button" className="meeting-head" aria-pressed={selected} onClick={choose}>
        <span className="row-date">{formatDate(m.date)}</span>
        <span className="row-kind">
          <span className="swatch" style={{ background: KIND_COLORS[m.kind] }} aria-hidden="true" />
          {kindLabel(m.kind)}
        </span>
        {place && <span className="row-place">{place}</span>}
        <ConfidenceBadge meeting={m} />
        <span className="review-item__who">{who}</span>
      </button>
      <CorrectedNote marks={m.corrected} />
      <p className="confidence-reasons">{reasons.join(' · ')}</p>
      {selected && (
        <>
          <Evidence meeting={m} />
          <MeetingCorrector meeting={m} />
        </>
      )}
    </li>
  );
}

function CorrectionItem({ correction: c }: { correction: Correction }) {
  const outcome = useExplorer((s) => s.outcomes.find((o) => o.correction.id === c.id));
  const removeCorrection = useExplorer((s) => s.removeCorrection);
  const missed = outcome && outcome.status !== 'applied';
  return (
    <li className={`correction${missed ? ' missed' : ''}`}>
      <span className="correction__what">{describeCorrection(c)}</span>
      {c.note && <span className="correction__note">“{c.note}”</span>}
      {outcome && (outcome.status !== 'applied' || outcome.placedBy !== 'id') && <span className="correction__outcome">{describeOutcome(outcome)}</span>}
      <span className="correction__when muted">{new Date(c.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</span>
      <button type="button" className="link-button" onClick={() => removeCorrection(c.id)} aria-label={`Undo: ${describeCorrection(c)}`}>
        undo
      </button>
    </li>
  );
}

function CorrectionsSection() {
  const corrections = useExplorer((s) => s.corrections);
  const undone = useExplorer((s) => s.undone.length);
  const outcomes = useExplorer((s) => s.outcomes);
  const missed = outcomes.filter((o) => o.status !== 'applied').length;
  const undo = useExplorer((s) => s.undo);
  const redo = useExplorer((s) => s.redo);
  const setCorrections = useExplorer((s) => s.setCorrections);
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ name: string; corrections: Correction[] } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const read = async (file: File) => {
    const parsed = readCorrectionsText(await file.text(), file.name);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setPending(null);
      return;
    }
    setErrors([]);
    if (corrections.length === 0) setCorrections(parsed.corrections);
    else setPending({ name: file.name, corrections: parsed.corrections });
  };

  return (
    <section className="review-corrections" aria-label="Corrections">
      <h3 className="section-title">
        {corrections.length ? plural(corrections.length, 'correction') : 'No corrections yet'}
        {missed > 0 && <span className="data-status__warn"> · {missed} not placed on this graph</span>}
      </h3>
      <p className="review-tools">
        <button type="button" onClick={undo} disabled={corrections.length === 0} title="Take back the last correction (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={undone === 0} title="Make the last undone correction again (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" onClick={() => downloadCorrections(corrections)} disabled={corrections.length === 0} title="One JSON file: load it in another browser, or apply it with npm run extract -- --corrections FILE">
          Export corrections
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          Import corrections…
        </button>
        {missed > 0 && (
          <button
            type="button"
            title="Forget the corrections whose targets are not in this graph (export them first to keep them)"
            onClick={() => setCorrections(corrections.filter((c) => outcomes.find((o) => o.correction.id === c.id)?.status === 'applied'))}
          >
            Drop {missed} not placed
          </button>
        )}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Choose a corrections file"
          data-testid="corrections-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void read(file);
          }}
        />
      </p>
      {errors.length > 0 && (
        <ul className="dg-import-errors" role="alert">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      {pending && (
        <div className="review-pending" role="group" aria-label="Imported corrections">
          <p>
            {pending.name}: {plural(pending.corrections.length, 'correction')}. Use them instead of the {plural(corrections.length, 'correction')} made here, or add them after?
          </p>
          <button type="button" className="primary" onClick={() => { setCorrections(pending.corrections); setPending(null); }}>
            Replace mine
          </button>
          <button type="button" onClick={() => { setCorrections(addCorrections(corrections, pending.corrections)); setPending(null); }}>
            Add to mine
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Discard
          </button>
        </div>
      )}
      {corrections.length > 0 && (
        <ol className="correction-list">
          {[...corrections].reverse().map((c) => (
            <CorrectionItem key={c.id} correction={c} />
          ))}
        </ol>
      )}
    </section>
  );
}

export function ReviewPanel() {
  const graph = useExplorer((s) => s.graph);
  const setReviewOpen = useExplorer((s) => s.setReviewOpen);
  const hideWeak = useExplorer((s) => s.hideWeak);
  const setHideWeak = useExplorer((s) => s.setHideWeak);
  const [shown, setShown] = useState(PAGE);
  const order = reviewOrder(graph);
  const counts = levelCounts(graph);

  return (
    <section className="details review" aria-label="Review" id="details" tabIndex={-1}>
      <div className="details-head">
        <h2 className="panel-title">Review</h2>
        <button type="button" className="close" aria-label="Close the review" title="Back to the details" onClick={() => setReviewOpen(false)}>
          ×
        </button>
      </div>
      <p className="review-counts" aria-label="Confidence">
        {(['weak', 'fair', 'strong', 'confirmed'] as const).map((l) => (
          <span key={l} className={`conf conf-${l}`}>
            <span className="conf__dot" aria-hidden="true" />
            {counts[l]} {LEVEL_LABELS[l].toLowerCase()}
          </span>
        ))}
      </p>
      <label className="chip toggle">
        <input type="checkbox" role="switch" checked={hideWeak} onChange={(e) => setHideWeak(e.target.checked)} />
        Hide weak meetings on the map
      </label>
      <CorrectionsSection />
      <h3 className="section-title">Meetings, weakest first</h3>
      <p className="hint">Weak: one report, a hedge near the trigger (“reportedly”, “is expected to”), no date, or parties only referred to. Choose one to read its sentences and confirm, reject or correct it.</p>
      <ol className="review-list" aria-label="Meetings to review">
        {order.slice(0, shown).map(({ meeting }) => (
          <ReviewItem key={meeting.id} meeting={meeting} />
        ))}
      </ol>
      {order.length > shown && (
        <button type="button" className="link-button more" onClick={() => setShown((n) => n + PAGE)}>
          Show {plural(Math.min(PAGE, order.length - shown), 'more meeting')}
        </button>
      )}
    </section>
  );
}
