import { ENTITY_TYPES, MEETING_KINDS } from '../../model';
import { kindLabel, typeLabel } from '../lib/format';
import { KIND_COLORS, TYPE_COLORS } from '../lib/palette';
import { useExplorer } from '../store';

export function Filters() {
  const kinds = useExplorer((s) => s.kinds);
  const types = useExplorer((s) => s.types);
  const countriesOnly = useExplorer((s) => s.countriesOnly);
  const toggleKind = useExplorer((s) => s.toggleKind);
  const toggleType = useExplorer((s) => s.toggleType);
  const setCountriesOnly = useExplorer((s) => s.setCountriesOnly);
  const resetFilters = useExplorer((s) => s.resetFilters);
  const filtered = useExplorer((s) => s.from !== null || s.to !== null || s.kinds.length < MEETING_KINDS.length || s.types.length < ENTITY_TYPES.length || s.countriesOnly);

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
      <button type="button" className="link-button reset" onClick={resetFilters} disabled={!filtered}>
        Reset filters
      </button>
    </section>
  );
}
