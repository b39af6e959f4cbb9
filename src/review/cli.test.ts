// `npm run extract -- --corrections FILE` through the real command: corrections made
// on one extraction are placed again on a re-extraction of edited text, by id where
// the ids held and by quote and file where an edit elsewhere changed them, and the
// one whose sentence was deleted is reported.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctionsFile, parseGraph, type Correction, type GraphDocument } from '../model';
import { entityRef, meetingRef, stamp } from './refs';

const repo = path.resolve(__dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');

const brasilia = (day: number) =>
  [
    'Brazil and South Africa deepen ties',
    '',
    `BRASILIA, March ${day}, 2025 (Xinhua) -- Brazilian Foreign Minister Mauro Vieira held talks with South African Foreign Minister Ronald Lamola in Brasilia on Monday.`,
    '',
    'On Tuesday, Vieira also met Chilean Foreign Minister Alberto van Klaveren.',
    '',
  ].join('\n');
const NAIROBI = 'NAIROBI, April 8, 2025 (Xinhua) -- Indian External Affairs Minister Subrahmanyam Jaishankar met with Kenyan Prime Cabinet Secretary Musalia Mudavadi in Nairobi on Tuesday.\n';

let dir: string;

function extract(input: string, output: string, extra: string[] = []) {
  const r = spawnSync(tsx, ['src/extract/cli.ts', '--input', input, '--output', output, '--jobs', '1', '--quiet', ...extra], { cwd: repo, encoding: 'utf8', timeout: 150_000 });
  return { status: r.status, stderr: r.stderr, graph: r.status === 0 ? (JSON.parse(fs.readFileSync(output, 'utf8')) as GraphDocument) : null };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-review-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('extract --corrections', () => {
  it('places the corrections again on edited text and reports the one it cannot place', () => {
    const v1 = path.join(dir, 'v1');
    fs.mkdirSync(v1);
    fs.writeFileSync(path.join(v1, 'brasilia.txt'), brasilia(3));
    fs.writeFileSync(path.join(v1, 'nairobi.txt'), NAIROBI);
    const first = extract(v1, path.join(dir, 'g1.json'));
    expect(first.status).toBe(0);
    const g1 = first.graph!;
    const talks = g1.meetings.find((m) => m.kind === 'talks')!;
    const chile = g1.meetings.find((m) => m.participants.includes('person:alberto-van-klaveren'))!;
    const kenya = g1.meetings.find((m) => m.participants.includes('person:musalia-mudavadi'))!;
    expect(chile.date).toBe('2025-02-25');

    const corrections: Correction[] = [];
    const add = (c: Parameters<typeof stamp>[0]) => corrections.push(stamp(c, corrections, new Date(Date.UTC(2025, 0, 1, 0, 0, corrections.length))));
    add({ op: 'reject', target: meetingRef(chile), note: 'the Tuesday before is wrong' });
    add({ op: 'set-date', target: meetingRef(talks), value: '2025-03-04' });
    add({ op: 'rename', target: entityRef(g1, g1.entities.find((e) => e.id === 'person:ronald-lamola')!), value: 'Ronald Ozzy Lamola' });
    add({ op: 'confirm', target: meetingRef(kenya) });
    const file = path.join(dir, 'corrections.json');
    fs.writeFileSync(file, JSON.stringify(correctionsFile(corrections)));

    // The same text: every correction placed by id.
    const same = extract(v1, path.join(dir, 'g1c.json'), ['--corrections', file]);
    expect(same.status).toBe(0);
    expect(same.stderr).toContain('4 of 4 applied');
    expect(same.stderr).not.toContain('warning');

    // Edited: the dateline now says 5 March (so "on Tuesday" is another day and the Chile meeting another id),
    // and the sentence reporting the Kenya meeting is gone.
    const v2 = path.join(dir, 'v2');
    fs.mkdirSync(v2);
    fs.writeFileSync(path.join(v2, 'brasilia.txt'), brasilia(5));
    fs.writeFileSync(path.join(v2, 'nairobi.txt'), 'NAIROBI, April 8, 2025 (Xinhua) -- Kenya and India signed a trade pact.\n');
    const plain = extract(v2, path.join(dir, 'g2.json')).graph!;
    const chile2 = plain.meetings.find((m) => m.participants.includes('person:alberto-van-klaveren'))!;
    expect(chile2.id).not.toBe(chile.id);

    const r = extract(v2, path.join(dir, 'g2c.json'), ['--corrections', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`warning: corrections ${file}: 3 of 4 applied (1 placed by quote and file or by name: their ids had changed), 1 not:`);
    expect(r.stderr).toContain(`${corrections[3]!.id} Confirmed the meeting`);
    expect(r.stderr).toContain(`could not be placed: no meeting ${kenya.id}, and nairobi.txt reports no meeting in this graph`);
    const g2 = r.graph!;
    expect(parseGraph(g2).ok).toBe(true);
    expect(g2.meetings.map((m) => m.id)).not.toContain(chile2.id);
    expect(g2.review?.rejected.map((m) => m.id)).toEqual([chile2.id]);
    expect(g2.meetings.find((m) => m.kind === 'talks')).toMatchObject({ date: '2025-03-04', corrected: ['date'] });
    expect(g2.entities.find((e) => e.id === 'person:ronald-lamola')).toMatchObject({ name: 'Ronald Ozzy Lamola', aliases: ['Ronald Lamola'], corrected: ['name'] });

    // Other formats say what was corrected too.
    const csv = spawnSync(tsx, ['src/extract/cli.ts', '--input', v2, '--output', path.join(dir, 'g2.csv'), '--format', 'csv', '--jobs', '1', '--quiet', '--corrections', file], { cwd: repo, encoding: 'utf8', timeout: 150_000 });
    expect(csv.status).toBe(0);
    const rows = fs.readFileSync(path.join(dir, 'g2.csv'), 'utf8').split('\r\n');
    expect(rows[0]!.endsWith(',corrected')).toBe(true);
    expect(rows.find((l) => l.includes('Ronald Ozzy Lamola'))!.endsWith(',date')).toBe(true);
  }, 120_000);

  it('refuses a file that is not a corrections file before extracting anything, naming the field', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'diplograph-corrections', version: 1, corrections: [{ op: 'reject' }] }));
    const r = spawnSync(tsx, ['src/extract/cli.ts', '--input', path.join(dir, 'nowhere'), '--output', path.join(dir, 'x.json'), '--corrections', bad], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/corrections .*bad\.json is not a diplograph corrections file:\n {2}corrections\[0\]\./);
    const missing = spawnSync(tsx, ['src/extract/cli.ts', '--corrections', path.join(dir, 'none.json')], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read corrections');
    const help = spawnSync(tsx, ['src/extract/cli.ts', '--help'], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
    expect(help.stdout).toContain('--corrections FILE');
  });
});
