// The selected entity: who it is, how often and with whom it meets, and each meeting
// with the sentences that report it and the article they come from.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { EntityMetrics } from '../../export';
import type { Entity, Meeting } from '../../model';
import { communityColor } from '../graph/communityColors';
import { describeDateBasis, describePublished } from '../timeline/dateBasis';
import { countryName, formatDate, kindLabel, plural, typeLabel } from '../shared/format';
import { graphMetrics, metricsFor, requestMetrics } from '../graph/graphMetrics';
import { meetingPlace } from '../shared/place';
import { KIND_COLORS, TYPE_COLORS } from '../graph/palette';
import { useExplorer } from '../store';
import { counterpartsIn, graphIndex, selectDetails, selectVisibleGraph } from '../store/selectors';
import { ConfidenceBadge, CorrectedNote, useConfidence } from './Confidence';
import { Disclosure, EntityCorrector, MeetingCorrector } from './Correctors';

const PAGE = 50;

function EntityButton({ entity }: { entity: Entity }) {
  const focusEntity = useExplorer((s) => s.focusEntity);
  const hover = useExplorer((s) => s.hover);
  return (
    <button
      type="button"
      className="entity-link"
      onClick={() => focusEntity(entity.id)}
      onMouseEnter={() => hover(entity.id)}
      onMouseLeave={() => hover(null)}
    >
      <span className="dot" style={{ background: TYPE_COLORS[entity.type] }} aria-hidden="true" />
      {entity.name}
    </button>
  );
}

/** The sentences that report a meeting, each with its article, file and publication date. */
export function Evidence({ meeting }: { meeting: Meeting }) {
  return (
    <>
      {meeting.sources.map((s, i) => (
        <figure key={i} className="evidence">
          <blockquote>{s.quote}</blockquote>
          <figcaption>
            <cite>{s.article || 'Untitled article'}</cite>
            <span className="file">{s.file}</span>
            {describePublished(s) && <span className="published">{describePublished(s)}</span>}
          </figcaption>
        </figure>
      ))}
    </>
  );
}

function MeetingItem({ meeting, selfId }: { meeting: Meeting; selfId: string }) {
  const graph = useExplorer((s) => s.graph);
  const countriesOnly = useExplorer((s) => s.countriesOnly);
  const selfIsCountry = selfId.startsWith('country:');
  const selected = useExplorer((s) => s.selectedMeetingId === meeting.id);
  const selectMeeting = useExplorer((s) => s.selectMeeting);
  const counterparts = counterpartsIn(graph, meeting, selfId, countriesOnly || selfIsCountry);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const dateBasis = describeDateBasis(meeting.dateBasis, meeting.date);
  const place = meetingPlace(meeting, graphIndex(graph).byId);
  const { reasons } = useConfidence(meeting);

  return (
    <li ref={ref} className={`meeting${selected ? ' selected' : ''}`} data-meeting-id={meeting.id}>
      <button type="button" className="meeting-head" aria-pressed={selected} onClick={() => selectMeeting(selected ? null : meeting.id)}>
        <span className="row-date">{formatDate(meeting.date)}</span>
        <span className="row-kind">
          <span className="swatch" style={{ background: KIND_COLORS[meeting.kind] }} aria-hidden="true" />
          {kindLabel(meeting.kind)}
        </span>
        {place && <span className="row-place">{place}</span>}
        <ConfidenceBadge meeting={meeting} />
      </button>
      <CorrectedNote marks={meeting.corrected} />
      {dateBasis && (
        <p className="date-basis">
          <span className="muted">Date: </span>
          {dateBasis}
        </p>
      )}
      {counterparts.length > 0 && (
        <p className="with">
          <span className="muted">with </span>
          {counterparts.map((c) => (
            <EntityButton key={c.id} entity={c} />
          ))}
        </p>
      )}
      {selected && (
        <p className="confidence-reasons">
          <span className="muted">Why believed: </span>
          {reasons.join(' · ')}
        </p>
      )}
      <Evidence meeting={meeting} />
      {selected && (
        <Disclosure label="Correct this meeting" className="correct-meeting">
          <MeetingCorrector meeting={meeting} />
        </Disclosure>
      )}
    </li>
  );
}

