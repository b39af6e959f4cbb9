// Sharded extraction: `--shard K/N` extracts the K-th of N slices of the input's
// files into a partial result (the per-file results, as the CLI would merge them),
// and `npm run merge` joins the partials with the same cross-file stage
// (mergeFiles), so N shards merged give the bytes of one run over every file.
//
// A file's slice is a hash of its path relative to the input folder, modulo N.
// That keeps a file in its slice when other files are added or removed (a slice by
// position in the sorted list would move every file after the new one), so a host
// re-running its shard after the corpus grows re-reads mostly the files it had.
// The price: slices are only about equal in count, not in bytes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import type { FileResult } from './merge';

/** The partial's own format; a change to FileResult's meaning needs a new number. */
export const PARTIAL_FORMAT = 1;
/** The graph.json schemaVersion these per-file results merge into (merge.ts' output). */
export const PARTIAL_GRAPH_SCHEMA = 2;
const SLICING = 'sha256(relative path) mod N';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Settings that change per-file results: shards extracted with different ones do not add up to one run. */
export interface ShardSettings {
  published: string | null;
  /** A digest of the manifest's rows, or null without --manifest. */
  manifest: string | null;
}

export interface PartialFile {
  /** Position in the whole input's sorted file list: the single run's merge order. */
  index: number;
  name: string;
  /** False when the file was skipped (unreadable, binary, over its budget): it has no result. */
  extracted: boolean;
}

export interface PartialResult {
  diplographPartial: typeof PARTIAL_FORMAT;
  schemaVersion: typeof PARTIAL_GRAPH_SCHEMA;
  shard: Shard & { slicing: string };
  /** The whole input (every shard's files): its size and a digest of its sorted names. */
  input: { files: number; digest: string };
  settings: ShardSettings;
  files: PartialFile[];
  results: FileResult[];
}

const MAX_SHARDS = 100_000;

/** "K/N" → the shard, or a message saying what is wrong. */
export function parseShard(arg: string): Shard | string {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(arg);
  if (!m) return `--shard must be K/N (the K-th of N slices, e.g. 2/8), got ${JSON.stringify(arg)}`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) return `--shard: N must be from 1 to ${MAX_SHARDS}, got ${count}`;
  if (index < 1 || index > count) return `--shard: K must be from 1 to N (${count}), got ${index}`;
  return { index, count };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** The 1-based slice of `count` that the file named `name` (relative to the input folder) belongs to. */
export function shardOf(name: string, count: number): number {
  return Number(sha256(name).readBigUInt64BE(0) % BigInt(count)) + 1;
}

/** The files of `shard` among `tasks` (the whole sorted listing), re-numbered from 0 as the CLI's file order expects. */
export function shardTasks<T extends { index: number; name: string }>(tasks: T[], shard: Shard): T[] {
  return tasks.filter((t) => shardOf(t.name, shard.count) === shard.index).map((t, index) => ({ ...t, index }));
}

export const defaultPartialName = (shard: Shard) => `graph.part-${shard.index}-of-${shard.count}.json`;

export const settingsDigest = (rows: Iterable<unknown> | null): string | null =>
  rows === null ? null : sha256(JSON.stringify([...rows])).toString('hex').slice(0, 16);

/** The partial for one shard: `listing` is every file name of the whole input, sorted; `names` this shard's, in order. */
export function partialResult(shard: Shard, listing: string[], names: string[], results: FileResult[], settings: ShardSettings): PartialResult {
  const position = new Map(listing.map((n, i) => [n, i]));
  const extracted = new Set(results.map((r) => r.file));
  return {
    diplographPartial: PARTIAL_FORMAT,
    schemaVersion: PARTIAL_GRAPH_SCHEMA,
    shard: { ...shard, slicing: SLICING },
    input: { files: listing.length, digest: sha256(listing.join('\n')).toString('hex').slice(0, 16) },
    settings,
    files: names.map((name) => ({ index: position.get(name)!, name, extracted: extracted.has(name) })),
    results,
  };
}

export class PartialError extends Error {}

// The envelope and the outline of each result are checked; the values are used as read (not zod's copy), so the
// merge sees exactly what the shard wrote.
const resultShape = z.looseObject({
  file: z.string(),
  articles: z.number(),
  bytes: z.number(),
  persons: z.array(z.looseObject({ key: z.string(), names: z.record(z.string(), z.number()) })),
  orgs: z.array(z.looseObject({ key: z.string() })),
  meetings: z.array(z.looseObject({ participants: z.array(z.string()), countries: z.array(z.string()), sources: z.array(z.looseObject({ file: z.string() })) })),
});
const partialShape = z.object({
  diplographPartial: z.literal(PARTIAL_FORMAT),
  schemaVersion: z.literal(PARTIAL_GRAPH_SCHEMA),
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1), slicing: z.string() }),
  input: z.object({ files: z.number().int().min(0), digest: z.string() }),
  settings: z.object({ published: z.string().nullable(), manifest: z.string().nullable() }),
  files: z.array(z.object({ index: z.number().int().min(0), name: z.string(), extracted: z.boolean() })),
  results: z.array(resultShape),
});

