// Where a meeting took place, in words, for the lists. Pure, no React.
import type { Entity, Meeting } from '../../model';
import { countryName } from './format';

/**
 * The meeting's location as reported; failing that, for a visit, where the visitor went:
 * the sides (ISO codes in `countries`) that no person or organisation took part for,
 * the host country named only as a country or not at all ("to Serbia"). Null when
 * nothing says where (a visit whose both sides are people names both already).
 */
export function meetingPlace(meeting: Meeting, byId: ReadonlyMap<string, Entity>): string | null {
  if (meeting.location) return meeting.location;
  if (meeting.kind !== 'visit') return null;
  const represented = new Set<string>();
  for (const p of meeting.participants) {
    const e = byId.get(p);
    if (e && e.type !== 'country' && e.country) represented.add(e.country);
  }
  const hosts = meeting.countries.filter((c) => c !== 'INT' && !represented.has(c));
  return hosts.length > 0 ? `to ${hosts.map((c) => countryName(c)).join(', ')}` : null;
}
