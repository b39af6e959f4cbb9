import { describe, expect, it } from 'vitest';
import type { Meeting } from '../model';
import { computeConfidence, confidenceOf, describeConfidence } from './confidence';
import { reviewGraph } from './fixtures';
import { hedgesIn } from './hedges';

describe('hedgesIn', () => {
  // [sentence, hedges found]
  const HEDGED: [string, string[]][] = [
    ['Lavrov reportedly met Wang Yi in Beijing on Monday.', ['reportedly']],
    ['The two ministers are said to have met secretly in Oman.', ['are said to']],
    ['Putin and Xi met in Tianjin, sources said.', ['sources said']],
    ['Blinken is expected to meet Wang Yi next week.', ['is expected to']],
    ['Modi will visit Moscow in July.', ['will']],
    ['The prime minister plans to hold talks with Sharif.', ['plans to']],
    ['Macron is scheduled to pay a state visit to China.', ['is scheduled to']],
    ['Lamola invited Vieira to visit Pretoria.', ['invited']],
    ['Ahead of his visit to Delhi, Lavrov spoke to reporters.', ['ahead of']],
    ['The meeting between Kishida and Yoon was postponed.', ['was postponed']],
    ['The summit was called off after the attack.', ['was called off']],
    ['Erdogan allegedly met Assad in Baghdad.', ['allegedly']],
  ];
  // [sentence]: hedge words that are not about the meeting.
  const NOT_HEDGED: string[] = [
    'Lavrov met Wang Yi in Beijing on Monday and said cooperation will deepen.',
    'Vieira held talks with Lamola; both said trade could grow by a third.',
    'Wang Yi met Borg, who visited China for the first time in 2006.',
    'The ministers met in Oman. Analysts are said to be surprised by how long it lasted, though no one in the room would confirm the details of the agenda.',
    'The Foreign Minister called on his counterpart to respect the ceasefire.',
  ];

  it.each(HEDGED)('%s', (sentence, expected) => {
    expect(hedgesIn(sentence).map((h) => h.words)).toEqual(expected);
  });
  it.each(NOT_HEDGED)('not hedged: %s', (sentence) => {
    expect(hedgesIn(sentence)).toEqual([]);
  });
  it('says what kind of hedge it is', () => {
    expect(hedgesIn('Blinken will meet Wang Yi.')[0]!.kind).toBe('planned');
    expect(hedgesIn('The talks were postponed.')[0]!.kind).toBe('cancelled');
    expect(hedgesIn('Kim reportedly met Putin.')[0]!.kind).toBe('reported');
  });
});

describe('computeConfidence', () => {
  const g = reviewGraph();
  const byId = new Map(g.entities.map((e) => [e.id, e]));
  const m = (id: string) => g.meetings.find((x) => x.id === id)!;

  it('counts reports and files, reads the date basis, names and hedges', () => {
    const talks = computeConfidence(m('m-1'), byId);
    expect(talks).toMatchObject({ sources: 1, files: 1, date: 'stated', hedges: [], named: ['person:sergey-lavrov', 'person:wang-yi'], resolved: [], level: 'strong' });
    const hedged = computeConfidence(m('m-2'), byId);
    expect(hedged).toMatchObject({ date: 'inferred-year', hedgedSources: 1, hedges: [{ words: 'reportedly', kind: 'reported' }], level: 'weak' });
    expect(describeConfidence(hedged, byId)[0]).toBe('hedged (second-hand): ‘reportedly’');
  });

  it('tells parties named in the text from those resolved by reference', () => {
    // "Wang met the Kenyan secretary": Wang Yi by an alias, Mudavadi only by reference.
    const c = computeConfidence(m('m-5'), byId);
    expect(c.named).toEqual(['person:wang-yi']);
    expect(c.resolved).toEqual(['person:musalia-mudavadi']);
    expect(describeConfidence(c, byId)).toContain('not named in the text: Musalia Mudavadi (resolved by reference)');
    expect(c.level).toBe('fair');
  });

  it('ranks more reports in more files higher, and a confirmed meeting above all', () => {
    const one = m('m-1');
    const two: Meeting = { ...one, sources: [...one.sources, { ...one.sources[0]!, file: 'c.txt' }] };
    expect(computeConfidence(two, byId).score).toBeGreaterThan(computeConfidence(one, byId).score);
    expect(computeConfidence(two, byId).files).toBe(2);
    const undated: Meeting = { ...m('m-2'), date: null, dateBasis: null };
    expect(computeConfidence(undated, byId)).toMatchObject({ date: 'undated', level: 'weak' });
    expect(computeConfidence({ ...undated, corrected: ['confirmed'] }, byId).level).toBe('confirmed');
    expect(computeConfidence({ ...undated, corrected: ['date'], date: '2024-03-10' }, byId).date).toBe('corrected');
  });

  it('is cached per meeting object', () => {
    expect(confidenceOf(m('m-1'), byId)).toBe(confidenceOf(m('m-1'), byId));
  });
});
