// Display state derived from the selection at draw time (never written onto the
// model): which nodes and links stay bright while the rest is dimmed.
import type { GraphLink } from '../store/selectors';

export interface Highlight {
  /** Entity ids drawn at full strength; null = nothing is dimmed. */
  nodes: ReadonlySet<string> | null;
  /** Link ids drawn at full strength (and emphasised). */
  links: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { nodes: null, links: new Set() };

/**
 * A selected entity lights up with its neighbours and the links between them; a
 * selected meeting lights up the links that carry it and their ends. Both may be set:
 * the meeting's links are then emphasised inside the entity's neighbourhood.
 */
export function deriveHighlight(links: readonly GraphLink[], selectedId: string | null, selectedMeetingId: string | null): Highlight {
  if (!selectedId && !selectedMeetingId) return NO_HIGHLIGHT;
  const nodes = new Set<string>();
  const lit = new Set<string>();
  if (selectedId) {
    // A country acts through its people and organisations (tied to it by membership
    // links): their meetings are the country's, so they light up with it.
    const self = new Set([selectedId]);
    if (selectedId.startsWith('country:')) {
      for (const l of links) {
        if (l.kind === 'membership' && l.target === selectedId) self.add(l.source);
        if (l.kind === 'membership' && l.source === selectedId) self.add(l.target);
      }
    }
    for (const id of self) nodes.add(id);
    for (const l of links) {
      if (self.has(l.source) || self.has(l.target)) {
        nodes.add(l.source);
        nodes.add(l.target);
        lit.add(l.id);
      }
    }
    // A country's counterparts are the other sides (its details list them as countries):
    // the country of each person or organisation it met lights up too, with the tie to it.
    if (selectedId.startsWith('country:')) {
      for (const l of links) {
        if (l.kind !== 'membership' || self.has(l.source) || self.has(l.target)) continue;
        const member = nodes.has(l.source) && !l.source.startsWith('country:') ? l.source : nodes.has(l.target) && !l.target.startsWith('country:') ? l.target : null;
        if (!member) continue;
        nodes.add(l.source);
        nodes.add(l.target);
        lit.add(l.id);
      }
    }
  }
  if (selectedMeetingId) {
    const meetingLinks = links.filter((l) => l.meetingIds.includes(selectedMeetingId));
    if (meetingLinks.length > 0) {
      lit.clear();
      for (const l of meetingLinks) {
        lit.add(l.id);
        nodes.add(l.source);
        nodes.add(l.target);
      }
    }
  }
  return { nodes, links: lit };
}
