// The URL hash mirrors the shareable part of the view (filters, selection, colouring), e.g.
//   #from=2024-01-01&to=2024-03-31&kinds=talks,meeting&sel=country:CHN&countries=1&color=community&zoom=1.6,-120.5,30
// A pure two-way mapping: defaults are left out so a plain view has an empty hash,
// and anything unreadable in a hand-edited or truncated URL is ignored, never thrown.
import { ENTITY_TYPES, MEETING_KINDS, type EntityType, type MeetingKind } from '../../model';
import { defaultView, type ShareableView } from '../store';
import { formatCamera, parseCamera } from '../graph/camera';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ENTITY_ID = /^(country|person|organisation):[^\s]+$/;
const MAX_VALUE = 500;

/** Canonical hash (without "#") for a view; "" for the default view. */
export function toHash(view: ShareableView): string {
  const params = new URLSearchParams();
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  // Listed in the model's order so equal views give equal hashes.
  if (view.kinds.length !== MEETING_KINDS.length) params.set('kinds', MEETING_KINDS.filter((k) => view.kinds.includes(k)).join(','));
  if (view.types.length !== ENTITY_TYPES.length) params.set('types', ENTITY_TYPES.filter((t) => view.types.includes(t)).join(','));
  if (view.countriesOnly) params.set('countries', '1');
  if (view.selectedId) params.set('sel', view.selectedId);
  if (view.selectedMeetingId) params.set('meeting', view.selectedMeetingId);
  if (view.colorBy === 'community') params.set('color', 'community');
  if (view.camera) params.set('zoom', formatCamera(view.camera));
  // Keep ":" and "," readable in the address bar; both are legal in a fragment.
  return params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

function list<T extends string>(raw: string | null, allowed: readonly T[]): T[] | undefined {
  if (raw === null) return undefined;
  if (raw === '') return []; // explicitly none
  const items = raw.split(',').filter((x): x is T => (allowed as readonly string[]).includes(x));
  return items.length ? allowed.filter((a) => items.includes(a)) : undefined; // only garbage: ignore
}

function validDay(raw: string | null): string | undefined {
  if (!raw || !DAY.test(raw)) return undefined;
  const d = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw ? raw : undefined;
}

/**
 * Reads a hash ("#..." or "...") into the fields it validly sets. Unknown keys and
 * bad values are dropped; missing keys mean the default (see `viewFromHash`).
 */
export function parseHash(hash: string): Partial<ShareableView> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, '').slice(0, 4000));
  } catch {
    return {};
  }
  const get = (key: string) => {
    const v = params.get(key);
    return v !== null && v.length <= MAX_VALUE ? v : null;
  };
  const out: Partial<ShareableView> = {};
  const from = validDay(get('from'));
  const to = validDay(get('to'));
  if (from) out.from = from;
  if (to) out.to = to;
  if (from && to && from > to) Object.assign(out, { from: to, to: from });
  const kinds = list<MeetingKind>(get('kinds'), MEETING_KINDS);
  if (kinds) out.kinds = kinds;
  const types = list<EntityType>(get('types'), ENTITY_TYPES);
  if (types) out.types = types;
  const countries = get('countries');
  if (countries === '1' || countries === '0') out.countriesOnly = countries === '1';
  const sel = get('sel');
  if (sel && ENTITY_ID.test(sel)) out.selectedId = sel;
  const meeting = get('meeting');
  if (meeting && !/\s/.test(meeting)) out.selectedMeetingId = meeting;
  const color = get('color');
  if (color === 'community' || color === 'type') out.colorBy = color;
  const camera = parseCamera(get('zoom'));
  if (camera) out.camera = camera;
  return out;
}

/** The whole view a hash describes: what it sets, defaults for the rest. */
export function viewFromHash(hash: string): ShareableView {
  return { ...defaultView(), ...parseHash(hash) };
}
