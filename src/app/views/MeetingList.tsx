// The meetings in the selected range and filters, newest first. Choosing one
// highlights its edge and selects its first participant (as drawn).
import { useState } from 'react';
import type { Meeting } from '../../model';
import { describeDateBasis } from '../timeline/dateBasis';
import { formatDate, kindLabel, plural } from '../shared/format';
import { KIND_COLORS } from '../graph/palette';
import { meetingPlace } from '../shared/place';
import { useExplorer } from '../store';
import { foldedId, graphIndex, selectRangeMeetings } from '../store/selectors';
import { ConfidenceBadge } from './Confidence';

const PAGE = 100;

/** One meeting; how its date was found shows on hover, and is written out once it is chosen (the list stays dense). */
function MeetingRow({ meeting: m, who, place, chosen, onChoose }: { meeting: Meeting; who: string; place: string | null; chosen: boolean; onChoose: () => void }) {
  const basis = describeDateBasis(m.dateBasis, m.date);
  return (
    <li>
      <button type="button" className="meeting-row" aria-pressed={chosen} onClick={onChoose}>
        <span className="row-date" title={basis ? `Date: ${basis}` : undefined}>
          {formatDate(m.date)}
        </span>
        <span className="row-kind">
          <span className="swatch" style={{ background: KIND_COLORS[m.kind] }} aria-hidden="true" />
          {kindLabel(m.kind)}
          {place && <span className="row-place">{place}</span>}
        </span>
        <span className="row-who">{who}</span>
        <span className="row-conf">
          <ConfidenceBadge meeting={m} />
          {m.corrected?.length ? (
            <span className="row-corrected" title={`Corrected by hand: ${m.corrected.join(', ')}`}>
              ✎<span className="visually-hidden"> corrected</span>
            </span>
          ) : null}
        </span>
        {chosen && basis && <span className="row-basis">Date: {basis}</span>}
      </button>
    </li>
  );
}

export function MeetingList() {
  const meetings = useExplorer(selectRangeMeetings);
  const graph = useExplorer((s) => s.graph);
  const ranged = useExplorer((s) => s.from !== null || s.to !== null);
  const countriesOnly = useExplorer((s) => s.countriesOnly);
  const selectedMeetingId = useExplorer((s) => s.selectedMeetingId);
  const selectMeeting = useExplorer((s) => s.selectMeeting);
  const [shown, setShown] = useState(PAGE);
  const { byId } = graphIndex(graph);

  const names = (m: Meeting) => m.participants.map((p) => byId.get(p)?.name ?? p).join(' · ');
  const selectedId = useExplorer((s) => s.selectedId);
  // Keep the selected entity when it took part (as drawn); otherwise select the first participant.
  const choose = (m: Meeting) => {
    const sides = m.participants.map((p) => byId.get(p)).filter((e) => e !== undefined).map((e) => foldedId(e, countriesOnly));
    selectMeeting(m.id, selectedId && sides.includes(selectedId) ? selectedId : sides[0]);
  };

  return (
    <section className="meeting-list" aria-label="Meetings in range">
      <h2 className="panel-title">
        {plural(meetings.length, 'meeting')} {ranged ? 'in range' : '· all time'}
      </h2>
      {meetings.length === 0 ? (
        <p className="empty">No meeting matches the range and filters.</p>
      ) : (
        <ol>
          {meetings.slice(0, shown).map((m) => (
            <MeetingRow key={m.id} meeting={m} who={names(m)} place={meetingPlace(m, byId)} chosen={m.id === selectedMeetingId} onChoose={() => choose(m)} />
          ))}
        </ol>
      )}
      {meetings.length > shown && (
        <button type="button" className="link-button more" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, meetings.length - shown)} more
        </button>
      )}
    </section>
  );
}
