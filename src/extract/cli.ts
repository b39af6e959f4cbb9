// The extraction CLI: lists the input files, has them read and extracted (in
// worker threads with --jobs N), merges the per-file results in file order and
// writes graph.json. Files are handled one at a time per worker, so memory holds
// one text per worker plus the small per-file results, whatever the corpus size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { FORMATS, formatGraph, isExportFormat, type ExportFormat } from '../export';
import { parse as parseCsv } from 'csv-parse/sync';
import { timeBudget } from './budget';
import { workerCode } from './bundle';
import { mergeFiles, type FileResult } from './merge';
import { manifestRow, normalisePublished, parseManifest, type Manifest } from './published';
import { defaultPartialName, parseShard, partialResult, settingsDigest, shardTasks } from './shard';
import type { FileOutcome, FileProgress, FileTask, ProcessHooks } from './worker';
import { readCorrections, reviewGraph } from '../review/cli';

const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);
/** The per-file stages (compromise, chrono) load only where they run: here for --jobs 1, else in the workers. */
// The result is cloned, as a worker's would be: its quotes are substrings that would otherwise keep every file's text alive.
const processFile = async (t: FileTask, hooks?: ProcessHooks): Promise<FileOutcome> => structuredClone((await import('./worker')).processFile(t, undefined, hooks));

const DEFAULT_JOBS = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8));

const USAGE = `usage: npm run extract -- [--input DIR] [--output FILE] [--format F] [--jobs N]
                          [--manifest FILE] [--published YYYY-MM-DD] [--time-budget S] [--quiet]
                          [--corrections FILE]
                          [--shard K/N]

Reads every text or HTML file under DIR (recursively), splits pages into articles,
finds people, organisations, countries and the meetings between them, and writes a
graph.json (schemaVersion 2) to FILE. Defaults: --input seeds --output public/graph.json.
The same input always gives a byte-identical output, whatever --jobs is.

  --input DIR    folder of text files (UTF-8; other encodings are read as Windows-1252;
                 .html/.htm and HTML-looking text are reduced to their text, and
                 quote offsets then refer to that text). Binary files, hidden
                 files, symlinks leading outside DIR and diplograph's own outputs
                 (this run's --output, an older graph.json) are skipped with a warning.
  --output FILE  where to write graph.json (folders are created; checked before
                 extracting, and replaced only once the new file is written whole);
                 with another --format the default is graph.<format> here
  --format F     ${FORMATS.join('|')} (default json): gexf 1.3 (Gephi), graphml,
                 csv (one row per meeting) — the explorer's export menu writes the same
  --jobs N       worker threads (default: ${DEFAULT_JOBS}, the number of cores up to 8)
  --time-budget S  seconds one file may take before it is skipped by name (default:
                 60 plus 10 per MB of the file); the other files are still extracted
  --shard K/N    extract only the K-th of N slices of the files (by a hash of each
                 file's path, so a file keeps its slice as others are added) into a
                 partial result (default output graph.part-K-of-N.json); join all N
                 with npm run merge -- PARTIAL... --output graph.json

Publication dates. "Today", "yesterday" and "on Wednesday" are counted from each
article's publication date, taken from the first of: a manifest row (--manifest);
YAML front matter at the top of a .md/.txt file (date: or published:, title:,
url:); HTML metadata (article:published_time, JSON-LD datePublished, <time
datetime>); a date in the file name (2020-02-07-talks.txt, 20200207_x.html); the
article's own date line ("SEOUL, May 12 (Yonhap) --"); --published.
  --manifest FILE  CSV with a header row, or JSON Lines: file,published[,url,title]
                 (file: the path relative to --input, or a bare file name)
  --published D  publication date (YYYY-MM-DD) for articles nothing else dates
  --corrections FILE  an analyst's corrections (exported from the explorer's Review
                 panel), applied after extraction: each placed by its target's id, or
                 by its quote and file when the ids changed; those it can no longer
                 place are reported, and the output says what was corrected
  --quiet        no progress on stderr (warnings are still printed)
  -h, --help     this help`;