/** Where the entity stands in the whole meeting network (not just the filtered view). */
function Standing({ metrics, isCountry }: { metrics: EntityMetrics; isCountry: boolean }) {
  const colorBy = useExplorer((s) => s.colorBy);
  const setColorBy = useExplorer((s) => s.setColorBy);
  const members = metrics.communitySize - 1;
  const total = `${metrics.peers.toLocaleString('en-GB')}${isCountry ? ' countries' : ''}`;
  return (
    <>
      <h3 className="section-title">In the whole graph</h3>
      <dl className="facts standing" aria-label="Standing in the whole graph">
        <dt>Counterparts</dt>
        <dd>
          rank <strong>{metrics.degreeRank}</strong> of {total} <span className="muted">({plural(metrics.counterparts, 'counterpart')}, {plural(metrics.meetings, 'meeting')})</span>
        </dd>
        <dt>Go-between</dt>
        <dd title="Betweenness centrality: how often it lies on the shortest path between two others">
          rank <strong>{metrics.betweennessRank}</strong> of {total} <span className="muted">(betweenness {metrics.betweenness.toFixed(3)})</span>
        </dd>
        <dt>Community</dt>
        <dd>
          <span className="dot" style={{ background: communityColor(metrics.community) }} aria-hidden="true" /> {members > 0 ? `no. ${metrics.community + 1}` : 'none'}{' '}
          <span className="muted">{members > 0 ? `(with ${plural(members, isCountry ? 'other country' : 'other', isCountry ? 'other countries' : 'others')})` : '(met no one who met others)'}</span>
          {colorBy !== 'community' && (
            <button type="button" className="link-button" onClick={() => setColorBy('community')}>
              colour the map by community
            </button>
          )}
        </dd>
      </dl>
    </>
  );
}