/** Checks one parsed partial; `file` names it in every error. */
export function checkPartial(file: string, value: unknown): PartialResult {
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new PartialError(`${file}: not a diplograph partial (expected a JSON object written by npm run extract -- --shard K/N)`);
  if (!('diplographPartial' in v)) {
    if ('schemaVersion' in v && ('entities' in v || 'meetings' in v)) throw new PartialError(`${file}: a graph.json (schemaVersion ${JSON.stringify(v.schemaVersion)}), not a partial: merge takes the files written by npm run extract -- --shard K/N`);
    throw new PartialError(`${file}: not a diplograph partial (no "diplographPartial" field): merge takes the files written by npm run extract -- --shard K/N`);
  }
  if (v.diplographPartial !== PARTIAL_FORMAT) throw new PartialError(`${file}: partial format ${JSON.stringify(v.diplographPartial)}, this merge reads format ${PARTIAL_FORMAT}: extract its shard again with this version`);
  if (v.schemaVersion !== PARTIAL_GRAPH_SCHEMA) throw new PartialError(`${file}: per-file results for graph schemaVersion ${JSON.stringify(v.schemaVersion)}, this merge writes ${PARTIAL_GRAPH_SCHEMA}: extract its shard again with this version`);
  const parsed = partialShape.safeParse(v);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PartialError(`${file}: malformed partial at ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const p = v as unknown as PartialResult;
  if (p.shard.index > p.shard.count) throw new PartialError(`${file}: shard ${p.shard.index}/${p.shard.count} is not one of ${p.shard.count}`);
  if (p.shard.slicing !== SLICING) throw new PartialError(`${file}: sliced by "${p.shard.slicing}", this merge expects "${SLICING}": extract its shard again with this version`);
  const listed = new Map(p.files.map((f) => [f.name, f]));
  for (const r of p.results) {
    if (!listed.get(r.file)?.extracted) throw new PartialError(`${file}: has a result for ${r.file}, which its file list does not mark as extracted (an edited or truncated partial?)`);
  }
  if (p.results.length !== p.files.filter((f) => f.extracted).length) throw new PartialError(`${file}: lists ${p.files.filter((f) => f.extracted).length} extracted files but holds ${p.results.length} results`);
  return p;
}

/** Reads and checks one partial from disk. */
export function readPartial(file: string): PartialResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new PartialError(`${file}: cannot read it (${(e as NodeJS.ErrnoException)?.code ?? (e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PartialError(`${file}: not JSON (${(e as Error).message}); a partial cut short by a failed shard?`);
  }
  return checkPartial(file, value);
}

const label = (s: Shard) => `${s.index}/${s.count}`;

/**
 * The per-file results of a complete set of partials, in the single run's file order. Throws a PartialError
 * naming the files when the set is not one whole input: shards of another split or input or settings,
 * a shard twice, a file in two partials, a shard missing.
 */
export function joinPartials(partials: Array<{ file: string; partial: PartialResult }>): FileResult[] {
  if (partials.length === 0) throw new PartialError('no partials given');
  const [first] = partials;
  const { file: f0, partial: p0 } = first!;
  const bySlot = new Map<number, string>();
  for (const { file, partial: p } of partials) {
    if (p.shard.count !== p0.shard.count) throw new PartialError(`${file} is shard ${label(p.shard)} but ${f0} is ${label(p0.shard)}: the partials must come from one split into the same N`);
    if (p.input.files !== p0.input.files || p.input.digest !== p0.input.digest) {
      throw new PartialError(`${file} was extracted from another input than ${f0} (${p.input.files} files, listing ${p.input.digest} vs ${p0.input.files} files, listing ${p0.input.digest}): run every shard over the same folder`);
    }
    if (p.settings.published !== p0.settings.published || p.settings.manifest !== p0.settings.manifest) {
      throw new PartialError(`${file} was extracted with other settings than ${f0} (--published ${p.settings.published ?? 'none'} vs ${p0.settings.published ?? 'none'}, manifest ${p.settings.manifest ?? 'none'} vs ${p0.settings.manifest ?? 'none'}): run every shard with the same options`);
    }
    const twin = bySlot.get(p.shard.index);
    if (twin !== undefined) throw new PartialError(`${twin} and ${file} are both shard ${label(p.shard)}: each shard is merged once`);
    bySlot.set(p.shard.index, file);
  }
  const owner = new Map<number, { file: string; name: string }>();
  for (const { file, partial: p } of partials) {
    for (const f of p.files) {
      const had = owner.get(f.index);
      if (had) throw new PartialError(`${had.file} and ${file} overlap: both hold file ${f.index + 1} of the input (${had.name === f.name ? f.name : `${had.name} / ${f.name}`})`);
      if (f.index >= p.input.files) throw new PartialError(`${file}: file ${f.name} is number ${f.index + 1} of an input of ${p.input.files} files`);
      owner.set(f.index, { file, name: f.name });
    }
  }
  const missing = [...Array(p0.shard.count).keys()].map((i) => i + 1).filter((i) => !bySlot.has(i));
  if (missing.length) {
    const have = [...bySlot].sort((a, b) => a[0] - b[0]).map(([i, f]) => `${i} (${f})`);
    throw new PartialError(`shard${missing.length > 1 ? 's' : ''} ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''} of ${p0.shard.count} missing: given ${have.slice(0, 10).join(', ')}${have.length > 10 ? ', …' : ''}`);
  }
  if (owner.size !== p0.input.files) throw new PartialError(`the partials hold ${owner.size} of the input's ${p0.input.files} files: a partial was edited or cut short`);
  const order = new Map<string, number>();
  for (const { partial: p } of partials) for (const f of p.files) order.set(f.name, f.index);
  return partials.flatMap(({ partial: p }) => p.results).sort((a, b) => order.get(a.file)! - order.get(b.file)!);
}
