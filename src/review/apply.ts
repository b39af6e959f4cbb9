// Applies an analyst's corrections over the extracted graph: a pure function, so the
// extracted data is never edited in place and undoing a correction is applying the
// list without it. Shared by the explorer (store) and the CLI (--corrections).
//
// Each correction is placed first by its target's stable id; when a re-extraction
// changed the ids (an edit elsewhere in the file moved a date or a participant), by
// the quote and file that report its target; for an entity, also by its name among
// the participants of that sentence, or among all entities. What cannot be placed is
// reported, never guessed. Corrections are applied in order, each over the graph the
// previous ones left, so a later correction may target what an earlier one made.
//
// Meetings keep their ids when corrected (links, the URL and later corrections go on
// pointing at them); entities keep theirs except when folded into another (merge) or
// given another type, which the result's `moved` says. Untouched entities and
// meetings are the very objects of the extracted graph.
import {
  ENTITY_CORRECTED,
  MEETING_CORRECTED,
  type Correction,
  type Entity,
  type EntityCorrected,
  type EntityRef,
  type GraphDocument,
  type Meeting,
  type MeetingCorrected,
  type MeetingRef,
  type RejectedMeeting,
  type Source,
} from '../model';
import { clip, mentionsAlone, normName, normQuote, slugOf } from './text';

/** How a correction found its target: by id, by the quote and file, or by name. */
export type PlacedBy = 'id' | 'quote' | 'name';

export type CorrectionOutcome =
  | { correction: Correction; status: 'applied'; placedBy: PlacedBy; /** The target's id in the graph it was applied to. */ target: string }
  /** unplaced: its target is not in this graph; invalid: it is, but the change cannot be made (or changes nothing). */
  | { correction: Correction; status: 'unplaced' | 'invalid'; reason: string };

export interface AppliedCorrections {
  graph: GraphDocument;
  /** One per correction, in the order given. */
  outcomes: CorrectionOutcome[];
  /** Ids that corrections folded into others (merged or retyped entities, joined meetings): old id → id now. */
  moved: ReadonlyMap<string, string>;
}

type Placed = { id: string; by: PlacedBy } | { reason: string };

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
const sourceKey = (s: Source) => `${s.file}\u0000${s.start}\u0000${s.end}`;

function withMark<T extends string>(marks: readonly T[] | undefined, mark: T, order: readonly T[]): T[] {
  const set = new Set([...(marks ?? []), mark]);
  return order.filter((m) => set.has(m));
}

/** The side an entity stands for in a meeting's `countries`: its code; an international organisation's "INT". */
function sideOf(e: Entity | undefined): string | null {
  if (!e) return null;
  if (e.type === 'country') return e.country ?? e.id.slice('country:'.length);
  return e.country ?? (e.type === 'organisation' ? 'INT' : null);
}

/** The working copy corrections are applied to, one after the other. */
class Draft {
  readonly entities: Map<string, Entity>;
  readonly meetings: Map<string, Meeting>;
  readonly moved = new Map<string, string>();
  readonly rejected: RejectedMeeting[] = [];
  private readonly rejectedIds = new Set<string>();
  private readonly order: Map<string, number>;
  /** Meeting ids by "file\0normalised quote" of each of their sources; built once (ids are followed through `moved`). */
  private quoteIndex: Map<string, string[]> | null = null;
  private files: Set<string> | null = null;

  constructor(readonly graph: GraphDocument) {
    this.entities = new Map(graph.entities.map((e) => [e.id, e]));
    this.meetings = new Map(graph.meetings.map((m) => [m.id, m]));
    this.order = new Map(graph.meetings.map((m, i) => [m.id, i]));
  }

  follow(id: string): string {
    for (let i = 0; i < 1000 && this.moved.has(id); i++) id = this.moved.get(id)!;
    return id;
  }

  private index(): Map<string, string[]> {
    if (this.quoteIndex) return this.quoteIndex;
    const index = new Map<string, string[]>();
    const files = new Set<string>();
    for (const m of this.graph.meetings) {
      for (const s of m.sources) {
        files.add(s.file);
        const key = `${s.file}\u0000${normQuote(s.quote)}`;
        const list = index.get(key) ?? [];
        if (!list.includes(m.id)) list.push(m.id);
        index.set(key, list);
      }
    }
    this.files = files;
    return (this.quoteIndex = index);
  }

