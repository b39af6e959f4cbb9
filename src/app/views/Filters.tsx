import { useEffect } from 'react';
import { useStore } from 'zustand';
import { ENTITY_TYPES, MEETING_KINDS } from '../../model';
import { COMMUNITY_COLORS } from '../graph/communityColors';
import { graphMetrics, metricsFor, requestMetrics } from '../graph/graphMetrics';
import { kindLabel, plural, typeLabel } from '../shared/format';
import { KIND_COLORS, TYPE_COLORS } from '../graph/palette';
import { useExplorer } from '../store';
import { levelCounts } from '../store/selectors';

export function Filters() {
  const kinds = useExplorer((s) => s.kinds);
  const types = useExplorer((s) => s.types);
  const countriesOnly = useExplorer((s) => s.countriesOnly);
  const toggleKind = useExplorer((s) => s.toggleKind);
  const toggleType = useExplorer((s) => s.toggleType);
  const setCountriesOnly = useExplorer((s) => s.setCountriesOnly);
  const hideWeak = useExplorer((s) => s.hideWeak);
  const setHideWeak = useExplorer((s) => s.setHideWeak);
  const weak = useExplorer((s) => levelCounts(s.graph).weak);
  const resetFilters = useExplorer((s) => s.resetFilters);
  const graph = useExplorer((s) => s.graph);
  const colorBy = useExplorer((s) => s.colorBy);
  const setColorBy = useExplorer((s) => s.setColorBy);
  // Communities of two or more: every entity that met no one is a community of its own, not worth counting.
  const communities = useStore(graphMetrics, (s) => (metricsFor(s, graph) ? s.communities : null));
  // Communities are computed once per loaded graph, when first asked for.
  useEffect(() => {
    if (colorBy === 'community') requestMetrics(graph);
  }, [colorBy, graph]);
  const filtered = useExplorer((s) => s.from !== null || s.to !== null || s.kinds.length < MEETING_KINDS.length || s.types.length < ENTITY_TYPES.length || s.countriesOnly || s.hideWeak);

  return (
    <section className="filters" aria-label="Filters">
      <fieldset>
        <legend>Kind</legend>
        {MEETING_KINDS.map((k) => (
          <label key={k} className="chip">
            <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggleKind(k)} />
            <span className="swatch" style={{ background: KIND_COLORS[k] }} aria-hidden="true" />
            {kindLabel(k)}
          </label>
        ))}
      </fieldset>
      <label className="chip toggle" title="Leave out the meetings believed least: one report, a hedge near the trigger (“reportedly”, “is expected to”), no date, parties not named. The Review view lists them first.">
        <input type="checkbox" role="switch" checked={hideWeak} onChange={(e) => setHideWeak(e.target.checked)} />
        Hide weak
        <span className="muted">({weak})</span>
      </label>
      <fieldset>
        <legend>Show</legend>
        {ENTITY_TYPES.map((t) => (
          <label key={t} className="chip">
            <input type="checkbox" checked={types.includes(t)} onChange={() => toggleType(t)} />
            <span className="swatch round" style={{ background: TYPE_COLORS[t] }} aria-hidden="true" />
            {typeLabel(t)}
          </label>
        ))}
      </fieldset>
      <label className="chip toggle">
        <input type="checkbox" role="switch" checked={countriesOnly} onChange={(e) => setCountriesOnly(e.target.checked)} />
        Countries only
      </label>
      <label className="chip toggle" title="Louvain communities of the whole meeting network: groups that meet each other more than others">
        <input type="checkbox" role="switch" checked={colorBy === 'community'} onChange={(e) => setColorBy(e.target.checked ? 'community' : 'type')} />
        <span className="swatch round community-swatch" style={{ background: `conic-gradient(${COMMUNITY_COLORS.slice(0, 4).join(', ')})` }} aria-hidden="true" />
        Colour by community
        {colorBy === 'community' && communities !== null && <span className="muted">({plural(communities, 'group')})</span>}
      </label>
      <button type="button" className="link-button reset" onClick={resetFilters} disabled={!filtered}>
        Reset filters
      </button>
    </section>
  );
}
