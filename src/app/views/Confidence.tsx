// How sure a meeting is, where it is listed: a small badge (level in words, the
// reasons on hover) and, in the details, the reasons written out. Thin: the
// confidence itself comes from src/review/confidence.ts through the selectors.
import type { Meeting } from '../../model';
import { describeConfidence, LEVEL_LABELS } from '../../review/confidence';
import { useExplorer } from '../store';
import '../review.css';
import { confidence, graphIndex } from '../store/selectors';

export function useConfidence(m: Meeting) {
  const graph = useExplorer((s) => s.graph);
  const c = confidence(graph, m);
  return { confidence: c, reasons: describeConfidence(c, graphIndex(graph).byId) };
}

/** "Weak", "Fair", "Strong", "Confirmed", with the reasons as its tooltip. */
export function ConfidenceBadge({ meeting }: { meeting: Meeting }) {
  const { confidence: c, reasons } = useConfidence(meeting);
  return (
    <span className={`conf conf-${c.level}`} title={`Confidence: ${LEVEL_LABELS[c.level].toLowerCase()}. ${reasons.join('; ')}`} data-confidence={c.level}>
      <span className="conf__dot" aria-hidden="true" />
      <span className="conf__label">{LEVEL_LABELS[c.level]}</span>
    </span>
  );
}

/** What the analyst changed on it, if anything: "Corrected: date, participants". */
export function CorrectedNote({ marks }: { marks: readonly string[] | undefined }) {
  if (!marks?.length) return null;
  const confirmedOnly = marks.length === 1 && marks[0] === 'confirmed';
  return (
    <p className="corrected-note">
      <span aria-hidden="true">✎ </span>
      {confirmedOnly ? 'Confirmed by hand' : `Corrected by hand: ${marks.filter((m) => m !== 'confirmed').join(', ')}${marks.includes('confirmed') ? ' (confirmed)' : ''}`}
    </p>
  );
}
