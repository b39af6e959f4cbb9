import fs from 'node:fs';
import { extractFile, clausesOf } from './pipeline';
const f = process.argv[2]!; const needle = process.argv[3]!;
const text = fs.readFileSync('seeds/' + f, 'utf8');
const res = extractFile({ name: f, text });
const i = text.indexOf(needle);
for (const m of res.meetings) for (const s of m.sources) if (s.start <= i && s.end >= i) console.log(m.kind, m.date, m.countries, m.participants, s.quote.slice(0,100));
for (const p of res.persons) if (needle.includes(p.aliases[0]!.split(' ')[0]!)) console.log(p.key, p.aliases, p.countryVotes, p.shapeCountry, p.fallbackCountry);
