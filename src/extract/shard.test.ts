// Sharded extraction: N partials merged are byte-identical to one run over all files
// (in-process for N = 1, 2, 3 on the seeds and on an invented corpus; through the
// real commands for 3 shards run with different --jobs), and a bad set of partials
// is refused naming the file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeFiles, type FileResult } from './merge';
import { checkPartial, joinPartials, parseShard, partialResult, readPartial, shardOf, shardTasks, type PartialResult, type Shard } from './shard';
import { processFile } from './worker';

const repo = path.resolve(__dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const seedsDir = path.join(repo, 'seeds');

// Invented reports; some meetings are told by two files (an agency copy, a summary), so the cross-file
// dedupe and the person merge have work to do across shards.
const INVENTED: Record<string, string> = {
  'agency/2031-04-02-talks.txt': 'Ministers meet in Vilnius\n\nVILNIUS, April 2 (Baltnews) — Lithuanian Foreign Minister Dovile Marcinkeviciute met with Chilean Foreign Minister Tomas Echeverria Lagos in Vilnius on Wednesday, April 2, 2031.\n\nThe two ministers discussed trade in copper and amber.\n',
  'agency/2031-04-02-copy.txt': 'Chile and Lithuania talk trade\n\nVILNIUS, April 2 — Chilean Foreign Minister Tomas Echeverria Lagos held talks with Lithuanian Foreign Minister Dovile Marcinkeviciute in Vilnius on April 2, 2031.\n',
  'summaries/week-14.txt': 'Week in review\n\nOn April 2, 2031, Foreign Minister Dovile Marcinkeviciute of Lithuania met with Foreign Minister Tomas Echeverria Lagos of Chile.\n\nOn April 5, 2031, Kenyan President Amani Wekesa received Icelandic Prime Minister Solveig Arnardottir in Nairobi.\n',
  'kenya/2031-04-05.txt': 'Wekesa hosts Arnardottir\n\nNAIROBI, April 5 (KNA) — Kenyan President Amani Wekesa met with Icelandic Prime Minister Solveig Arnardottir at State House in Nairobi on Saturday.\n',
  'kenya/2031-06-11.txt': 'Phone call\n\nNAIROBI, June 11 (KNA) — President Amani Wekesa held a phone call with Peruvian President Rosa Quispe Huaman on Wednesday, June 11, 2031.\n',
  'mongolia.txt': 'ULAANBAATAR, May 20, 2031 (Montsame) — Mongolian Prime Minister Bat-Erdene Gansukh met with Portuguese Prime Minister Joana Mendes Tavares in Ulaanbaatar on May 20, 2031. Later that day Gansukh met with the Secretary-General of the United Nations.\n',
  'notes.bin': '\u0000\u0001\u0002binary',
  'zz-last.txt': 'LIMA, July 1 (Andina) — Peruvian President Rosa Quispe Huaman met with Kenyan President Amani Wekesa in Lima on July 1, 2031.\n',
};

let dir: string;
let invented: string;

/** Every file's outcome, extracted once: what each shard would hold is a selection of these. */
function extractAll(root: string): { names: string[]; results: FileResult[] } {
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const paths = walk(root).sort();
  const names = paths.map((p) => path.relative(root, p).split(path.sep).join('/'));
  // Cloned as a worker's result is.
  const results = paths.flatMap((p, index) => {
    const r = processFile({ index, path: p, name: names[index]! }).result;
    return r ? [structuredClone(r)] : [];
  });
  return { names, results };
}

/** The N partials of a corpus, each through JSON and back as the merge reads them. */
function partialsOf(names: string[], results: FileResult[], count: number): Array<{ file: string; partial: PartialResult }> {
  return [...Array(count).keys()].map((i) => {
    const shard: Shard = { index: i + 1, count };
    const mine = shardTasks(names.map((name, index) => ({ index, name })), shard).map((t) => t.name);
    const p = partialResult(shard, names, mine, results.filter((r) => mine.includes(r.file)), { published: null, manifest: null });
    return { file: `p${i + 1}.json`, partial: checkPartial(`p${i + 1}.json`, JSON.parse(JSON.stringify(p))) };
  });
}

const bytesOf = (results: FileResult[]) => JSON.stringify(mergeFiles(results), null, 1) + '\n';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-shard-'));
  invented = path.join(dir, 'invented');
  for (const [name, text] of Object.entries(INVENTED)) {
    fs.mkdirSync(path.dirname(path.join(invented, name)), { recursive: true });
    fs.writeFileSync(path.join(invented, name), text);
  }
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('shard slices', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 10 / 10 ', { index: 10, count: 10 }],
    ['0/3', /K must be from 1 to N/],
    ['4/3', /K must be from 1 to N/],
    ['1/0', /N must be from 1/],
    ['2', /must be K\/N/],
    ['a/b', /must be K\/N/],
    ['-1/3', /must be K\/N/],
  ])('parseShard(%j)', (arg, expected) => {
    const r = parseShard(arg);
    if (expected instanceof RegExp) expect(r).toMatch(expected);
    else expect(r).toEqual(expected);
  });

  it('puts every file in exactly one slice, keeps a file in its slice when others are added, spreads the files', () => {
    const names = Array.from({ length: 600 }, (_, i) => `batch-${i % 7}/article-${i}.txt`);
    const counts = [0, 0, 0];
    for (const n of names) counts[shardOf(n, 3) - 1]!++;
    expect(counts.every((c) => c > 150)).toBe(true);
    const tasks = names.map((name, index) => ({ index, name }));
    const slices = [1, 2, 3].map((index) => shardTasks(tasks, { index, count: 3 }).map((t) => t.name));
    expect(slices.flat().sort()).toEqual([...names].sort());
    const grown = [...names, 'new/a.txt', 'new/b.txt'].sort();
    const after = [1, 2, 3].map((index) => shardTasks(grown.map((name, i) => ({ index: i, name })), { index, count: 3 }).map((t) => t.name));
    for (let k = 0; k < 3; k++) expect(after[k]!.filter((n) => !n.startsWith('new/'))).toEqual(slices[k]!.slice().sort());
    // Re-numbered from 0 in file order: the CLI's outcome cursor expects that.
    expect(shardTasks(tasks, { index: 2, count: 3 }).map((t) => t.index)).toEqual(slices[1]!.map((_, i) => i));
  });
});

