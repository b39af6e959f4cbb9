// The parties of a meeting and the sentence facts the meeting stages read, shared by them and by the pipeline.
import type { MeetingKind } from '../../model';
import type { ResolvedMention } from '../resolve';
import type { OrgMention } from '../organisations';
import type { CountryMatch } from '../countries';

export interface Party {
  kind: 'person' | 'organisation' | 'country';
  /** personKey for persons, org key for organisations, ISO3 for countries. */
  key: string;
  name: string;
  /** ISO3, "INT" for an intergovernmental body, or null when unknown. */
  country: string | null;
}

export interface RawMeeting {
  kind: MeetingKind;
  parties: Party[];
  sentence: { start: number; end: number; text: string };
  /** Destination country of a visit ("visited China"). */
  destination: string | null;
}

export interface SentenceFacts {
  start: number;
  end: number;
  text: string;
  persons: ResolvedMention[];
  orgs: OrgMention[];
  countries: CountryMatch[];
}

export interface Focus {
  party: Party | null;
  delegation: Party[] | null;
  /** The other side of the last meeting: "also met the Sierra Leonean head of state" names the guest, not the host. */
  guest?: Party | null;
  /** Mentions per person so far in the article: "he" in a summary paragraph is the article's main subject. */
  counts?: Map<string, { party: Party; n: number; last: number; role?: string | null }>;
  /** Index of the current sentence in the article. */
  index?: number;
  /**
   * The file's principals by title, kept across its articles: a readout that opens "The Prime Minister spoke to ..."
   * means the Prime Minister named as a subject in an earlier readout of the same page.
   */
  principals?: Map<string, Party>;
}

/**
 * A sentence (or clause) as the meeting stages read it: mentions with offsets relative to its text, persons with the
 * country the article gave them when the sentence did not.
 */
export interface Clause {
  text: string;
  persons: ResolvedMention[];
  orgs: OrgMention[];
  countries: CountryMatch[];
}

/** The trigger of the clause's event, and where the clause with it ends. */
export interface Trigger {
  kind: MeetingKind;
  at: number;
  end: number;
}

/** Who did it (subjects) and with whom (objects); the stages fill them in turn. */
export interface Sides {
  subjects: Party[];
  objects: Party[];
}

/** A delegation named in the sentence ("a delegation of the AKEL led by X"): where, and the parties it stands for. */
export interface Delegation {
  at: number;
  parties: Party[];
}

export const personParty = (p: ResolvedMention): Party => ({ kind: 'person', key: p.key, name: p.fullName, country: p.country });
export const orgParty = (o: OrgMention): Party => ({ kind: 'organisation', key: o.key, name: o.name, country: o.intergovernmental ? 'INT' : o.country });
export const countryParty = (iso3: string, name = iso3): Party => ({ kind: 'country', key: iso3, name, country: iso3 });

export function dedupeParties(ps: Party[]): Party[] {
  const seen = new Set<string>();
  return ps.filter((p) => (seen.has(p.kind + p.key) ? false : (seen.add(p.kind + p.key), true)));
}

export const countriesOf = (ps: Party[]): Set<string> => new Set(ps.map((p) => p.country).filter((c): c is string => !!c));
