// Document time: the day an article was published, the instant its "today",
// "yesterday" and "on Wednesday" are counted from (HeidelTime's news mode and
// SUTime's DocDate play the same part). Pure; the sources are, by priority:
//   manifest (--manifest)  >  front matter  >  HTML metadata  >  a date in the file name
//   >  the article's own date line  >  --published (a default for the whole run).
// The first four describe the file; cli.ts / input.ts read them and pipeline.ts
// picks per article (see `articleTime` there).
import { parse as parseYaml } from 'yaml';
import type { PublishedFrom } from '../model';
import { monthIndex } from './articles';

export interface DocumentTime {
  /** YYYY-MM-DD (or YYYY-MM when only the month is known). */
  date: string;
  from: PublishedFrom;
}

/** What a file says about itself, outside its text. */
export interface FileMeta {
  published?: DocumentTime | null;
  title?: string | null;
  url?: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day, within the years news is written in. */
function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null;
}


/**
 * A publication date as metadata writes it: ISO 8601 with or without a time ("2020-08-20",
 * "2020-08-20T14:05:00+03:00": the day as the publisher wrote it, not shifted to UTC),
 * a JavaScript Date (YAML timestamps), "March 21, 2023", "21 March 2023", "2023/03/21".
 */
export function normalisePublished(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : validDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  if (typeof value === 'number' && Number.isFinite(value) && value > 1e11) return normalisePublished(new Date(value));
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(?:[A-Z][a-z]+,? )?([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(s);
  if (m && monthIndex(m[1]!)) return validDay(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  m = /^(?:[A-Z][a-z]+,? )?(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,? (\d{4})\b/.exec(s);
  if (m && monthIndex(m[2]!)) return validDay(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]}`;
  return null;
}

export interface FrontMatter {
  published: string | null;
  title: string | null;
  url: string | null;
  /** Offset just past the closing fence: the article text starts here. */
  end: number;
  /** Why the block was not usable, when it was not (bad YAML): the text is still skipped. */
  error: string | null;
}

const FENCE = /^(?:\ufeff)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * YAML front matter at the very top of a .md or .txt file (`---` fences, as Jekyll, Hugo and
 * scrapers write it), read with the yaml package. Keys: `date` or `published` (also
 * `datePublished`, `published_at`, `pubdate`), `title`, `source` or `url`.
 */
export function readFrontMatter(text: string): FrontMatter | null {
  const m = FENCE.exec(text);
  if (!m) return null;
  const end = m[0].length;
  let data: unknown;
  try {
    data = parseYaml(m[1]!, { schema: 'core', maxAliasCount: 0 });
  } catch (e) {
    return { published: null, title: null, url: null, end, error: `front matter is not valid YAML (${((e as Error).message ?? '').split('\n')[0]})` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { published: null, title: null, url: null, end, error: data == null ? null : 'front matter is not a list of keys' };
  const d = data as Record<string, unknown>;
  const pick = (...keys: string[]) => keys.map((k) => d[k]).find((v) => v !== undefined && v !== null && v !== '');
  const raw = pick('published', 'date', 'datePublished', 'published_at', 'publishedAt', 'pubdate', 'publication_date');
  const published = raw === undefined ? null : normalisePublished(raw);
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 500) : null);
  return {
    published,
    title: str(pick('title', 'headline')),
    url: str(pick('url', 'source', 'link', 'canonical')),
    end,
    error: raw !== undefined && !published ? `front matter date ${JSON.stringify(String(raw)).slice(0, 60)} is not a date` : null,
  };
}

/** The front matter replaced by spaces (newlines kept), so offsets into the file still hold and it is never read as text. */
export const blankFrontMatter = (text: string, fm: FrontMatter | null): string => (fm ? text.slice(0, fm.end).replace(/[^\n]/g, ' ') + text.slice(fm.end) : text);

/**
 * A date in a file's name or folders, as scrapers and archives name them: "2020-02-07-talks.txt",
 * "20200207_readout.html", "2020/02/07/story.txt", "news_2020_02_07.md". Eight digits must make a
 * plausible day; "12345678.txt" is not one.
 */
export function fileNameDate(name: string): string | null {
  const base = name.replace(/\.[A-Za-z0-9]{1,9}$/, '');
  const sep = /(?<!\d)((?:19|20)\d\d)([-_./])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/.exec(base);
  if (sep) return validDay(Number(sep[1]), Number(sep[3]), Number(sep[4]));
  const packed = /(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/.exec(base);
  if (packed) return validDay(Number(packed[1]), Number(packed[2]), Number(packed[3]));
  return null;
}

/** Picks the file's document time from what it says about itself, by priority. */
export function fileTime(candidates: Array<DocumentTime | null | undefined>): DocumentTime | null {
  const order: PublishedFrom[] = ['manifest', 'front-matter', 'html-meta', 'file-name'];
  const present = candidates.filter((c): c is DocumentTime => !!c?.date);
  for (const from of order) {
    const hit = present.find((c) => c.from === from);
    if (hit) return hit;
  }
  return null;
}

export interface ManifestRow { file: string; published: string | null; url: string | null; title: string | null }
export interface Manifest { rows: Map<string, ManifestRow>; problems: string[] }

/**
 * A manifest as scrapers and news archives export it: CSV with a header row, or JSON Lines,
 * with `file`, `published` (or `date`) and optional `url` and `title`. Rows are keyed by
 * the file's path relative to the input folder; a bare file name also matches. Each
 * problem names its line.
 */
export function parseManifest(text: string, parseCsv: (t: string) => string[][]): Manifest {
  const rows = new Map<string, ManifestRow>();
  const problems: string[] = [];
  const add = (rec: Record<string, unknown>, line: number) => {
    const file = typeof rec.file === 'string' ? rec.file.trim().replace(/\\/g, '/').replace(/^\.\//, '') : '';
    if (!file) { problems.push(`line ${line}: no "file"`); return; }
    const raw = rec.published ?? rec.date ?? rec.datePublished;
    const published = raw === undefined || raw === '' ? null : normalisePublished(raw);
    if (raw !== undefined && raw !== '' && !published) problems.push(`line ${line}: "${String(raw).slice(0, 40)}" is not a date (use YYYY-MM-DD)`);
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    rows.set(file, { file, published, url: str(rec.url), title: str(rec.title) });
  };
  const trimmed = text.replace(/^\ufeff/, '');
  if (/^\s*\{/.test(trimmed)) {
    trimmed.split(/\r?\n/).forEach((l, i) => {
      if (!l.trim()) return;
      try {
        const rec = JSON.parse(l) as unknown;
        if (rec && typeof rec === 'object' && !Array.isArray(rec)) add(rec as Record<string, unknown>, i + 1);
        else problems.push(`line ${i + 1}: not a JSON object`);
      } catch {
        problems.push(`line ${i + 1}: not valid JSON`);
      }
    });
  } else {
    let table: string[][];
    try {
      table = parseCsv(trimmed);
    } catch (e) {
      return { rows, problems: [`not valid CSV (${(e as Error).message})`] };
    }
    const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
    if (!header.includes('file')) return { rows, problems: ['no "file" column in the header row (expected file,published[,url,title])'] };
    table.slice(1).forEach((cells, i) => {
      if (cells.every((c) => !c.trim())) return;
      add(Object.fromEntries(header.map((h, k) => [h, cells[k] ?? ''])), i + 2);
    });
  }
  return { rows, problems };
}

/** The manifest's row for a file: by relative path, else by bare name when that is unambiguous. */
export function manifestRow(m: Manifest, name: string): ManifestRow | null {
  const exact = m.rows.get(name);
  if (exact) return exact;
  const base = name.slice(name.lastIndexOf('/') + 1);
  const hits = [...m.rows.values()].filter((r) => r.file === base || r.file.endsWith('/' + base));
  return hits.length === 1 ? hits[0]! : null;
}