describe.each([
  ['the seeds', () => seedsDir],
  ['an invented corpus', () => invented],
])('merged partials of %s', (_, root) => {
  let all: { names: string[]; results: FileResult[] };
  beforeAll(() => {
    all = extractAll(root());
  }, 120_000);

  it.each([1, 2, 3])('are byte-identical to one run, N = %i', (count) => {
    expect(all.results.length).toBeGreaterThan(3);
    const single = bytesOf(all.results);
    const merged = bytesOf(joinPartials(partialsOf(all.names, all.results, count)));
    expect(merged).toBe(single);
    // In any order the partials are given.
    expect(bytesOf(joinPartials(partialsOf(all.names, all.results, count).reverse()))).toBe(single);
  });

  it('the invented corpus needs the cross-file stage: a meeting told by files in different shards is one meeting', () => {
    if (root() !== invented) return;
    const graph = mergeFiles(all.results);
    const vilnius = graph.meetings.filter((m) => m.date === '2031-04-02');
    expect(vilnius).toHaveLength(1);
    const files = new Set(vilnius[0]!.sources.map((s) => s.file));
    expect(files.size).toBeGreaterThanOrEqual(2);
    // At N = 3 those files fall in more than one shard, so no shard alone could have merged them.
    expect(new Set([...files].map((f) => shardOf(f, 3))).size).toBeGreaterThan(1);
    expect(all.names).toContain('notes.bin');
    expect(all.results.map((r) => r.file)).not.toContain('notes.bin');
  });
});

