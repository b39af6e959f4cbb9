#!/usr/bin/env node
// Extracts seeds/ and scores the graph against every gold file at hand: the product
// side's development gold (../shared/eval/dev/, when this checkout sits beside it) and
// our own labels of the other seeds (eval/seeds/). One line per gold file.
//
//   npm run score            (add -- --verbose for the misses and spurious meetings)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const scorer = path.resolve('../shared/eval/score.mjs');
if (!fs.existsSync(scorer)) {
  console.error(`score: the scorer is not here (${scorer}); it comes with the product side's shared/ folder beside this checkout.`);
  process.exit(1);
}
const verbose = process.argv.includes('--verbose');
const graph = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-score-')), 'graph.json');
execFileSync(process.execPath, ['--import', 'tsx', 'src/extract/cli.ts', '--input', 'seeds', '--output', graph, '--quiet'], { stdio: 'inherit' });

const golds = ['../shared/eval/dev', 'eval/seeds'].flatMap((dir) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)) : [],
);
console.log('| gold | meetings P | R | F1 | person recall | person country | exact day |');
console.log('|---|---|---|---|---|---|---|');
for (const gold of golds) {
  const r = JSON.parse(execFileSync(process.execPath, [scorer, '--graph', graph, '--gold', gold, '--json'], { encoding: 'utf8' }));
  const m = r.meetings;
  console.log(`| ${gold} | ${m.precision.toFixed(2)} | ${m.recall.toFixed(2)} | ${m.f1.toFixed(2)} | ${r.persons.recall.toFixed(2)} | ${r.persons.countryAccuracy.toFixed(2)} | ${r.dates.exactDay.toFixed(2)} (of ${r.dates.of}) |`);
  if (verbose) process.stdout.write(execFileSync(process.execPath, [scorer, '--graph', graph, '--gold', gold, '--verbose'], { encoding: 'utf8' }).split('\n').filter((l) => /^\s+(missed|spurious)/.test(l)).map((l) => l + '\n').join(''));
}