  /** The meetings (as they are now) reported by this sentence of this file. */
  meetingsReporting(file: string, quote: string): Meeting[] {
    const ids = this.index().get(`${file}\u0000${normQuote(quote)}`) ?? [];
    return unique(ids.map((id) => this.follow(id)))
      .map((id) => this.meetings.get(id))
      .filter((m): m is Meeting => m !== undefined);
  }

  placeMeeting(ref: MeetingRef): Placed {
    const direct = this.meetings.get(ref.id);
    const reports = (m: Meeting) => m.sources.some((s) => s.file === ref.file && normQuote(s.quote) === normQuote(ref.quote));
    if (direct && reports(direct)) return { id: direct.id, by: 'id' };
    const candidates = this.meetingsReporting(ref.file, ref.quote);
    if (candidates.length > 0) {
      // Several meetings in one sentence ("met X and later Y"): the one whose report sits nearest where it was.
      const distance = (m: Meeting) =>
        Math.min(...m.sources.filter((s) => s.file === ref.file && normQuote(s.quote) === normQuote(ref.quote)).map((s) => (ref.start === undefined ? 0 : Math.abs(s.start - ref.start)) + (s.quote === ref.quote ? 0 : 0.5)));
      const best = [...candidates].sort((a, b) => distance(a) - distance(b) || this.position(a.id) - this.position(b.id))[0]!;
      return { id: best.id, by: best.id === ref.id ? 'id' : 'quote' };
    }
    // The same id without that sentence: the sentence itself was edited, the meeting is the same.
    if (direct) return { id: direct.id, by: 'id' };
    const followed = this.follow(ref.id);
    if (followed !== ref.id && this.meetings.has(followed)) return { id: followed, by: 'id' };
    if (this.rejectedIds.has(ref.id)) return { reason: `meeting ${ref.id} was rejected by an earlier correction` };
    this.index();
    const where = this.files!.has(ref.file) ? `no meeting in ${ref.file} is reported by “${clip(ref.quote)}”` : `${ref.file} reports no meeting in this graph`;
    return { reason: `no meeting ${ref.id}, and ${where}` };
  }

