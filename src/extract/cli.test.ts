// The CLI on a hostile folder, through the real command (tsx, worker threads):
// one bad file never stops the others, every problem is named, and the output
// is byte-identical across runs and across --jobs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph, type GraphDocument } from '../model';
import { htmlToText } from './input';
import { mergeFiles } from './merge';
import { windows1252Bytes } from './fixtures/windows1252';
import { processFile } from './worker';

const repo = path.resolve(__dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const isRoot = process.getuid?.() === 0;

const GOOD = [
  'Minister meets visiting delegation from Atlantis party',
  '',
  'HANOI, March 3 (Xinhua) — Vietnamese Foreign Minister Tran Van Hoa met with Norwegian State Secretary Ingrid Solberg in Hanoi on Tuesday.',
  '',
  'It was reported on March 3, 2021.',
].join('\n');
const LATIN1 = 'PARIS, March 5 (AFP) — French Foreign Minister Jean-Noël Barrot met with Chilean Foreign Minister Alberto van Klaveren in Paris on Wednesday, March 5, 2025.\n';
const HTML = `<!doctype html><html><head><title>Xi meets Macron</title>
<script>document.write("Kenyan President Evil Person met with Peruvian President Bad Guy")</script></head>
<body onload="steal()"><p>BEIJING, April 2 (Xinhua) — Chinese President <b>Xi Jinping</b> met with French President
Emmanuel Macron in Beijing on Tuesday, April 1, 2025.</p><p><img src=x onerror="alert(1)">Both sides agreed.</p></body></html>`;

let dir: string;
let input: string;
let outside: string;

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stderr: string } {
  const r = spawnSync(tsx, ['src/extract/cli.ts', ...args], { cwd: repo, encoding: 'utf8', timeout: 150_000, env: { ...process.env, ...env } });
  return { status: r.status, stderr: r.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-cli-'));
  input = path.join(dir, 'in');
  outside = path.join(dir, 'outside');
  fs.mkdirSync(path.join(input, 'nested'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(input, 'good.txt'), GOOD);
  fs.writeFileSync(path.join(input, 'nested', 'latin1.txt'), Buffer.from(LATIN1, 'latin1'));
  fs.writeFileSync(path.join(input, 'page.html'), HTML);
  fs.writeFileSync(path.join(input, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  fs.writeFileSync(path.join(input, 'empty.txt'), '');
  fs.writeFileSync(path.join(input, 'evil\u001b[2J\u202ename.bin'), Buffer.from([0, 0, 0, 1]));
  fs.writeFileSync(path.join(input, '.hidden.txt'), GOOD.replace('Tran Van Hoa', 'Hidden Person'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), GOOD.replace('Tran Van Hoa', 'Outside Secret'));
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(input, 'link-out.txt'));
  fs.symlinkSync(outside, path.join(input, 'link-out-dir'));
  fs.symlinkSync(path.join(input, 'missing.txt'), path.join(input, 'broken.txt'));
  fs.writeFileSync(path.join(input, 'locked.txt'), GOOD);
  fs.chmodSync(path.join(input, 'locked.txt'), 0o000);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('extract CLI on a hostile folder', () => {
  let first: { status: number | null; stderr: string };
  let graph: GraphDocument;

  beforeAll(() => {
    first = run(['--input', input, '--output', path.join(dir, 'j1.json'), '--quiet', '--jobs', '1']);
    graph = JSON.parse(fs.readFileSync(path.join(dir, 'j1.json'), 'utf8'));
  }, 180_000);

  it('names every skipped or re-decoded file and still extracts the good ones', () => {
    expect(first.status).toBe(0);
    const err = first.stderr;
    expect(err).toContain('warning: skipped image.png: binary file');
    // A hostile file name is named with its control and bidi characters escaped, never sent raw to the terminal.
    expect(err).toContain('warning: skipped evil\\u{1b}[2J\\u{202e}name.bin: binary file');
    expect(err).not.toMatch(/[\u001b\u202e]/);
    expect(err).toContain('warning: nested/latin1.txt is not valid UTF-8: decoded as Windows-1252');
    expect(err).toContain('warning: skipped link-out.txt: symlink to outside the input folder, not followed');
    expect(err).toContain('warning: skipped link-out-dir: symlink to outside the input folder, not followed');
    expect(err).toContain('warning: skipped broken.txt: broken symlink (ENOENT)');
    if (!isRoot) expect(err).toContain('warning: skipped locked.txt: unreadable (EACCES)');
    // Hidden files are skipped, and said to be (--help promises a warning).
    expect(err).toContain('warning: skipped 1 hidden file or folder (name starting with a dot): .hidden.txt');
    expect(parseGraph(graph).ok).toBe(true);
    const files = new Set(graph.meetings.flatMap((m) => m.sources.map((s) => s.file)));
    expect([...files].sort()).toEqual(isRoot ? ['good.txt', 'locked.txt', 'nested/latin1.txt', 'page.html'] : ['good.txt', 'nested/latin1.txt', 'page.html']);
    const names = graph.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Tran Van Hoa', 'Jean-Noël Barrot', 'Xi Jinping']));
    for (const bad of ['Outside Secret', 'Hidden Person', 'Evil Person', 'Bad Guy']) expect(names.join('|')).not.toContain(bad);
  });

  it('quotes are exact slices of the decoded text (for HTML: of its extracted text), with no markup', () => {
    const textOf = (file: string) => {
      const raw = fs.readFileSync(path.join(input, file));
      if (file.endsWith('.html')) return htmlToText(raw.toString('utf8'));
      return file.includes('latin1') ? raw.toString('latin1') : raw.toString('utf8');
    };
    for (const m of graph.meetings) {
      for (const s of m.sources) {
        expect(textOf(s.file).slice(s.start, s.end)).toBe(s.quote);
        expect(s.quote).not.toMatch(/[<>]|onerror|steal/);
      }
    }
    expect(graph.meetings.some((m) => m.sources.some((s) => s.file === 'page.html' && s.quote.startsWith('BEIJING, April 2')))).toBe(true);
  });

  it('gives byte-identical output on a second run and with --jobs 2', () => {
    const a = run(['--input', input, '--output', path.join(dir, 'j2a.json'), '--quiet', '--jobs', '2']);
    const b = run(['--input', input, '--output', path.join(dir, 'j2b.json'), '--quiet', '--jobs', '2']);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(a.stderr).not.toContain('worker threads unavailable');
    // Warnings come in file order whatever the thread that read the file.
    const warnings = (s: string) => s.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings(a.stderr)).toEqual(warnings(first.stderr));
    const j1 = fs.readFileSync(path.join(dir, 'j1.json'));
    expect(fs.readFileSync(path.join(dir, 'j2a.json')).equals(j1)).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'j2b.json')).equals(j1)).toBe(true);
  }, 300_000);

  it('exits 1 when nothing can be read, 2 on a bad --jobs', () => {
    const empty = path.join(dir, 'none');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'x.bin'), Buffer.from([0, 1, 2, 3]));
    const r = run(['--input', empty, '--output', path.join(dir, 'none.json'), '--quiet', '--jobs', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('skipped x.bin: binary file');
    expect(run(['--jobs', 'zero']).status).toBe(2);
  }, 180_000);
});