let values: { input?: string; output?: string; format?: string; help?: boolean; quiet?: boolean; jobs?: string; manifest?: string; published?: string; 'time-budget'?: string; shard?: string; corrections?: string };
try {
  ({ values } = parseArgs({
    options: {
      input: { type: 'string', default: 'seeds' },
      output: { type: 'string' },
      format: { type: 'string', short: 'f', default: 'json' },
      jobs: { type: 'string', short: 'j' },
      manifest: { type: 'string' },
      published: { type: 'string' },
      'time-budget': { type: 'string' },
      corrections: { type: 'string' },
      shard: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  console.error(`extract: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const input = values.input!;
const formatArg = values.format!;
if (!isExportFormat(formatArg)) {
  console.error(`extract: --format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(formatArg)}\n${USAGE}`);
  process.exit(2);
}
const format: ExportFormat = formatArg;
const shardArg = values.shard === undefined ? null : parseShard(values.shard);
if (typeof shardArg === 'string' || (shardArg && format !== 'json')) {
  console.error(`extract: ${typeof shardArg === 'string' ? shardArg : '--shard writes a partial result (JSON): give the --format to npm run merge'}\n${USAGE}`);
  process.exit(2);
}
const shard = shardArg;
// Another format never lands in the site's public/graph.json by default.
const output = values.output ?? (shard ? defaultPartialName(shard) : format === 'json' ? 'public/graph.json' : `graph.${format}`);
const jobs = values.jobs === undefined ? DEFAULT_JOBS : Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
  console.error(`extract: --jobs must be a whole number from 1 to 64, got ${JSON.stringify(values.jobs)}\n${USAGE}`);
  process.exit(2);
}

const budgetSeconds = values['time-budget'] === undefined ? null : Number(values['time-budget']);
if (budgetSeconds !== null && !(Number.isFinite(budgetSeconds) && budgetSeconds > 0)) {
  console.error(`extract: --time-budget must be a number of seconds above 0, got ${JSON.stringify(values['time-budget'])}\n${USAGE}`);
  process.exit(2);
}

const defaultPublished = values.published === undefined ? null : normalisePublished(values.published);
if (values.published !== undefined && defaultPublished?.length !== 10) {
  console.error(`extract: --published must be a date such as 2024-05-12, got ${JSON.stringify(values.published)}\n${USAGE}`);
  process.exit(2);
}
let manifest: Manifest | null = null;
if (values.manifest !== undefined) {
  let raw: string;
  try {
    raw = fs.readFileSync(values.manifest, 'utf8');
  } catch (e) {
    console.error(`extract: cannot read manifest ${values.manifest}: ${errorCode(e)}`);
    process.exit(2);
  }
  manifest = parseManifest(raw, (t) => parseCsv(t, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][]);
  if (manifest.rows.size === 0) {
    console.error(`extract: manifest ${values.manifest} has no usable row${manifest.problems.length ? `: ${manifest.problems[0]}` : ''}`);
    process.exit(2);
  }
}

// Read and checked before a long extraction, not after it; they are placed on the whole graph, never on one shard's part.
if (values.corrections !== undefined && shard) {
  console.error(`extract: --corrections applies to the whole graph, not to a --shard's partial result\n${USAGE}`);
  process.exit(2);
}
const corrections = values.corrections === undefined ? null : readCorrections(values.corrections);

/** Warnings name files as written, but control and bidi characters in a name are shown escaped (no terminal tricks). */
const shown = (msg: string) => msg.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
const warn = (msg: string) => console.error(`warning: ${shown(msg)}`);

/**
 * Regular files under `dir`, sorted; symlinks are followed only to files inside the folder. Hidden files and
 * folders are skipped (and named), and so is `own`, the output this run writes, when it lies inside the folder.
 */
function listFiles(dir: string, own: string): { root: string; paths: string[] } {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch (e) {
    console.error(`extract: cannot read input folder ${dir}: ${errorCode(e)}`);
    return { root: dir, paths: [] };
  }
  if (st.isFile()) return { root: path.dirname(dir), paths: [dir] };
  const root = dir;
  const realRoot = fs.realpathSync(root);
  const inside = (p: string) => p === realRoot || p.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const paths: string[] = [];
  const hidden: string[] = [];
  const ownReal = (() => { try { return fs.realpathSync(own); } catch { return path.resolve(own); } })();
  const names = new Set([path.basename(own), path.basename(ownReal)]);
  const isOwn = (p: string) => names.has(path.basename(p)) && (path.resolve(p) === path.resolve(own) || (() => { try { return fs.realpathSync(p) === ownReal; } catch { return false; } })());
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (e) {
      warn(`skipped folder ${rel(d) || '.'}: unreadable (${errorCode(e)})`);
      return;
    }
    for (const ent of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, ent.name);
      if (ent.name.startsWith('.')) { hidden.push(rel(p) + (ent.isDirectory() ? '/' : '')); continue; }
      if (isOwn(p)) { warn(`skipped ${rel(p)}: the output of this run (--output), not input`); continue; }
      if (ent.isDirectory()) walk(p);
      else if (ent.isFile()) paths.push(p);
      else if (ent.isSymbolicLink()) {
        let real: string;
        try {
          real = fs.realpathSync(p);
        } catch (e) {
          warn(`skipped ${rel(p)}: broken symlink (${errorCode(e)})`);
          continue;
        }
        if (!inside(real)) { warn(`skipped ${rel(p)}: symlink to outside the input folder, not followed`); continue; }
        let target: fs.Stats;
        try {
          target = fs.statSync(real);
        } catch (e) {
          warn(`skipped ${rel(p)}: unreadable (${errorCode(e)})`);
          continue;
        }
        if (target.isFile()) paths.push(p);
        else warn(`skipped ${rel(p)}: symlink to a folder, not followed`);
      } else warn(`skipped ${rel(p)}: not a regular file`);
    }
  };
  walk(root);
  if (hidden.length) warn(`skipped ${hidden.length} hidden file${hidden.length > 1 ? 's and folders' : ' or folder'} (name starting with a dot): ${hidden.slice(0, 5).join(', ')}${hidden.length > 5 ? ', …' : ''}`);
  return { root, paths: paths.sort() };
}

/** Past its budget a file is stopped in the pipeline; a worker silent this much longer (a stage that never returns) is ended. */
const BACKSTOP_GRACE_MS = 30_000;

/** Runs the tasks on `n` worker threads, handing out one file at a time; calls `done` per file as it finishes. */
async function runWorkers(tasks: FileTask[], n: number, done: (o: FileOutcome) => void, progress: (p: FileProgress) => void): Promise<void> {
  const code = await workerCode(warn);
  return new Promise((resolve) => {
    let next = 0;
    let finished = 0;
    let fallback = false;
    const all = tasks.length;
    const finish = (o: FileOutcome) => {
      done(o);
      if (++finished === all) resolve();
    };
    const start = () => {
      // A larger young generation: extraction allocates many short-lived strings; ~10% less CPU on a 6.8 MB corpus.
      const thread = new Worker(code, { eval: true, workerData: { diplographExtract: true }, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      let current: FileTask | null = null;
      let answered = 0;
      let backstop: NodeJS.Timeout | undefined;
      let stopped: FileTask | null = null;
      const feed = () => {
        clearTimeout(backstop);
        if (next < all && !fallback) {
          const task = (current = tasks[next++]!);
          thread.postMessage(task);
          const ms = (task.budgetSeconds ?? timeBudget(0)) * 1000 + BACKSTOP_GRACE_MS;
          backstop = setTimeout(() => { stopped = task; void thread.terminate(); }, ms);
          backstop.unref();
        } else {
          current = null;
          void thread.terminate();
        }
      };
      thread.on('message', (o: FileOutcome | FileProgress) => {
        if ('progress' in o) return progress(o);
        answered++;
        finish(o);
        feed();
      });
      const fail = (why: string) => {
        const task: FileTask | null = current;
        current = null;
        if (answered === 0 && !fallback) {
          // The worker never started (no tsx, no threads): finish everything in this thread.
          fallback = true;
          warn(`worker threads unavailable (${why}): extracting in one thread`);
          void (async () => {
            if (task) finish(await processFile(task, { progress }));
            while (next < all) finish(await processFile(tasks[next++]!, { progress }));
          })();
          return;
        }
        // A crash (out of memory, a bug) or a file that never returns costs only the file in hand; a fresh worker takes over.
        clearTimeout(backstop);
        const over = stopped === task && task ? `over its time budget of ${task.budgetSeconds} s, stopped` : null;
        if (task) finish({ index: task.index, name: task.name, result: null, bytes: 0, warnings: [`skipped ${task.name}: ${over ?? `extraction failed (${why})`}`] });
        if (next < all && !fallback) start();
      };
      thread.on('error', (e: unknown) => fail((e as Error)?.message ?? String(e)));
      thread.on('exit', (code) => { if (current) fail(`worker exited with code ${code}`); });
      thread.on('online', feed);
    };
    if (all === 0) return resolve();
    for (let i = 0; i < Math.min(n, all); i++) start();
  });
}

/** The temporary file the output is written to before it replaces `output` (same folder, so the rename is atomic). */
const pending = path.join(path.dirname(output) || '.', `.${path.basename(output)}.${process.pid}.tmp`);

/** Why `output` cannot be written, found before a long extraction rather than after it; null when it can. */
function unwritable(): string | null {
  try {
    fs.mkdirSync(path.dirname(output) || '.', { recursive: true });
    if (fs.existsSync(output) && fs.statSync(output).isDirectory()) return 'it is a folder';
    if (fs.existsSync(output)) fs.accessSync(output, fs.constants.W_OK);
    // The folder must take a new file: the output is written beside it and renamed over it.
    fs.writeFileSync(pending, '');
    fs.rmSync(pending);
    return null;
  } catch (e) {
    return errorCode(e);
  }
}

/** Writes the output whole or not at all: a full disk, a size limit or a kill mid-write leaves the last good file in place. */
function writeOutput(data: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(pending, 'w', (() => { try { return fs.statSync(output).mode & 0o777; } catch { return 0o644; } })());
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(pending, output);
  } catch (e) {
    if (fd !== null) try { fs.closeSync(fd); } catch { /* already failing */ }
    fs.rmSync(pending, { force: true });
    throw e;
  }
}

const blocked = unwritable();
if (blocked) {
  console.error(`extract: cannot write ${output} (${blocked}): nothing extracted; choose another --output`);
  process.exit(2);
}

const { root, paths } = listFiles(input, output);
const allTasks: FileTask[] = paths.map((p, index) => {
  const name = path.relative(root, p).split(path.sep).join('/');
  const row = manifest ? manifestRow(manifest, name) : null;
  let size = 0;
  try { size = fs.statSync(p).size; } catch { /* named when it is read */ }
  return {
    index, path: p, name, published: row?.published ? { date: row.published, from: 'manifest' } : null, title: row?.title ?? null, defaultPublished,
    budgetSeconds: budgetSeconds ?? timeBudget(size),
  };
});
const tasks = shard ? shardTasks(allTasks, shard) : allTasks;
if (manifest) {
  for (const p of manifest.problems.slice(0, 5)) warn(`manifest ${values.manifest}: ${p}`);
  const listed = new Set(allTasks.map((t) => t.name));
  const missing = [...manifest.rows.keys()].filter((f) => !listed.has(f) && !allTasks.some((t) => t.name.endsWith('/' + f) || t.name === f.slice(f.lastIndexOf('/') + 1)));
  if (missing.length) warn(`manifest ${values.manifest}: ${missing.length} row${missing.length > 1 ? 's name files' : ' names a file'} not under ${input} (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})`);
}
const t0 = Date.now();
let bytes = 0;
let lastReport = 0;
// Outcomes arrive in any order from the workers; warnings and results are taken in file order.
const outcomes: Array<FileOutcome | undefined> = new Array(tasks.length);
const results: FileResult[] = [];
let cursor = 0;
const take = (o: FileOutcome) => {
  outcomes[o.index] = o;
  for (let c = outcomes[cursor]; c; c = outcomes[cursor]) {
    outcomes[cursor++] = undefined;
    for (const w of c.warnings) warn(w);
    if (c.result) { results.push(c.result); bytes += c.bytes; }
  }
  const now = Date.now();
  if (!values.quiet && tasks.length > 1 && (now - lastReport > 1000 || cursor === tasks.length)) {
    lastReport = now;
    const mbs = bytes / 1e6 / Math.max(0.001, (now - t0) / 1000);
    process.stderr.write(`extract: ${cursor}/${tasks.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${mbs.toFixed(2)} MB/s\n`);
  }
};

// A file that takes more than a second says how far it has got, at most once a second (a single large file is
// otherwise silent for minutes).
let lastFileReport = 0;
const showProgress = (p: FileProgress) => {
  const now = Date.now();
  if (values.quiet || now - lastFileReport < 1000) return;
  lastFileReport = now;
  const done = Math.floor((100 * (p.stage === 'mentions' ? p.at / 2 : (p.of + p.at) / 2)) / Math.max(1, p.of));
  process.stderr.write(`extract: ${shown(p.name)}: ${done}% (${p.stage === 'mentions' ? 'reading names' : 'finding meetings'}), ${p.seconds.toFixed(0)} s\n`);
};

async function main(): Promise<void> {
  const workers = Math.min(jobs, tasks.length);
  if (workers <= 1) for (const t of tasks) take(await processFile(t, { progress: showProgress }));
  else await runWorkers(tasks, workers, take, showProgress);

  if (shard) {
    const partial = partialResult(shard, allTasks.map((t) => t.name), tasks.map((t) => t.name), results, { published: defaultPublished, manifest: manifest && settingsDigest(manifest.rows) });
    writeOutput(JSON.stringify(partial) + '\n');
    console.error(`wrote ${output}: shard ${shard.index}/${shard.count}, ${results.length} of its ${tasks.length} files extracted (${allTasks.length} in the input), ${(bytes / 1e6).toFixed(2)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return;
  }
  if (results.length === 0) {
    console.error(`extract: nothing could be read under ${input}`);
    process.exit(1);
  }
  const graph = corrections ? reviewGraph(mergeFiles(results), corrections, values.corrections!) : mergeFiles(results);
  try {
    // JSON keeps its compact one-space indent (the site downloads it); other formats come from formatGraph.
    writeOutput(format === 'json' ? JSON.stringify(graph, null, 1) + '\n' : formatGraph(graph, format).text);
  } catch (e) {
    console.error(`extract: cannot write ${output}: ${errorCode(e)}${fs.existsSync(output) ? ' (the previous file is left as it was)' : ''}`);
    process.exit(1);
  }
  const secs = (Date.now() - t0) / 1000;
  const count = <T,>(xs: T[], key: (x: T) => string) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return [...m].sort().map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const undated = results.flatMap((r) => r.undated ?? []);
  const articles = graph.corpus?.articles ?? 0;
  const undatedNote = undated.length
    ? `\n  ${undated.length} of ${articles} articles had no publication date, so their relative dates ("today", "on Wednesday") were left undated: ${[...new Set(undated)].slice(0, 3).join(", ")}${new Set(undated).size > 3 ? ", …" : ""}.` +
      `\n  Give one with front matter (date: 2024-05-12), a --manifest, or --published.`
    : '';
  console.error(
    `wrote ${output}: ${results.length} files, ${graph.corpus?.articles ?? 0} articles, ${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(1)} s (${(bytes / 1e6 / Math.max(secs, 0.001)).toFixed(2)} MB/s, ${Math.max(1, workers)} job${workers > 1 ? 's' : ''})\n` +
      `  entities: ${count(graph.entities, (e) => e.type)}\n` +
      `  meetings: ${graph.meetings.length} (${count(graph.meetings, (m) => m.kind)})` + undatedNote,
  );
}

main().catch((e: unknown) => {
  console.error(`extract: ${(e as Error)?.stack ?? String(e)}`);
  process.exit(1);
});
