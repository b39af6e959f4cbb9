// The baseline a user would write first: every file's whole text through
// compromise's full tagger, then its people, places and organisations.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

const dir = process.argv[2];
if (!dir) throw new Error('usage: naive-extract.ts DIR');
const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
let found = 0;
for (const d of files) {
  const doc = nlp(fs.readFileSync(path.join(d.parentPath, d.name), 'utf8'));
  found += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}
console.log(JSON.stringify({ files: files.length, found }));
