import fs from 'node:fs';
import { extractFile } from './pipeline';
import { splitArticles } from './articles';
import { kindOf } from './meetings';
const f = process.argv[2]!;
const text = fs.readFileSync('seeds/' + f, 'utf8');
const res = extractFile({ name: f, text });
const bySent = new Map<number, string[]>();
for (const m of res.meetings) for (const s of m.sources) { const l = bySent.get(s.start) ?? []; l.push(`${m.kind} ${m.date} ${m.countries.join('-')} ${m.participants.join(',')}`); bySent.set(s.start, l); }
for (const a of splitArticles(f, text)) for (const s of a.sentences) {
  const k = kindOf(s.text);
  if (!k) continue;
  console.log(`[${a.index}] ${k.kind}: ${s.text.slice(0, 220)}`);
  for (const l of bySent.get(s.start) ?? []) console.log('     => ' + l);
}