describe('processFile', () => {
  const READOUT = 'Foreign Minister Ivo Marek of Croatia met with Foreign Minister Lena Sorvik of Norway in Oslo. '.repeat(40);
  const bytesOf = (t: string) => () => new TextEncoder().encode(t);

  it('skips a file past its time budget, by name, and reports progress while it runs (a clock that ticks a second per look)', () => {
    let t = 0;
    const seen: string[] = [];
    const o = processFile({ index: 4, path: 'slow.txt', name: 'slow.txt', budgetSeconds: 20 }, bytesOf(READOUT), {
      now: () => (t += 1000), progress: (p) => seen.push(`${p.name} ${p.stage} ${p.at}/${p.of}`),
    });
    expect(o.result).toBeNull();
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toMatch(/^skipped slow\.txt: over its time budget of 20 s \(0\.00 MB, \d+% read; --time-budget SECONDS gives more\)$/);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen[0]).toBe(`slow.txt mentions 0/${READOUT.length}`);
    // Within its budget, the same file is read whole.
    t = 0;
    const ok = processFile({ index: 4, path: 'slow.txt', name: 'slow.txt', budgetSeconds: 1e9 }, bytesOf(READOUT), { now: () => (t += 1000) });
    expect(ok.result!.meetings).toHaveLength(1);
    expect(ok.result!.meetings[0]!.sources).toHaveLength(40);
  });

  it('leaves out dates outside 1800–2100, names them, and keeps their meetings undated', () => {
    const far = 'Foreign Minister Ivo Marek of Croatia met with Foreign Minister Lena Sorvik of Norway in Oslo on December 31, 9999.\n\n'
      + 'Foreign Minister Ivo Marek of Croatia held talks with Foreign Minister Tomas Urban of Hungary on March 3, 2021.\n';
    const o = processFile({ index: 0, path: 'far.txt', name: 'far.txt' }, bytesOf(far));
    expect(o.warnings).toContain('far.txt: 1 date outside 1800–2100 left out (a typo or a placeholder?): 9999-12-31');
    expect(o.result!.meetings.map((m) => [m.participants.join(' '), m.date, m.dateBasis ?? null])).toEqual([
      ['person:ivo marek person:lena sorvik', null, null],
      ['person:ivo marek person:tomas urban', '2021-03-03', expect.objectContaining({ how: 'stated' })],
    ]);
    expect(parseGraph(mergeFiles([o.result!])).ok).toBe(true);
  });

  it('counts and names the sentences too long to read', () => {
    const table = 'Croatia Norway Oslo Zagreb fisheries quota'.split(' ').join(' 1234 ').repeat(200);
    const o = processFile({ index: 0, path: 'dump.txt', name: 'dump.txt' }, bytesOf(`${READOUT.slice(0, 95)}\n\n${table}\n\n${table}\n`));
    expect(o.result!.meetings).toHaveLength(1);
    expect(o.warnings).toEqual([`dump.txt: 2 sentences over 4,000 characters not read (a table or a dump, not prose?), at character 97, ${97 + table.length + 2}`]);
  });

  it('reads a Windows-1252 file as the browser does: the name with š and ž keeps its meeting, the quote its dash', () => {
    // The same bytes as the browser's import test (e2e/import.spec.ts).
    const o = processFile({ index: 0, path: 'bratislava.txt', name: 'bratislava.txt' }, () => windows1252Bytes());
    expect(o.warnings).toEqual(['bratislava.txt is not valid UTF-8: decoded as Windows-1252']);
    expect(o.result!.meetings).toHaveLength(1);
    const [m] = o.result!.meetings;
    expect(m!.participants).toEqual(['person:lena sorvik', 'person:maros sefzik']);
    expect(o.result!.persons.find((p) => p.key === 'maros sefzik')!.names).toHaveProperty(['Maroš Šefžik']);
    expect(m!.sources[0]!.quote).toContain('2021 – Slovak Foreign Minister Maroš Šefžik met');
    expect(m!.sources[0]!.quote).not.toMatch(/[\u0080-\u009f]/);
  });
  it('names an unreadable file (simulated: tests run as root, where chmod 000 still reads)', () => {
    const denied = () => { throw Object.assign(new Error('permission denied'), { code: 'EACCES' }); };
    const o = processFile({ index: 0, path: '/nowhere/locked.txt', name: 'locked.txt' }, denied);
    expect(o).toEqual({ index: 0, name: 'locked.txt', result: null, bytes: 0, warnings: ['skipped locked.txt: unreadable (EACCES)'] });
  });
  it('names a read error without a code by its message', () => {
    const o = processFile({ index: 3, path: 'x', name: 'x.txt' }, () => { throw new TypeError('boom'); });
    expect(o.warnings).toEqual(['skipped x.txt: unreadable (boom)']);
  });
});

