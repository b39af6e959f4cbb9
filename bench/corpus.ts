// Builds a benchmark corpus: the seeds repeated `factor` times with variations, so
// the extractor cannot win by caching identical text. Copy k shifts every year by
// k and rotates each file's paragraphs, keeping the text realistic news prose.
import fs from 'node:fs';
import path from 'node:path';

export function varyText(text: string, k: number): string {
  if (k === 0) return text;
  const shifted = text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) + k));
  const paragraphs = shifted.split(/\n{2,}/);
  const r = k % paragraphs.length;
  return [...paragraphs.slice(r), ...paragraphs.slice(0, r)].join('\n\n');
}

/** Writes the corpus under outDir and returns its size in bytes. */
export function makeCorpus(seedsDir: string, outDir: string, factor: number): number {
  fs.rmSync(outDir, { recursive: true, force: true });
  let bytes = 0;
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  for (let k = 0; k < factor; k++) {
    const dir = path.join(outDir, `copy-${String(k).padStart(3, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const f of seeds) {
      const text = varyText(fs.readFileSync(path.join(seedsDir, f), 'utf8'), k);
      fs.writeFileSync(path.join(dir, f), text);
      bytes += Buffer.byteLength(text);
    }
  }
  return bytes;
}
