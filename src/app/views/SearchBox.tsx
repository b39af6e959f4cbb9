// An ARIA combobox over entity names and aliases: suggestions as you type, arrows
// to move, Enter picks the highlighted (or first) match and focuses it on the map.
import { useId, useMemo, useState } from 'react';
import { useExplorer } from '../store';
import { selectVisibleGraph } from '../store/selectors';
import { searchEntities } from '../shared/search';
import { countryName, typeLabel } from '../shared/format';
import { TYPE_COLORS } from '../graph/palette';

export function SearchBox() {
  const graph = useExplorer((s) => s.graph);
  const search = useExplorer((s) => s.search);
  const setSearch = useExplorer((s) => s.setSearch);
  const focusEntity = useExplorer((s) => s.focusEntity);
  const visible = useExplorer(selectVisibleGraph);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();

  const weight = useMemo(() => {
    const counts = new Map(visible.nodes.map((n) => [n.id, n.meetingCount]));
    return (eid: string) => counts.get(eid) ?? 0;
  }, [visible]);
  const hits = useMemo(() => searchEntities(graph, search, 8, weight), [graph, search, weight]);
  const expanded = open && hits.length > 0;

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    focusEntity(hit.entity.id);
    setSearch(hit.entity.name);
    setOpen(false);
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="search-label">
        Search
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        placeholder="Country, person, organisation…"
        autoComplete="off"
        spellCheck={false}
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            if (hits.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(expanded ? active : 0);
          } else if (e.key === 'Escape' && (expanded || search)) {
            // Close the suggestions (then clear the text) before Escape clears the selection.
            e.stopPropagation();
            e.nativeEvent.stopImmediatePropagation();
            if (expanded) setOpen(false);
            else setSearch('');
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Search suggestions" className="search-list" hidden={!expanded}>
        {hits.map((h, i) => (
          <li
            key={h.entity.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault() /* keep focus in the input */}
            onMouseEnter={() => setActive(i)}
            onClick={() => pick(i)}
          >
            <span className="dot" style={{ background: TYPE_COLORS[h.entity.type] }} aria-hidden="true" />
            <span className="opt-name">{h.entity.name}</span>
            <span className="opt-meta">
              {h.alias ? `“${h.alias}” · ` : ''}
              {h.entity.type === 'country' ? typeLabel('country') : (countryName(h.entity.country) ?? typeLabel(h.entity.type))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