// Publication dates through the real command: each way of giving one dates an invented readout's "on Wednesday".
describe('extract CLI: publication dates', () => {
  const READOUT = 'Foreign Minister Karin Holm of Sweden met with Foreign Minister Tomas Urbán of Hungary on Wednesday in Stockholm.\n';
  let pubDir: string;
  let pubIn: string;
  beforeAll(() => {
    pubDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-pub-'));
    pubIn = path.join(pubDir, 'in');
    fs.mkdirSync(pubIn);
    fs.writeFileSync(path.join(pubIn, 'front.md'), '---\ntitle: Holm meets Urbán\ndate: 2021-05-14\n---\n' + READOUT);
    fs.writeFileSync(path.join(pubIn, 'page.html'), `<html><head><meta property="article:published_time" content="2021-06-11T08:00:00+02:00"></head><body><p>${READOUT}</p></body></html>`);
    fs.writeFileSync(path.join(pubIn, '2021-07-16-holm.txt'), READOUT);
    fs.writeFileSync(path.join(pubIn, 'listed.txt'), READOUT);
    // (Worded differently: an identical sentence in another file is an agency copy of the same meeting.)
    fs.writeFileSync(path.join(pubIn, 'bare.txt'), READOUT.replace('in Stockholm', 'at the ministry'));
    fs.writeFileSync(path.join(pubDir, 'manifest.csv'), 'file,published,url\nlisted.txt,2021-08-13,https://example.org/listed\n');
  });
  afterAll(() => fs.rmSync(pubDir, { recursive: true, force: true }));

  const extract = (extra: string[]) => {
    const out = path.join(pubDir, `g${Math.random().toString(36).slice(2)}.json`);
    const r = run(['--input', pubIn, '--output', out, '--jobs', '1', ...extra]);
    expect(r.status).toBe(0);
    const g = JSON.parse(fs.readFileSync(out, 'utf8')) as GraphDocument;
    const byFile = Object.fromEntries(g.meetings.map((m) => [m.sources[0]!.file, m]));
    return { g, byFile, stderr: r.stderr };
  };

  it('dates each file from its front matter, HTML metadata, file name and manifest row, and says where from', () => {
    const { byFile } = extract(['--manifest', path.join(pubDir, 'manifest.csv')]);
    expect(byFile['front.md']).toMatchObject({ date: '2021-05-12', dateBasis: { anchorFrom: 'front-matter' } });
    expect(byFile['page.html']).toMatchObject({ date: '2021-06-09', dateBasis: { anchorFrom: 'html-meta' } });
    expect(byFile['2021-07-16-holm.txt']).toMatchObject({ date: '2021-07-14', dateBasis: { anchorFrom: 'file-name' } });
    expect(byFile['listed.txt']).toMatchObject({ date: '2021-08-11', dateBasis: { anchorFrom: 'manifest' } });
    expect(byFile['bare.txt']!.date).toBeNull();
  });

  it('names the articles it could not date and says how to give a date; --published dates them', () => {
    const bare = extract([]);
    expect(bare.stderr).toMatch(/2 of 5 articles had no publication date/);
    expect(bare.stderr).toContain('bare.txt');
    expect(bare.stderr).toMatch(/front matter .*--manifest.*--published/);
    const all = extract(['--published', '2021-09-17']);
    expect(all.byFile['bare.txt']).toMatchObject({ date: '2021-09-15', dateBasis: { anchorFrom: 'option' } });
    expect(all.byFile['front.md']!.date).toBe('2021-05-12');
    expect(all.stderr).not.toMatch(/no publication date/);
  });

  it('refuses a --published that is not a day and a manifest it cannot use, naming the problem', () => {
    const bad = run(['--input', pubIn, '--output', path.join(pubDir, 'x.json'), '--published', 'soon']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--published must be a date/);
    fs.writeFileSync(path.join(pubDir, 'bad.csv'), 'name,when\nx,y\n');
    const m = run(['--input', pubIn, '--output', path.join(pubDir, 'x.json'), '--manifest', path.join(pubDir, 'bad.csv')]);
    expect(m.status).toBe(2);
    expect(m.stderr).toMatch(/bad\.csv has no usable row: no "file" column/);
  });
});

