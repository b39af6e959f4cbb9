import { describe, expect, it } from 'vitest';
import { correctionsFile, parseCorrections, parseGraph, type Correction, type CorrectionInput, type GraphDocument } from '../model';
import { applyCorrections, unapplied } from './apply';
import { describeCorrected, describeCorrection, describeOutcome } from './describe';
import { editedElsewhere, Q2, reviewGraph } from './fixtures';
import { entityRef, meetingRef, stamp } from './refs';

const T0 = Date.parse('2025-01-02T03:04:05Z');

/** Builds corrections one after another, each targeting the graph the previous ones left (as the app does). */
function session(base: GraphDocument, steps: ((g: GraphDocument) => CorrectionInput)[]): Correction[] {
  const list: Correction[] = [];
  for (const [i, step] of steps.entries()) {
    const { graph } = applyCorrections(base, list);
    list.push(stamp(step(graph), list, new Date(T0 + i * 1000)));
  }
  return list;
}

const meeting = (g: GraphDocument, id: string) => g.meetings.find((m) => m.id === id)!;
const entity = (g: GraphDocument, id: string) => g.entities.find((e) => e.id === id)!;
const valid = (g: GraphDocument) => {
  const parsed = parseGraph(JSON.parse(JSON.stringify(g)));
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
};

/** The analyst's session of the issue: merge the two Lavrovs, reject a meeting, change a date. */
const story = (g: GraphDocument) =>
  session(g, [
    (g) => ({ op: 'merge', target: entityRef(g, entity(g, 'person:s-lavrov')), value: entityRef(g, entity(g, 'person:sergey-lavrov')) }),
    (g) => ({ op: 'reject', target: meetingRef(meeting(g, 'm-3')), note: 'a plan, not a call' }),
    (g) => ({ op: 'set-date', target: meetingRef(meeting(g, 'm-5')), value: '2024-05-14' }),
  ]);