describe('a bad set of partials is refused, naming the file', () => {
  const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'];
  const results: FileResult[] = names.map((file) => ({ file, articles: 1, bytes: 10, persons: [], orgs: [], meetings: [] }));
  const set = (count: number) => partialsOf(names, results, count);

  it('a missing shard', () => {
    const three = set(3);
    expect(() => joinPartials([three[0]!, three[2]!])).toThrow('shard 2 of 3 missing: given 1 (p1.json), 3 (p3.json)');
  });
  it('a shard given twice, or two partials holding the same file', () => {
    const three = set(3);
    expect(() => joinPartials([...three, { ...three[1]!, file: 'again.json' }])).toThrow('p2.json and again.json are both shard 2/3');
    const edited = structuredClone(three[0]!);
    edited.file = 'edited.json';
    edited.partial.files.push({ ...three[1]!.partial.files[0]! });
    expect(() => joinPartials([edited, three[1]!, three[2]!])).toThrow(/edited\.json and p2\.json overlap|p2\.json.*overlap/);
  });
  it('shards of different splits, inputs or settings', () => {
    const two = set(2);
    const three = set(3);
    expect(() => joinPartials([two[0]!, three[1]!, three[2]!])).toThrow('p2.json is shard 2/3 but p1.json is 1/2');
    const other = partialsOf([...names, 'g.txt'], results, 3);
    expect(() => joinPartials([three[0]!, { ...other[1]!, file: 'other.json' }, three[2]!])).toThrow(/other\.json was extracted from another input than p1\.json \(7 files/);
    const dated = structuredClone(three[1]!);
    dated.partial.settings.published = '2031-01-01';
    expect(() => joinPartials([three[0]!, dated, three[2]!])).toThrow(/p2\.json was extracted with other settings than p1\.json \(--published 2031-01-01 vs none/);
  });
  it('a graph.json, another format, a malformed or unreadable file', () => {
    expect(() => checkPartial('graph.json', { schemaVersion: 2, entities: [], meetings: [] })).toThrow('graph.json: a graph.json (schemaVersion 2), not a partial');
    expect(() => checkPartial('x.json', [1, 2])).toThrow('x.json: not a diplograph partial');
    expect(() => checkPartial('old.json', { ...set(1)[0]!.partial, diplographPartial: 7 })).toThrow('old.json: partial format 7, this merge reads format 1');
    expect(() => checkPartial('v1.json', { ...set(1)[0]!.partial, schemaVersion: 1 })).toThrow('v1.json: per-file results for graph schemaVersion 1');
    const broken = structuredClone(set(1)[0]!.partial) as unknown as { results: Array<{ meetings: unknown }> };
    broken.results[2]!.meetings = 'none';
    expect(() => checkPartial('broken.json', broken)).toThrow('broken.json: malformed partial at results.2.meetings');
    const missing = path.join(dir, 'nowhere.json');
    expect(() => readPartial(missing)).toThrow(`${missing}: cannot read it (ENOENT)`);
    const cut = path.join(dir, 'cut.json');
    fs.writeFileSync(cut, JSON.stringify(set(1)[0]!.partial).slice(0, 200));
    expect(() => readPartial(cut)).toThrow(`${cut}: not JSON`);
  });
});

describe('npm run extract -- --shard and npm run merge', () => {
  const run = (script: string, args: string[]) => spawnSync(tsx, [script, ...args], { cwd: repo, encoding: 'utf8', timeout: 150_000 });

  it('three shards of the seeds at different --jobs merge to the bytes of one run; a missing shard is named', () => {
    const single = path.join(dir, 'single.json');
    const runs = [run('src/extract/cli.ts', ['--input', 'seeds', '--output', single, '--quiet', '--jobs', '2'])];
    const parts = [1, 2, 3].map((k) => path.join(dir, `seeds-${k}.json`));
    parts.forEach((p, i) => runs.push(run('src/extract/cli.ts', ['--input', 'seeds', '--shard', `${i + 1}/3`, '--output', p, '--quiet', '--jobs', String(1 + (i % 2))])));
    expect(runs.map((r) => r.status), runs.map((r) => r.stderr).join('\n')).toEqual([0, 0, 0, 0]);
    const out = path.join(dir, 'merged.json');
    const merged = run('src/extract/mergeCli.ts', [parts[2]!, parts[0]!, parts[1]!, '--output', out]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(fs.readFileSync(out).equals(fs.readFileSync(single))).toBe(true);
    const short = run('src/extract/mergeCli.ts', [parts[0]!, parts[2]!, '--output', path.join(dir, 'short.json')]);
    expect(short.status).toBe(1);
    expect(short.stderr).toContain(`merge: shard 2 of 3 missing: given 1 (${parts[0]}), 3 (${parts[2]})`);
    expect(fs.existsSync(path.join(dir, 'short.json'))).toBe(false);
    expect(run('src/extract/cli.ts', ['--shard', '4/3']).stderr).toContain('--shard: K must be from 1 to N (3), got 4');
    // Corrections go to the merge, which applies them as a single run does.
    const corrections = path.join(dir, 'corrections.json');
    const graph = JSON.parse(fs.readFileSync(single, 'utf8')) as { entities: Array<{ id: string; type: string; name: string }> };
    const target = graph.entities.find((e) => e.type === 'person')!;
    fs.writeFileSync(corrections, JSON.stringify({ format: 'diplograph-corrections', version: 1, corrections: [{ id: 'c-rename', at: '2026-12-04T12:00:00Z', op: 'rename', target: { id: target.id, type: target.type, name: target.name }, value: 'Renamed Person' }] }));
    const [once, joined] = [path.join(dir, 'once.json'), path.join(dir, 'joined.json')];
    const corrected = [run('src/extract/cli.ts', ['--input', 'seeds', '--output', once, '--quiet', '--jobs', '2', '--corrections', corrections]), run('src/extract/mergeCli.ts', [...parts, '--output', joined, '--corrections', corrections])];
    expect(corrected.map((r) => r.status), corrected.map((r) => r.stderr).join('\n')).toEqual([0, 0]);
    expect(fs.readFileSync(joined).equals(fs.readFileSync(once))).toBe(true);
    expect(fs.readFileSync(joined, 'utf8')).toContain('"Renamed Person"');
  }, 300_000);
});