function Overview() {
  const { nodes } = useExplorer(selectVisibleGraph);
  const empty = useExplorer((s) => (s.graph?.meetings.length ?? 0) === 0);
  const focusEntity = useExplorer((s) => s.focusEntity);
  const top = useMemo(() => [...nodes].sort((a, b) => b.meetingCount - a.meetingCount || a.entity.name.localeCompare(b.entity.name)).slice(0, 12), [nodes]);
  return (
    <div className="overview">
      {empty && (
        <p className="hint">
          This graph has no meetings yet. Run <code>npm run extract</code> on your text, then reload.
        </p>
      )}
      <p className="hint">Select a country, person or organisation on the map, or search for one by name, to see its meetings and the sentences that report them.</p>
      {top.length > 0 && (
        <>
          <h3 className="section-title">Most active in this view</h3>
          <ol className="top-list">
            {top.map((n) => (
              <li key={n.id}>
                <button type="button" className="entity-link" onClick={() => focusEntity(n.id)}>
                  <span className="dot" style={{ background: TYPE_COLORS[n.entity.type] }} aria-hidden="true" />
                  {n.entity.name}
                </button>
                <span className="count">{n.meetingCount}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

export function Details() {
  const details = useExplorer(selectDetails);
  const selectedId = useExplorer((s) => s.selectedId);
  const graph = useExplorer((s) => s.graph);
  const clearSelection = useExplorer((s) => s.clearSelection);
  const countriesOnly = useExplorer((s) => s.countriesOnly);
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [selectedId]);
  // Computed once per loaded graph, and only once someone looks at an entity.
  const metricsState = useStore(graphMetrics);
  const metrics = metricsFor(metricsState, graph);
  useEffect(() => {
    if (selectedId) requestMetrics(graph);
  }, [graph, selectedId]);

  if (!details) {
    return (
      <section className="details" aria-label="Details" id="details" tabIndex={-1}>
        <h2 className="panel-title">Details</h2>
        {selectedId ? <p className="hint">“{selectedId}” is not in this graph.</p> : <Overview />}
      </section>
    );
  }
  const { entity, meetings, totalMeetings, counterparts } = details;
  const { byId } = graphIndex(graph);
  const orgs = (entity.orgs ?? []).map((o) => byId.get(o)).filter((e): e is Entity => e !== undefined);
  const country = entity.type === 'country' ? null : countryName(entity.country);
  const homeCountry = entity.country ? byId.get(`country:${entity.country}`) : undefined;

  return (
    <section className="details" aria-label="Details" id="details" tabIndex={-1}>
      <div className="details-head">
        <p className="type-badge" style={{ color: TYPE_COLORS[entity.type] }}>
          <span className="dot" style={{ background: TYPE_COLORS[entity.type] }} aria-hidden="true" />
          {typeLabel(entity.type)}
        </p>
        <button type="button" className="close" aria-label="Clear selection" title="Clear selection (Esc)" onClick={clearSelection}>
          ×
        </button>
      </div>
      <h2 className="entity-name">{entity.name}</h2>
      <CorrectedNote marks={entity.corrected} />
      <Disclosure label="Correct this entity" className="correct-entity">
        <EntityCorrector key={entity.id} entity={entity} />
      </Disclosure>
      <dl className="facts">
        {entity.role && (
          <>
            <dt>Role</dt>
            <dd>{entity.role}</dd>
          </>
        )}
        {country && (
          <>
            <dt>Country</dt>
            <dd>{homeCountry ? <EntityButton entity={homeCountry} /> : country}</dd>
          </>
        )}
        {entity.type === 'country' && entity.country && (
          <>
            <dt>Country</dt>
            <dd>
              <span>
                {countryName(entity.country)} <span className="muted">({entity.country})</span>
              </span>
            </dd>
          </>
        )}
        {orgs.length > 0 && (
          <>
            <dt>For</dt>
            <dd>
              {orgs.map((o) => (
                <EntityButton key={o.id} entity={o} />
              ))}
            </dd>
          </>
        )}
        {entity.aliases.length > 0 && (
          <>
            <dt>Also</dt>
            <dd>{entity.aliases.join(', ')}</dd>
          </>
        )}
      </dl>
      <div className="stats">
        <div>
          <strong>{meetings.length}</strong> {meetings.length === 1 ? 'meeting' : 'meetings'}
          {meetings.length !== totalMeetings && <span className="muted"> of {totalMeetings}</span>}
        </div>
        <div>
          <strong>{counterparts.length}</strong> {counterparts.length === 1 ? 'counterpart' : 'counterparts'}
        </div>
      </div>
      {entity.type === 'country' && <p className="note">Includes the meetings of its people and organisations.</p>}
      {metrics?.get(entity.id) && <Standing metrics={metrics.get(entity.id)!} isCountry={entity.type === 'country'} />}
      {counterparts.length > 0 && <h3 className="section-title">Top counterparts{meetings.length !== totalMeetings ? ' in range and filters' : ''}</h3>}
      {counterparts.length > 0 && (
        <p className="counterparts">
          {counterparts.slice(0, 10).map(({ entity: c, count }) => (
            <span key={c.id} className="counterpart">
              <EntityButton entity={c} />
              {count > 1 && <span className="count">×{count}</span>}
            </span>
          ))}
          {counterparts.length > 10 && <span className="muted">and {counterparts.length - 10} more</span>}
        </p>
      )}
      <h3 className="section-title">Meetings{meetings.length !== totalMeetings ? ' in range and filters' : ''}</h3>
      {meetings.length === 0 ? (
        <p className="empty">None in the current range and filters.</p>
      ) : (
        <ol className="meetings">
          {meetings.slice(0, shown).map((m) => (
            <MeetingItem key={m.id} meeting={m} selfId={entity.id} />
          ))}
        </ol>
      )}
      {meetings.length > shown && (
        <button type="button" className="link-button more" onClick={() => setShown((n) => n + PAGE)}>
          Show {plural(Math.min(PAGE, meetings.length - shown), 'more meeting')}
        </button>
      )}
    </section>
  );
}
