import fs from 'node:fs';
import { extractFile } from './pipeline';
const f = process.argv[2]!; const needle = process.argv[3]!;
const text = fs.readFileSync('seeds/' + f, 'utf8');
const res = extractFile({ name: f, text });
for (const m of res.meetings) if (m.participants.some(p=>p.includes(needle))) console.log(m.kind, m.date, m.countries, m.participants, m.sources.map(s=>s.quote.slice(0,60)));