describe('applyCorrections', () => {
  it('applies over the extracted graph without editing it, and marks what it changed', () => {
    const base = reviewGraph();
    const before = structuredClone(base);
    const corrections = story(base);
    const { graph, outcomes, moved } = applyCorrections(base, corrections);
    expect(base).toEqual(before);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
    valid(graph);

    // Merged: one Lavrov, both spellings kept as aliases; his two 10 March meetings are one, with both reports.
    expect(graph.entities.map((e) => e.id)).not.toContain('person:s-lavrov');
    expect(entity(graph, 'person:sergey-lavrov')).toMatchObject({ aliases: ['Lavrov', 'S. Lavrov'], corrected: ['merged'] });
    expect(moved.get('person:s-lavrov')).toBe('person:sergey-lavrov');
    expect(meeting(graph, 'm-2')).toMatchObject({ participants: ['person:musalia-mudavadi', 'person:sergey-lavrov'], location: 'Moscow', corrected: ['joined'] });
    expect(meeting(graph, 'm-2').sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
    expect(moved.get('m-4')).toBe('m-2');

    // Rejected: gone from the graph, named in its review record.
    expect(graph.meetings.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-5']);
    expect(graph.review).toEqual({ corrections: 3, rejected: [expect.objectContaining({ id: 'm-3', file: 'b.txt' })] });

    // Re-dated: same id, the analyst's date, the extractor's account of its date dropped.
    expect(meeting(graph, 'm-5')).toMatchObject({ id: 'm-5', date: '2024-05-14', corrected: ['date'] });
    expect(meeting(graph, 'm-5').dateBasis).toBeUndefined();

    // Untouched items are the extracted objects themselves.
    expect(meeting(graph, 'm-1')).toBe(base.meetings[0]);
    expect(entity(graph, 'person:wang-yi')).toBe(base.entities.find((e) => e.id === 'person:wang-yi'));
    expect(describeCorrected(graph)).toBe('Corrected by hand: 1 entity (Sergey Lavrov), 2 meetings; 1 rejected meeting left out');
  });

  it('undoes a correction by applying the list without it', () => {
    const base = reviewGraph();
    const corrections = story(base);
    expect(applyCorrections(base, []).graph).toBe(base);
    const undoLast = applyCorrections(base, corrections.slice(0, 2)).graph;
    expect(meeting(undoLast, 'm-5')).toBe(base.meetings[4]);
    // Undoing the merge (the first) leaves the later two in force: they were placed by their own targets.
    const undoFirst = applyCorrections(base, corrections.slice(1));
    expect(undoFirst.outcomes.every((o) => o.status === 'applied')).toBe(true);
    expect(undoFirst.graph.entities.map((e) => e.id)).toContain('person:s-lavrov');
    expect(undoFirst.graph.meetings.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-4', 'm-5']);
    // Undoing everything is the extracted graph again.
    expect(applyCorrections(base, []).graph).toEqual(reviewGraph());
  });

  it('places corrections again by id when a re-extraction kept the ids', () => {
    const corrections = story(reviewGraph());
    const again = applyCorrections(reviewGraph(), corrections);
    expect(again.outcomes.map((o) => (o.status === 'applied' ? o.placedBy : o.status))).toEqual(['id', 'id', 'id']);
    expect(again.graph).toEqual(applyCorrections(reviewGraph(), corrections).graph);
  });

  it('places them by quote and file when an edit elsewhere in the file changed the ids', () => {
    const corrections = session(reviewGraph(), [
      (g) => ({ op: 'reject', target: meetingRef(meeting(g, 'm-1')) }),
      (g) => ({ op: 'set-kind', target: meetingRef(meeting(g, 'm-2')), value: 'talks' }),
      (g) => ({ op: 'confirm', target: meetingRef(meeting(g, 'm-3')) }),
    ]);
    const edited = editedElsewhere();
    const { graph, outcomes } = applyCorrections(edited, corrections);
    expect(outcomes.map((o) => (o.status === 'applied' ? `${o.placedBy} ${o.target}` : o.status))).toEqual(['quote m-1b', 'quote m-2b', 'id m-3']);
    expect(describeOutcome(outcomes[0]!)).toBe('applied (placed by its quote and file: the id had changed)');
    expect(graph.meetings.map((m) => m.id)).toEqual(['m-2b', 'm-3', 'm-4', 'm-5']);
    expect(meeting(graph, 'm-2b')).toMatchObject({ kind: 'talks', corrected: ['kind'] });
    expect(meeting(graph, 'm-3').corrected).toEqual(['confirmed']);
    valid(graph);
  });

  it('places an entity again by the sentence it takes part in, or by its name, when its id changed', () => {
    const corrections = session(reviewGraph(), [
      (g) => ({ op: 'rename', target: entityRef(g, entity(g, 'person:musalia-mudavadi')), value: 'Wycliffe Musalia Mudavadi' }),
      (g) => ({ op: 'merge', target: entityRef(g, entity(g, 'person:s-lavrov')), value: entityRef(g, entity(g, 'person:sergey-lavrov')) }),
    ]);
    const g = reviewGraph();
    // The re-extraction spelled both differently: new ids, the old names now aliases.
    for (const e of g.entities) {
      if (e.id === 'person:musalia-mudavadi') Object.assign(e, { id: 'person:m-mudavadi', name: 'M. Mudavadi', aliases: ['Musalia Mudavadi', 'Mudavadi'] });
      if (e.id === 'person:sergey-lavrov') Object.assign(e, { id: 'person:sergei-lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov', 'Sergey Lavrov'] });
    }
    for (const m of g.meetings) m.participants = m.participants.map((p) => (p === 'person:musalia-mudavadi' ? 'person:m-mudavadi' : p === 'person:sergey-lavrov' ? 'person:sergei-lavrov' : p)).sort();
    const { graph, outcomes } = applyCorrections(g, corrections);
    expect(outcomes.map((o) => (o.status === 'applied' ? `${o.placedBy} ${o.target}` : o.reason))).toEqual(['quote person:m-mudavadi', 'id person:sergei-lavrov']);
    expect(entity(graph, 'person:m-mudavadi').name).toBe('Wycliffe Musalia Mudavadi');
    expect(entity(graph, 'person:sergei-lavrov').aliases).toContain('S. Lavrov');
    valid(graph);
  });

  it('reports a correction whose target is gone, and still applies the others', () => {
    const corrections = story(reviewGraph());
    const g = reviewGraph();
    // The sentence reporting m-3 was deleted from b.txt: the meeting is no longer extracted.
    g.meetings = g.meetings.filter((m) => m.id !== 'm-3');
    const { graph, outcomes } = applyCorrections(g, corrections);
    const missed = unapplied(outcomes);
    expect(missed).toHaveLength(1);
    expect(missed[0]!.correction.op).toBe('reject');
    expect(missed[0]!.status).toBe('unplaced');
    expect(missed[0]!.reason).toBe('no meeting m-3, and no meeting in b.txt is reported by “Wang Yi spoke by phone with Musalia Mudavadi in April 2024.”');
    expect(graph.review?.corrections).toBe(2);
    // A file not read at all says so.
    const other = applyCorrections({ ...g, meetings: g.meetings.filter((m) => m.sources[0]!.file !== 'b.txt') }, corrections);
    expect(unapplied(other.outcomes).map((o) => o.reason)).toContain('no meeting m-3, and b.txt reports no meeting in this graph');
  });

  it('adds and removes participants, keeping the sides in step', () => {
    const corrections = session(reviewGraph(), [
      (g) => ({ op: 'remove-participant', target: meetingRef(meeting(g, 'm-1')), value: entityRef(g, entity(g, 'person:wang-yi')) }),
      (g) => ({ op: 'add-participant', target: meetingRef(meeting(g, 'm-1')), value: { id: 'person:li-qiang', type: 'person', name: 'Li Qiang', country: 'CHN' } }),
      (g) => ({ op: 'add-participant', target: meetingRef(meeting(g, 'm-1')), value: entityRef(g, entity(g, 'person:musalia-mudavadi')) }),
      (g) => ({ op: 'set-place', target: meetingRef(meeting(g, 'm-1')), value: 'Shanghai' }),
    ]);
    const { graph, outcomes } = applyCorrections(reviewGraph(), corrections);
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
    expect(meeting(graph, 'm-1')).toMatchObject({
      participants: ['person:li-qiang', 'person:musalia-mudavadi', 'person:sergey-lavrov'],
      countries: ['CHN', 'KEN', 'RUS'],
      location: 'Shanghai',
      corrected: ['location', 'participants'],
    });
    expect(entity(graph, 'person:li-qiang')).toEqual({ id: 'person:li-qiang', type: 'person', name: 'Li Qiang', aliases: [], country: 'CHN', corrected: ['added'] });
    valid(graph);
    // The only participant cannot be removed: reject the meeting instead.
    const lone = applyCorrections(graph, [stamp({ op: 'remove-participant', target: meetingRef(meeting(graph, 'm-3')), value: entityRef(graph, entity(graph, 'person:wang-yi')) }, [])]);
    expect(unapplied(lone.outcomes)).toHaveLength(0);
    const again = applyCorrections(lone.graph, [stamp({ op: 'remove-participant', target: meetingRef(meeting(lone.graph, 'm-3')), value: entityRef(lone.graph, entity(lone.graph, 'person:musalia-mudavadi')) }, [])]);
    expect(unapplied(again.outcomes)[0]).toMatchObject({ status: 'invalid', reason: expect.stringContaining('reject the meeting instead') });
  });

  it('renames, sets country and type, and splits an alias off with the meetings that name it alone', () => {
    const corrections = session(reviewGraph(), [
      (g) => ({ op: 'split-alias', target: entityRef(g, entity(g, 'person:wang-yi')), value: { alias: 'Wang', id: 'person:wang' } }),
      (g) => ({ op: 'rename', target: entityRef(g, entity(g, 'person:wang')), value: 'Wang Wentao' }),
      (g) => ({ op: 'set-country', target: entityRef(g, entity(g, 'person:musalia-mudavadi')), value: 'UGA' }),
      (g) => ({ op: 'set-type', target: entityRef(g, entity(g, 'person:s-lavrov')), value: 'organisation' }),
    ]);
    const { graph, outcomes, moved } = applyCorrections(reviewGraph(), corrections);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(entity(graph, 'person:wang-yi')).toMatchObject({ aliases: [], corrected: ['split'] });
    expect(entity(graph, 'person:wang')).toMatchObject({ name: 'Wang Wentao', aliases: ['Wang'], country: 'CHN', corrected: ['name', 'split'] });
    // "Wang met …" is the other Wang's; "Wang Yi spoke …" stays with Wang Yi.
    expect(meeting(graph, 'm-5').participants).toEqual(['person:musalia-mudavadi', 'person:wang']);
    expect(meeting(graph, 'm-3').participants).toEqual(['person:musalia-mudavadi', 'person:wang-yi']);
    expect(meeting(graph, 'm-3').countries).toEqual(['CHN', 'UGA']);
    expect(entity(graph, 'organisation:s-lavrov')).toMatchObject({ type: 'organisation', corrected: ['type'] });
    expect(moved.get('person:s-lavrov')).toBe('organisation:s-lavrov');
    expect(meeting(graph, 'm-2').participants).toEqual(['organisation:s-lavrov', 'person:musalia-mudavadi']);
    valid(graph);
    expect(corrections.map(describeCorrection)).toEqual([
      'Split “Wang” off Wang Yi',
      'Renamed “Wang” to “Wang Wentao”',
      'Country of Musalia Mudavadi set to UGA',
      'S. Lavrov made an organisation',
    ]);
  });

  it('says so when a correction changes nothing', () => {
    const g = reviewGraph();
    const { graph, outcomes } = applyCorrections(g, [stamp({ op: 'set-kind', target: meetingRef(g.meetings[0]!), value: 'talks' }, [])]);
    expect(graph).toBe(g);
    expect(outcomes[0]).toMatchObject({ status: 'invalid', reason: 'meeting m-1 is already of kind talks' });
  });

  it('picks the nearest of several meetings reported by one sentence', () => {
    const g = reviewGraph();
    const twin = { ...g.meetings[1]!, id: 'm-2x', kind: 'visit' as const, sources: [{ ...g.meetings[1]!.sources[0]!, start: 900, end: 900 + Q2.length }] };
    g.meetings.push(twin);
    const target = { ...meetingRef(twin), id: 'm-gone', start: 905 };
    const { outcomes } = applyCorrections(g, [stamp({ op: 'confirm', target }, [])]);
    expect(outcomes[0]).toMatchObject({ status: 'applied', placedBy: 'quote', target: 'm-2x' });
  });
});

describe('corrections file', () => {
  it('round-trips through JSON and is validated with field paths', () => {
    const corrections = story(reviewGraph());
    const parsed = parseCorrections(JSON.parse(JSON.stringify(correctionsFile(corrections))));
    expect(parsed).toEqual({ ok: true, corrections });
    const broken = JSON.parse(JSON.stringify(correctionsFile(corrections)));
    broken.corrections[2].value = '2024-13-01';
    broken.corrections[1].op = 'delete';
    const bad = parseCorrections(broken);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.join('\n')).toMatch(/corrections\[1\]\.op/);
    expect(!bad.ok && bad.errors.join('\n')).toMatch(/corrections\[2\]\.value/);
    expect(parseCorrections({ format: 'something-else', version: 1, corrections: [] })).toMatchObject({ ok: false, errors: [expect.stringContaining('format')] });
    const twice = correctionsFile([corrections[0]!, corrections[0]!]);
    expect(parseCorrections(twice)).toMatchObject({ ok: false, errors: [expect.stringContaining('duplicate correction id')] });
  });

  it('gives each correction its own id and time', () => {
    const g = reviewGraph();
    const at = new Date(T0);
    const a = stamp({ op: 'confirm', target: meetingRef(g.meetings[0]!) }, [], at);
    const b = stamp({ op: 'confirm', target: meetingRef(g.meetings[1]!), note: '  seen on TV  ' }, [a], at);
    expect(a.id).not.toBe(b.id);
    expect(b).toMatchObject({ at: '2025-01-02T03:04:05.000Z', note: 'seen on TV' });
    expect(Q2).toContain('reportedly');
  });
});
