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

function run(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(tsx, ['src/extract/cli.ts', ...args], { cwd: repo, encoding: 'utf8', timeout: 150_000 });
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
    expect(err).toContain('warning: nested/latin1.txt is not valid UTF-8: decoded as Latin-1');
    expect(err).toContain('warning: skipped link-out.txt: symlink to outside the input folder, not followed');
    expect(err).toContain('warning: skipped link-out-dir: symlink to outside the input folder, not followed');
    expect(err).toContain('warning: skipped broken.txt: broken symlink (ENOENT)');
    if (!isRoot) expect(err).toContain('warning: skipped locked.txt: unreadable (EACCES)');
    expect(err).not.toContain('hidden');
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