// The output: never read back as input, checked before a long run, replaced only once written whole.
describe('extract CLI: the output', () => {
  let outDir: string;
  let news: string;
  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-out-'));
    news = path.join(outDir, 'news');
    fs.mkdirSync(news);
    fs.writeFileSync(path.join(news, 'a.txt'), GOOD);
    fs.writeFileSync(path.join(news, 'b.txt'), 'Foreign Minister Ivo Marek of Croatia met with Foreign Minister Lena Sorvik of Norway in Oslo on March 3, 2021.\n');
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));
  const meetings = (f: string) => (JSON.parse(fs.readFileSync(f, 'utf8')) as GraphDocument).meetings;

  it('inside the input folder, is not read back: the same graph run after run, and an older copy of it is skipped by content', () => {
    const out = path.join(news, 'graph.json');
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = run(['--input', news, '--output', out, '--jobs', '1']);
      expect(r.status).toBe(0);
      if (i > 0) expect(r.stderr).toContain('warning: skipped graph.json: the output of this run (--output), not input');
      counts.push(meetings(out).length);
    }
    expect(counts).toEqual([2, 2, 2]);
    fs.mkdirSync(path.join(news, 'archive'));
    fs.copyFileSync(out, path.join(news, 'archive', 'old-results.txt'));
    const again = run(['--input', news, '--output', path.join(outDir, 'elsewhere.json'), '--jobs', '1']);
    expect(again.stderr).toContain('warning: skipped archive/old-results.txt: a graph written by diplograph (an earlier output?), not news text');
    expect(again.stderr).toContain('warning: skipped graph.json: a graph written by diplograph');
    expect(meetings(path.join(outDir, 'elsewhere.json'))).toHaveLength(2);
    fs.rmSync(path.join(news, 'archive'), { recursive: true });
    fs.rmSync(out);
  });

  it('that cannot be written is refused before anything is extracted', () => {
    const blocker = path.join(outDir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const r = run(['--input', news, '--output', path.join(blocker, 'graph.json'), '--jobs', '1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^extract: cannot write .*a-file\/graph\.json \((ENOTDIR|EEXIST)\): nothing extracted; choose another --output\n$/);
  });

  it('replaces the last good file only once the new one is written whole (a file-size limit stops the write)', () => {
    const out = path.join(outDir, 'kept.json');
    const before = JSON.stringify({ schemaVersion: 2, entities: [], meetings: [] });
    fs.writeFileSync(out, before);
    // A 1 KB file-size limit: the new graph is larger, so its write fails part-way (EFBIG).
    const cmd = `ulimit -f 1 && exec ${JSON.stringify(tsx)} src/extract/cli.ts --input ${JSON.stringify(news)} --output ${JSON.stringify(out)} --jobs 1 --quiet`;
    const r = spawnSync('bash', ['-c', cmd], { cwd: repo, encoding: 'utf8', timeout: 150_000 });
    expect(r.stderr).toMatch(/cannot write .*kept\.json: EFBIG \(the previous file is left as it was\)/);
    expect(r.status).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe(before);
    expect(fs.readdirSync(outDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a --time-budget that is not a number of seconds', () => {
    const r = run(['--input', news, '--output', path.join(outDir, 'x.json'), '--time-budget', 'soon']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--time-budget must be a number of seconds above 0, got "soon"');
  });
});

// The worker threads run a bundle of the stages: code, so never from a folder others can write to.
describe('extract CLI: the worker bundle', () => {
  let bdir: string;
  let folder: string;
  beforeAll(() => {
    bdir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-bundle-'));
    folder = path.join(bdir, 'news');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'a.txt'), GOOD);
    fs.writeFileSync(path.join(folder, 'b.txt'), LATIN1);
  });
  afterAll(() => fs.rmSync(bdir, { recursive: true, force: true }));
  const cache = path.join(repo, 'node_modules', '.cache', 'diplograph');
  const newest = () => fs.readdirSync(cache).filter((f) => /^worker-[0-9a-f]{16}\.mjs$/.test(f)).map((f) => path.join(cache, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]!;

  it('is built inside the project, not in the shared temp folder (where anyone may plant the file it would run)', () => {
    const tmp = path.join(bdir, 'tmp');
    fs.mkdirSync(tmp);
    const r = run(['--input', folder, '--output', path.join(bdir, 'g.json'), '--jobs', '2', '--quiet'], { TMPDIR: tmp });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('worker threads unavailable');
    expect(fs.readdirSync(tmp).filter((f) => f.includes('diplograph-worker'))).toEqual([]);
    expect(fs.statSync(newest()).mode & 0o077).toBe(0);
  });

  it('refuses a cached bundle that other users may write to, or that another user owns, and builds it again', () => {
    run(['--input', folder, '--output', path.join(bdir, 'g0.json'), '--jobs', '2', '--quiet']);
    const bundle = newest();
    const marker = path.join(bdir, 'planted-code-ran');
    const real = fs.readFileSync(bundle, 'utf8');
    // A planted bundle that still works (other runs may load it meanwhile) and leaves a mark when this test runs it.
    const plant = () => fs.writeFileSync(bundle, `import __fs from 'node:fs'; if (process.env.DIPLOGRAPH_TEST_MARK) __fs.writeFileSync(process.env.DIPLOGRAPH_TEST_MARK, 'ran');\n${real}`);
    plant();
    fs.chmodSync(bundle, 0o666);
    const r = run(['--input', folder, '--output', path.join(bdir, 'g1.json'), '--jobs', '2', '--quiet'], { DIPLOGRAPH_TEST_MARK: marker });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`warning: not running the cached worker ${bundle}: writable by other users (mode 666); building it again`);
    expect(fs.existsSync(marker)).toBe(false);
    expect(fs.readFileSync(bundle, 'utf8')).toBe(real);
    if (isRoot) {
      plant();
      fs.chownSync(bundle, 65534, 65534);
      const o = run(['--input', folder, '--output', path.join(bdir, 'g2.json'), '--jobs', '2', '--quiet'], { DIPLOGRAPH_TEST_MARK: marker });
      expect(o.stderr).toContain(`warning: not running the cached worker ${bundle}: owned by user 65534, not by this user (0); building it again`);
      expect(fs.existsSync(marker)).toBe(false);
      expect(fs.statSync(bundle).uid).toBe(0);
    }
    expect(fs.readFileSync(path.join(bdir, 'g1.json'))).toEqual(fs.readFileSync(path.join(bdir, 'g0.json')));
  });
});
