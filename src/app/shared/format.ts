// Human-readable dates, kinds and country names for the panels. Pure, no React.
import { KIND_LABELS, TYPE_LABELS, type EntityType, type MeetingKind } from '../../model';
import { COUNTRY_NAMES } from './countryNames';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-02-27" → "27 Feb 2024", "2024-02" → "Feb 2024", "2024" → "2024", null → "Undated". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'Undated';
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "2024-02" → "Feb 2024" (for month bins). */
export function formatMonth(month: string): string {
  return formatDate(month.slice(0, 7));
}

export function kindLabel(kind: MeetingKind): string {
  return KIND_LABELS[kind] ?? kind;
}

export function typeLabel(type: EntityType): string {
  return TYPE_LABELS[type] ?? type;
}

/** Full country name for an ISO 3166-1 alpha-3 code; "INT" is the international side. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === 'INT') return 'International';
  return COUNTRY_NAMES[code] ?? code;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
