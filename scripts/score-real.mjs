#!/usr/bin/env node
// Scores extraction on a folder of real articles with its gold, as users' own text
// would be read: text only, then with each article's publication date supplied as
// YAML front matter and as a --manifest (built in a temporary folder from the set's
// gold "published" field; nothing of the text is written anywhere else).
//
//   npm run score:real                                   (../shared/eval/real-dev)
//   npm run score:real -- --set /path/to/batch [--verbose]   (a folder with articles/ and gold.json)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const set = path.resolve(opt('--set', '../shared/eval/real-dev'));
const verbose = args.includes('--verbose');
const scorer = path.resolve('../shared/eval/score.mjs');
const gold = path.join(set, 'gold.json');
const articles = path.join(set, 'articles');
for (const [what, p] of [['scorer', scorer], ['gold', gold], ['articles folder', articles]]) {
  if (!fs.existsSync(p)) { console.error(`score:real: no ${what} at ${p}`); process.exit(1); }
}
const published = new Map(JSON.parse(fs.readFileSync(gold, 'utf8')).articles.map((a) => [a.file, a.published]));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-real-'));
const files = fs.readdirSync(articles).filter((f) => !f.startsWith('.')).sort();

// Variant 2: front matter on each file (offsets then index the file with its front matter, as a user's would).
const withFront = path.join(tmp, 'front-matter');
fs.mkdirSync(withFront);
for (const f of files) {
  const p = published.get(f);
  const text = fs.readFileSync(path.join(articles, f), 'utf8');
  fs.writeFileSync(path.join(withFront, f), p ? `---\npublished: ${p}\n---\n${text}` : text);
}
// Variant 3: the text as it is, with a manifest beside it.
const manifest = path.join(tmp, 'manifest.csv');
fs.writeFileSync(manifest, 'file,published\n' + files.filter((f) => published.get(f)).map((f) => `${f},${published.get(f)}`).join('\n') + '\n');

const extract = (input, extra = []) => {
  const out = path.join(tmp, `graph-${Math.random().toString(36).slice(2)}.json`);
  execFileSync(process.execPath, ['--import', 'tsx', 'src/extract/cli.ts', '--input', input, '--output', out, '--quiet', ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
};
const score = (graph, extra = []) => JSON.parse(execFileSync(process.execPath, [scorer, '--graph', graph, '--gold', gold, '--json', ...extra], { encoding: 'utf8' }));

console.log(`${set}: ${files.length} files`);
console.log('| variant | strict P | R | F1 | dates aside P | R | F1 | exact day (of matched day-precise) | person country |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, input, extra] of [['text only', articles, []], ['front matter', withFront, []], ['manifest', articles, ['--manifest', manifest]]]) {
  const g = extract(input, extra);
  const s = score(g), a = score(g, ['--dates-aside']);
  const f = (x) => x.toFixed(2);
  console.log(`| ${name} | ${f(s.meetings.precision)} | ${f(s.meetings.recall)} | ${f(s.meetings.f1)} | ${f(a.meetings.precision)} | ${f(a.meetings.recall)} | ${f(a.meetings.f1)} | ${f(s.dates.exactDay)} (of ${s.dates.of}) | ${f(s.persons.countryAccuracy)} |`);
  if (verbose) process.stdout.write(execFileSync(process.execPath, [scorer, '--graph', g, '--gold', gold, '--verbose'], { encoding: 'utf8' }).split('\n').filter((l) => /^\s+(missed|spurious)/.test(l)).map((l) => `  ${name}: ${l.trim()}\n`).join(''));
}
fs.rmSync(tmp, { recursive: true, force: true });
