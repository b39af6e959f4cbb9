// What the colours, sizes and lines mean. The same items go into the SVG export.
import { ENTITY_TYPES, TYPE_LABELS } from '../../model';
import { useExplorer } from '../store';
import { EDGE, TYPE_COLORS } from '../graph/palette';
import { MEMBERSHIP_EDGE } from '../graph/drawCanvas';
import { COMMUNITY_COLORS, OTHER_COMMUNITY } from '../graph/communityColors';

export function Legend() {
  const types = useExplorer((s) => s.types);
  const countriesOnly = useExplorer((s) => s.countriesOnly);
  const byCommunity = useExplorer((s) => s.colorBy === 'community');
  const shown = byCommunity ? [] : ENTITY_TYPES.filter((t) => types.includes(t) && (!countriesOnly || t === 'country'));
  return (
    <div className="dg-legend" aria-label="Legend" role="group">
      <ul>
        {shown.map((t) => (
          <li key={t}>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r="5" fill={TYPE_COLORS[t]} />
            </svg>
            {TYPE_LABELS[t]}
          </li>
        ))}
        {byCommunity ? (
          <li>
            <svg width="62" height="14" aria-hidden="true">
              {[...COMMUNITY_COLORS.slice(0, 5), OTHER_COMMUNITY].map((c, i) => (
                <circle key={c} cx={6 + i * 10} cy="7" r="4" fill={c} />
              ))}
            </svg>
            Community (Louvain; grey: small ones)
          </li>
        ) : null}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="4" cy="10" r="2.5" fill="#8a96a3" />
            <circle cx="9" cy="6" r="4.5" fill="none" stroke="#8a96a3" />
          </svg>
          Size: meetings
        </li>
        <li>
          <svg width="18" height="14" aria-hidden="true">
            <line x1="1" y1="4" x2="17" y2="4" stroke={EDGE} strokeWidth="1" />
            <line x1="1" y1="10" x2="17" y2="10" stroke={EDGE} strokeWidth="3" />
          </svg>
          Met (thicker: more often)
        </li>
        {!countriesOnly ? (
          <li>
            <svg width="18" height="14" aria-hidden="true">
              <line x1="1" y1="7" x2="17" y2="7" stroke={MEMBERSHIP_EDGE} strokeWidth="1.5" strokeDasharray="3 2.5" />
            </svg>
            Belongs to country
          </li>
        ) : null}
      </ul>
    </div>
  );
}
