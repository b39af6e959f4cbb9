// The physical floor of extraction, as a whole process: read every file's bytes,
// decode them and split the text into sentences with one regex. Nothing real
// extraction could do costs less. Plain Node (no tsx), so start-up is minimal.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/floor.mjs DIR');
let sentences = 0;
let bytes = 0;
for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!d.isFile()) continue;
  const buf = fs.readFileSync(path.join(d.parentPath, d.name));
  bytes += buf.length;
  // The same splitter as bench/distinctCorpus.ts' SENTENCE_END.
  sentences += buf.toString('utf8').split(/(?<=[.!?])\s+/).length;
}
console.log(JSON.stringify({ bytes, sentences }));