  private position(id: string): number {
    return this.order.get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  placeEntity(ref: EntityRef): Placed {
    const id = this.follow(ref.id);
    if (this.entities.has(id)) return { id, by: 'id' };
    const name = normName(ref.name);
    const called = (e: Entity) => e.type === ref.type && (normName(e.name) === name || e.aliases.some((a) => normName(a) === name));
    if (ref.file && ref.quote) {
      for (const m of this.meetingsReporting(ref.file, ref.quote)) {
        const hit = m.participants.map((p) => this.entities.get(p)).find((e) => e !== undefined && called(e));
        if (hit) return { id: hit.id, by: 'quote' };
      }
    }
    const named = [...this.entities.values()].filter(called);
    if (named.length === 1) return { id: named[0]!.id, by: 'name' };
    if (named.length > 1) return { reason: `no entity ${ref.id}, and ${named.length} are called “${ref.name}”: ${named.slice(0, 3).map((e) => e.id).join(', ')}` };
    return { reason: `no entity ${ref.id}, nor any ${ref.type} called “${ref.name}”` };
  }

  setMeeting(m: Meeting): void {
    this.meetings.set(m.id, m);
  }

  markMeeting(m: Meeting, mark: MeetingCorrected): Meeting {
    return { ...m, corrected: withMark(m.corrected, mark, MEETING_CORRECTED) };
  }

  markEntity(e: Entity, mark: EntityCorrected): Entity {
    return { ...e, corrected: withMark(e.corrected, mark, ENTITY_CORRECTED) };
  }

  reject(m: Meeting): void {
    this.meetings.delete(m.id);
    this.rejectedIds.add(m.id);
    const s = m.sources[0]!;
    this.rejected.push({ id: m.id, kind: m.kind, date: m.date, file: s.file, quote: s.quote });
  }

  /** Every meeting `from` takes part in now has `to` in its place; organisations' members follow. Returns the meetings changed. */
  replaceEntity(from: string, to: string): string[] {
    const changed: string[] = [];
    const side = sideOf(this.entities.get(to));
    for (const m of this.meetings.values()) {
      if (!m.participants.includes(from)) continue;
      const participants = unique(m.participants.map((p) => (p === from ? to : p))).sort();
      const countries = side && !m.countries.includes(side) ? [...m.countries, side].sort() : m.countries;
      this.meetings.set(m.id, { ...m, participants, countries });
      changed.push(m.id);
    }
    for (const e of this.entities.values()) {
      if (e.orgs?.includes(from)) this.entities.set(e.id, { ...e, orgs: unique(e.orgs.map((o) => (o === from ? to : o))).sort() });
    }
    return changed;
  }

  /**
   * Meetings made equal by a correction (same kind, date and participants: the extractor's
   * own test of one event, see meetingId) become one: the earlier keeps its id and takes
   * the other's reports.
   */
  join(touched: readonly string[]): void {
    const key = (m: Meeting) => [m.kind, m.date ?? '', ...unique(m.participants).sort()].join('|');
    for (const id of touched) {
      const m = this.meetings.get(id);
      if (!m) continue;
      const k = key(m);
      for (const other of this.meetings.values()) {
        if (other.id === m.id || key(other) !== k) continue;
        const [keep, gone] = this.position(other.id) < this.position(m.id) ? [other, m] : [m, other];
        const seen = new Set(keep.sources.map(sourceKey));
        const joined: Meeting = {
          ...keep,
          location: keep.location ?? gone.location,
          countries: unique([...keep.countries, ...gone.countries]).sort(),
          sources: [...keep.sources, ...gone.sources.filter((s) => !seen.has(sourceKey(s)))],
          corrected: withMark(unique([...(keep.corrected ?? []), ...(gone.corrected ?? [])]), 'joined', MEETING_CORRECTED),
        };
        const dateBasis = keep.dateBasis ?? gone.dateBasis;
        if (dateBasis !== undefined) joined.dateBasis = dateBasis;
        this.meetings.set(keep.id, joined);
        this.meetings.delete(gone.id);
        this.moved.set(gone.id, keep.id);
        break;
      }
    }
  }

  /** An id for a new entity: `wanted` when free, else with "-2", "-3"… */
  freeId(wanted: string): string {
    let id = wanted;
    for (let k = 2; this.entities.has(id); k++) id = `${wanted}-${k}`;
    return id;
  }

  result(applied: number): GraphDocument {
    const out: GraphDocument = {
      schemaVersion: this.graph.schemaVersion,
      ...(this.graph.corpus ? { corpus: this.graph.corpus } : {}),
      review: {
        corrections: applied + (this.graph.review?.corrections ?? 0),
        rejected: [...(this.graph.review?.rejected ?? []), ...this.rejected],
      },
      entities: [...this.entities.values()].sort(byId),
      meetings: [...this.meetings.values()],
    };
    return out;
  }
}

type Step = { ok: true; placedBy: PlacedBy; target: string } | { ok: false; status: 'unplaced' | 'invalid'; reason: string };

const unplaced = (reason: string): Step => ({ ok: false, status: 'unplaced', reason });
const invalid = (reason: string): Step => ({ ok: false, status: 'invalid', reason });

function applyOne(d: Draft, c: Correction): Step {
  if (c.op === 'rename' || c.op === 'set-country' || c.op === 'set-type' || c.op === 'merge' || c.op === 'split-alias') {
    const placed = d.placeEntity(c.target);
    if ('reason' in placed) return unplaced(placed.reason);
    const e = d.entities.get(placed.id)!;
    const done: Step = { ok: true, placedBy: placed.by, target: e.id };
    switch (c.op) {
      case 'rename': {
        if (e.name === c.value) return invalid(`${e.id} is already called “${c.value}”`);
        const aliases = unique([...e.aliases, e.name]).filter((a) => a !== c.value);
        d.entities.set(e.id, d.markEntity({ ...e, name: c.value, aliases }, 'name'));
        return done;
      }
      case 'set-country': {
        if (e.type === 'country') return invalid(`a country's code is what it is (${e.id}): merge it into the right country instead`);
        if (e.country === c.value) return invalid(`${e.name} is already of ${c.value ?? 'no country'}`);
        const before = sideOf(e);
        const next = d.markEntity({ ...e, country: c.value }, 'country');
        d.entities.set(e.id, next);
        const after = sideOf(next);
        for (const m of d.meetings.values()) {
          if (!m.participants.includes(e.id)) continue;
          const others = m.participants.filter((p) => p !== e.id).map((p) => sideOf(d.entities.get(p)));
          const countries = m.countries.filter((x) => x !== before || others.includes(x));
          if (after && !countries.includes(after)) countries.push(after);
          d.setMeeting({ ...m, countries: countries.sort() });
        }
        return done;
      }
      case 'set-type': {
        if (e.type === c.value) return invalid(`${e.name} is already a ${c.value}`);
        if (c.value === 'country' && !(e.country && e.country !== 'INT')) return invalid(`${e.name} has no country: set its country before making it a country`);
        const newId = c.value === 'country' ? `country:${e.country}` : `${c.value}:${e.type === 'country' ? slugOf(e.name) : e.id.slice(e.id.indexOf(':') + 1)}`;
        const existing = d.entities.get(newId);
        if (existing) return fold(d, e, existing, 'type', placed.by);
        d.entities.delete(e.id);
        d.entities.set(newId, d.markEntity({ ...e, id: newId, type: c.value }, 'type'));
        d.moved.set(e.id, newId);
        d.join(d.replaceEntity(e.id, newId));
        return { ...done, target: newId };
      }
      case 'merge': {
        const into = d.placeEntity(c.value);
        if ('reason' in into) return unplaced(`the entity to merge into: ${into.reason}`);
        const t = d.entities.get(into.id)!;
        if (t.id === e.id) return invalid(`${e.name} and ${c.value.name} are already one entity (${e.id})`);
        return fold(d, e, t, 'merged', placed.by);
      }
      case 'split-alias': {
        const alias = e.aliases.find((a) => normName(a) === normName(c.value.alias));
        if (alias === undefined) return unplaced(`“${c.value.alias}” is not an alias of ${e.name} (${e.id}) in this graph`);
        const others = [e.name, ...e.aliases.filter((a) => a !== alias)];
        const existing = d.entities.get(c.value.id);
        const into: Entity =
          existing && existing.id !== e.id
            ? d.markEntity(normName(existing.name) === normName(alias) || existing.aliases.includes(alias) ? existing : { ...existing, aliases: [...existing.aliases, alias] }, 'split')
            : { id: d.freeId(c.value.id), type: e.type, name: alias, aliases: [], country: e.country, corrected: ['split'] };
        d.entities.set(e.id, d.markEntity({ ...e, aliases: e.aliases.filter((a) => a !== alias) }, 'split'));
        d.entities.set(into.id, into);
        // Its meetings are those whose reports name the alias on its own, not as part of the other names.
        const touched: string[] = [];
        for (const m of d.meetings.values()) {
          if (!m.participants.includes(e.id)) continue;
          if (!m.sources.some((s) => mentionsAlone(s.quote, alias, others))) continue;
          const participants = unique(m.participants.map((p) => (p === e.id ? into.id : p))).sort();
          d.setMeeting(d.markMeeting({ ...m, participants }, 'participants'));
          touched.push(m.id);
        }
        d.join(touched);
        return done;
      }
    }
  }

  const placed = d.placeMeeting(c.target);
  if ('reason' in placed) return unplaced(placed.reason);
  const m = d.meetings.get(placed.id)!;
  const done: Step = { ok: true, placedBy: placed.by, target: m.id };
  switch (c.op) {
    case 'confirm':
      d.setMeeting(d.markMeeting(m, 'confirmed'));
      return done;
    case 'reject':
      d.reject(m);
      return done;
    case 'set-kind':
      if (m.kind === c.value) return invalid(`meeting ${m.id} is already of kind ${c.value}`);
      d.setMeeting(d.markMeeting({ ...m, kind: c.value }, 'kind'));
      d.join([m.id]);
      return done;
    case 'set-date': {
      if (m.date === c.value) return invalid(`meeting ${m.id} is already dated ${c.value ?? 'unknown'}`);
      // The date is the analyst's now: how the extractor found its own no longer applies.
      const { dateBasis: _dropped, ...rest } = m;
      d.setMeeting(d.markMeeting({ ...rest, date: c.value }, 'date'));
      d.join([m.id]);
      return done;
    }
    case 'set-place':
      if (m.location === c.value) return invalid(`meeting ${m.id} is already placed at ${c.value ?? 'no place'}`);
      d.setMeeting(d.markMeeting({ ...m, location: c.value }, 'location'));
      return done;
    case 'add-participant': {
      const found = d.placeEntity(c.value);
      let id: string;
      if ('reason' in found) {
        // Someone the extractor missed: a new entity, as the analyst named it.
        id = d.freeId(c.value.id);
        d.entities.set(id, { id, type: c.value.type, name: c.value.name, aliases: [], country: c.value.country ?? null, corrected: ['added'] });
      } else id = found.id;
      if (m.participants.includes(id)) return invalid(`${c.value.name} already takes part in meeting ${m.id}`);
      const side = sideOf(d.entities.get(id));
      d.setMeeting(
        d.markMeeting({ ...m, participants: [...m.participants, id].sort(), countries: side && !m.countries.includes(side) ? [...m.countries, side].sort() : m.countries }, 'participants'),
      );
      d.join([m.id]);
      return done;
    }
    case 'remove-participant': {
      const found = d.placeEntity(c.value);
      if ('reason' in found) return unplaced(`the participant to remove: ${found.reason}`);
      if (!m.participants.includes(found.id)) return unplaced(`${c.value.name} does not take part in meeting ${m.id} in this graph`);
      if (m.participants.length === 1) return invalid(`${c.value.name} is the only participant of meeting ${m.id}: reject the meeting instead`);
      const participants = m.participants.filter((p) => p !== found.id);
      const side = sideOf(d.entities.get(found.id));
      const kept = new Set(participants.map((p) => sideOf(d.entities.get(p))));
      const countries = m.countries.filter((x) => x !== side || kept.has(x));
      d.setMeeting(d.markMeeting({ ...m, participants, countries }, 'participants'));
      d.join([m.id]);
      return done;
    }
  }
}

/** Folds entity `e` into `t`: its meetings become t's, its name and aliases t's aliases. */
function fold(d: Draft, e: Entity, t: Entity, mark: 'merged' | 'type', placedBy: PlacedBy): Step {
  const aliases = unique([...t.aliases, e.name, ...e.aliases]).filter((a) => a !== t.name);
  const merged: Entity = { ...t, aliases, country: t.country ?? e.country };
  const role = t.role ?? e.role;
  if (role !== undefined) merged.role = role;
  if (t.orgs || e.orgs) merged.orgs = unique([...(t.orgs ?? []), ...(e.orgs ?? [])]).filter((o) => o !== t.id).sort();
  d.entities.set(t.id, d.markEntity(merged, mark === 'type' ? 'merged' : mark));
  d.entities.delete(e.id);
  d.moved.set(e.id, t.id);
  d.join(d.replaceEntity(e.id, t.id));
  return { ok: true, placedBy, target: t.id };
}

/**
 * The graph with the corrections applied, in order, and what became of each. With
 * no correction taking effect, the graph is the extracted one itself.
 */
export function applyCorrections(extracted: GraphDocument, corrections: readonly Correction[]): AppliedCorrections {
  const d = new Draft(extracted);
  const outcomes: CorrectionOutcome[] = [];
  let applied = 0;
  for (const correction of corrections) {
    const step = applyOne(d, correction);
    if (step.ok) {
      applied++;
      outcomes.push({ correction, status: 'applied', placedBy: step.placedBy, target: step.target });
    } else outcomes.push({ correction, status: step.status, reason: step.reason });
  }
  return { graph: applied === 0 ? extracted : d.result(applied), outcomes, moved: d.moved };
}

/** The corrections that could not be placed (or made), each with why: what the CLI reports and the Review panel lists. */
export function unapplied(outcomes: readonly CorrectionOutcome[]): Extract<CorrectionOutcome, { status: 'unplaced' | 'invalid' }>[] {
  return outcomes.filter((o): o is Extract<CorrectionOutcome, { status: 'unplaced' | 'invalid' }> => o.status !== 'applied');
}
