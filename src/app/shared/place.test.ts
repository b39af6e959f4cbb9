import { describe, expect, it } from 'vitest';
import type { Entity, Meeting } from '../../model';
import { meetingPlace } from './place';

const entity = (id: string, type: Entity['type'], country: string | null): Entity => ({ id, type, name: id, aliases: [], country, role: null }) as Entity;
const byId = new Map(
  [entity('person:wang-yi', 'person', 'CHN'), entity('person:ana-brnabic', 'person', 'SRB'), entity('country:SRB', 'country', 'SRB'), entity('organisation:un', 'organisation', null)].map((e) => [e.id, e]),
);
const meeting = (kind: Meeting['kind'], participants: string[], countries: string[], location: string | null = null): Meeting =>
  ({ id: 'm', kind, date: '2025-09', location, participants, countries, sources: [] }) as unknown as Meeting;

describe('meetingPlace', () => {
  it.each([
    ['a visit by its visitor alone goes to the other side', meeting('visit', ['person:wang-yi'], ['CHN', 'SRB']), 'to Serbia'],
    ['a visit to a country named as a participant', meeting('visit', ['person:wang-yi', 'country:SRB'], ['CHN', 'SRB']), 'to Serbia'],
    ['the reported location first', meeting('visit', ['person:wang-yi'], ['CHN', 'SRB'], 'Belgrade'), 'Belgrade'],
    ['a meeting with a location', meeting('talks', ['person:wang-yi', 'person:ana-brnabic'], ['CHN', 'SRB'], 'Beijing'), 'Beijing'],
  ])('%s', (_, m, expected) => {
    expect(meetingPlace(m, byId)).toBe(expected);
  });

  // Nothing to say: no guess from the sides when both took part in person, or for other kinds.
  it.each([
    ['a visit whose both sides are people', meeting('visit', ['person:wang-yi', 'person:ana-brnabic'], ['CHN', 'SRB'])],
    ['a visit to an international body', meeting('visit', ['person:wang-yi', 'organisation:un'], ['CHN', 'INT'])],
    ['talks with no location', meeting('talks', ['person:wang-yi'], ['CHN', 'SRB'])],
  ])('%s', (_, m) => {
    expect(meetingPlace(m, byId)).toBeNull();
  });
});
