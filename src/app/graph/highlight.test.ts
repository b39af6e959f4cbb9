import { describe, expect, it } from 'vitest';
import { deriveHighlight, NO_HIGHLIGHT } from './highlight';
import type { GraphLink } from '../store/selectors';

const links: GraphLink[] = [
  { id: 'a|b', source: 'a', target: 'b', kind: 'meeting', meetingIds: ['m1', 'm2'] },
  { id: 'b|c', source: 'b', target: 'c', kind: 'meeting', meetingIds: ['m2'] },
  { id: 'c|d', source: 'c', target: 'd', kind: 'membership', meetingIds: [] },
];

describe('deriveHighlight', () => {
  it('dims nothing without a selection', () => {
    expect(deriveHighlight(links, null, null)).toBe(NO_HIGHLIGHT);
  });
  it('lights the selected node, its neighbours and the links between them', () => {
    const h = deriveHighlight(links, 'b', null);
    expect([...h.nodes!].sort()).toEqual(['a', 'b', 'c']);
    expect([...h.links].sort()).toEqual(['a|b', 'b|c']);
  });
  it('lights the links of the selected meeting and their ends', () => {
    const h = deriveHighlight(links, null, 'm1');
    expect([...h.nodes!].sort()).toEqual(['a', 'b']);
    expect([...h.links]).toEqual(['a|b']);
  });
  it('keeps the selected entity lit when its meeting is selected', () => {
    const h = deriveHighlight(links, 'c', 'm2');
    expect(h.nodes!.has('c')).toBe(true);
    expect([...h.links].sort()).toEqual(['a|b', 'b|c']);
  });
  it('lights a country with its members, the people they met and those people\'s countries (its counterparts), not their other members', () => {
    const world: GraphLink[] = [
      { id: 'country:CYP|person:p', source: 'person:p', target: 'country:CYP', kind: 'membership', meetingIds: [] },
      { id: 'person:p|person:q', source: 'person:p', target: 'person:q', kind: 'meeting', meetingIds: ['m1'] },
      { id: 'country:CHN|person:q', source: 'person:q', target: 'country:CHN', kind: 'membership', meetingIds: [] },
      { id: 'country:CHN|person:t', source: 'person:t', target: 'country:CHN', kind: 'membership', meetingIds: [] },
      { id: 'person:r|person:s', source: 'person:r', target: 'person:s', kind: 'meeting', meetingIds: ['m2'] },
    ];
    const h = deriveHighlight(world, 'country:CYP', null);
    expect([...h.nodes!].sort()).toEqual(['country:CHN', 'country:CYP', 'person:p', 'person:q']);
    expect([...h.links].sort()).toEqual(['country:CHN|person:q', 'country:CYP|person:p', 'person:p|person:q']);
  });
  it('lights a person\'s counterparts only, not their countries', () => {
    const world: GraphLink[] = [
      { id: 'person:p|person:q', source: 'person:p', target: 'person:q', kind: 'meeting', meetingIds: ['m1'] },
      { id: 'country:CHN|person:q', source: 'person:q', target: 'country:CHN', kind: 'membership', meetingIds: [] },
    ];
    expect([...deriveHighlight(world, 'person:p', null).nodes!].sort()).toEqual(['person:p', 'person:q']);
  });
});
