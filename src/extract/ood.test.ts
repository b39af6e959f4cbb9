import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreOod, type OodExpected } from './ood';
import { extractGraph, type InputFile } from './pipeline';

/** A labelled batch under fixtures/: its files, its labels, and how the extractor scores on them. */
function batch(name: string) {
  const dir = path.resolve(__dirname, 'fixtures', name);
  const files: InputFile[] = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as OodExpected;
  const graph = extractGraph(files);
  const report = scoreOod(graph, expected);
  return { expected, graph, report, nonMeetingsFound: report.nonMeetingsFound.map((k) => expected.non_meetings[k]!.quote) };
}

// Out-of-domain check set: articles in the styles of other sources (State Department, Russian MFA, Indian MEA,
// EEAS, African Union, wire copy, FCDO, Kremlin), labelled by hand before the extractor was run on them.
const { expected, graph, report } = batch('ood');

describe('out-of-domain check set', () => {
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

// Held-out batches, each labelled and committed before the extractor was first run on it. The floors are the figures
// after the general fixes each prompted: they guard against regressions and are not held-out figures any more.
// - ood2 (Japanese MOFA, SPA, German FFO, AFP, ASEAN, State): first run precision 0.33, recall 0.11; after the fixes for
//   all-caps surnames, Arabic particles, agency datelines, intergovernmental titles, travel destinations and hosting
//   verbs 1.00/0.89; with a table of known office holders 1.00/1.00.
// - ood3 (Itamaraty, Turkish MFA, DIRCO, Kemlu, No 10, Kazakh MFA, Holy See, SRE): first run 0.43/0.23, now 1.00/1.00.
// - ood4 (PTI, Pakistan's Foreign Office, Yonhap, VNA, Ahram, Prensa Latina, Bernama, Kyodo), written and labelled on
//   2026-11-22: first run 0.43/0.32; after the fixes for outlets' date lines, "called on", hyphenated surnames, subjects
//   named by nationality, relative clauses and a UN rapporteur's body 0.94/0.79. Its scorer is stricter than the
//   product's (kind and date must match exactly), and one labelled decoy ("preparations for the next Cuba-CARICOM
//   Summit") sits inside a real video call's sentence, so it is found with it.
// - ood5 (TASS, Anadolu, WAM, IRNA, KCNA, Philippine News Agency, Kenya's State House, Argentina's Foreign Ministry),
//   written and labelled on 2026-11-22: first run 0.31/0.24; after the fixes for all-caps and numeric date lines, bylines
//   before dates, "City, AGENCY –" datelines, "Prime Minister of Georgia", joint subjects "in a meeting on the sidelines",
//   multilateral venues, "an invitation to pay a visit", "on Saturday evening" and ID lines 0.75/0.71. Its misses are
//   mostly days the text implies but does not state (a press statement's "has hosted"), which we keep at the month.
//   2026-12-04, after the fixes from real articles (headlines read, guests from several countries place nobody, the two
//   sides referred to without names): ood4 0.94/0.84, ood5 0.88/0.88.
describe.each([
  ['ood2', 0.99, 0.99, []],
  ['ood3', 0.99, 0.99, []],
  ['ood4', 0.93, 0.83, ['preparations for the next Cuba-CARICOM Summit']],
  ['ood5', 0.87, 0.87, []],
] as const)('out-of-domain held-out batch %s', (name, precision, recall, decoysInMeetings) => {
  const b = batch(name);

  it('finds none of the labelled non-meetings (but those inside a real meeting\'s sentence)', () => {
    expect(b.nonMeetingsFound).toEqual(decoysInMeetings);
  });

  it('stays at or above its recall and precision after the general fixes', () => {
    expect(b.report.recall).toBeGreaterThanOrEqual(recall);
    expect(b.report.precision).toBeGreaterThanOrEqual(precision);
  });
});
