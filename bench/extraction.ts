// Extraction: diplograph's CLI at --jobs 1 and --jobs 2 against the naive compromise
// baseline and the floor (read the bytes, split sentences with one regex), on a
// generated corpus of distinct sentences (bench/distinctCorpus.ts). Whole processes,
// timed by GNU time (CPU = user + system of the process and its threads), the four
// commands in turn pair by pair (their order rotating) so drift on a noisy machine
// hits all alike; ratios are taken within each pair, then the median.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distinctFraction, makeDistinctCorpus, type CorpusStyle } from './distinctCorpus';
import { median } from './stats';

export interface RunFigure {
  wall: number;
  cpu: number;
  peakMB: number;
}

const TIME = '/usr/bin/time';

/** Runs a command as a whole process: wall time here, CPU time and peak RSS from GNU time. */
export function timeCommand(cmd: string, args: string[]): RunFigure {
  if (!fs.existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to measure CPU time: apt-get install time`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '__TIME__ %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  const m = /__TIME__ ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no GNU time figures in the output of ${cmd}`);
  return { wall, cpu: Number(m[1]) + Number(m[2]), peakMB: Number(m[3]) / 1024 };
}

export interface ExtractionRow {
  style: CorpusStyle;
  mb: number;
  files: number;
  /** Distinct sentences / all sentences. */
  distinct: number;
  pairs: number;
  /** Medians over the pairs. */
  jobs1: RunFigure;
  jobs2: RunFigure;
  naive: RunFigure;
  floor: RunFigure;
  /** Per-pair ratios naive / diplograph, medians. */
  cpuRatio: number;
  wallRatio1: number;
  wallRatio2: number;
  /** diplograph's MB/s (wall, whole process) over the floor's, at --jobs 1 and 2. */
  floorFraction1: number;
  floorFraction2: number;
}

const medianFigure = (xs: RunFigure[]): RunFigure => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)), peakMB: Math.max(...xs.map((x) => x.peakMB)) });

/** One row per corpus size; `onRow` is called as each row finishes. */
export function benchExtraction(sizes: Array<{ mb: number; pairs: number; style: CorpusStyle }>, onRow: (row: ExtractionRow) => void, log: (line: string) => void): ExtractionRow[] {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-'));
  const rows: ExtractionRow[] = [];
  try {
    const out = path.join(work, 'graph.json');
    const commands = (corpus: string) => ({
      jobs1: ['node_modules/.bin/tsx', ['src/extract/cli.ts', '--input', corpus, '--output', out, '--quiet', '--jobs', '1']],
      jobs2: ['node_modules/.bin/tsx', ['src/extract/cli.ts', '--input', corpus, '--output', out, '--quiet', '--jobs', '2']],
      naive: ['node_modules/.bin/tsx', ['bench/naive-extract.ts', corpus]],
      floor: [process.execPath, ['bench/floor.mjs', corpus]],
    }) as const;
    type Name = keyof ReturnType<typeof commands>;
    const names: Name[] = ['jobs1', 'jobs2', 'naive', 'floor'];
    let warmedUp = false;
    for (const size of sizes) {
      const corpus = path.join(work, `corpus-${size.style}-${size.mb}`);
      const made = makeCorpus(corpus, size.mb, size.style);
      const cmds = commands(corpus);
      if (!warmedUp) {
        // Untimed: the worker bundle is built and cached on the first --jobs 2 run; disk caches fill.
        for (const n of names) timeCommand(cmds[n][0], [...cmds[n][1]]);
        warmedUp = true;
      }
      const figs: Record<Name, RunFigure[]> = { jobs1: [], jobs2: [], naive: [], floor: [] };
      const ratios = { cpu: [] as number[], wall1: [] as number[], wall2: [] as number[], frac1: [] as number[], frac2: [] as number[] };
      for (let i = 0; i < size.pairs; i++) {
        const pair = {} as Record<Name, RunFigure>;
        for (let j = 0; j < names.length; j++) {
          const n = names[(i + j) % names.length]!;
          pair[n] = timeCommand(cmds[n][0], [...cmds[n][1]]);
          figs[n].push(pair[n]);
          log(`  ${made.mb.toFixed(2)} MB ${n.padEnd(5)} wall ${pair[n].wall.toFixed(2)} s, cpu ${pair[n].cpu.toFixed(2)} s`);
        }
        ratios.cpu.push(pair.naive.cpu / pair.jobs1.cpu);
        ratios.wall1.push(pair.naive.wall / pair.jobs1.wall);
        ratios.wall2.push(pair.naive.wall / pair.jobs2.wall);
        ratios.frac1.push(pair.floor.wall / pair.jobs1.wall);
        ratios.frac2.push(pair.floor.wall / pair.jobs2.wall);
      }
      const row: ExtractionRow = {
        style: size.style,
        mb: made.mb,
        files: made.files,
        distinct: distinctFraction(corpus),
        pairs: size.pairs,
        jobs1: medianFigure(figs.jobs1),
        jobs2: medianFigure(figs.jobs2),
        naive: medianFigure(figs.naive),
        floor: medianFigure(figs.floor),
        cpuRatio: median(ratios.cpu),
        wallRatio1: median(ratios.wall1),
        wallRatio2: median(ratios.wall2),
        floorFraction1: median(ratios.frac1),
        floorFraction2: median(ratios.frac2),
      };
      rows.push(row);
      onRow(row);
      fs.rmSync(corpus, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

function makeCorpus(dir: string, mb: number, style: CorpusStyle): { mb: number; files: number } {
  const { bytes, files } = makeDistinctCorpus(dir, mb * 1e6, style);
  return { mb: bytes / 1e6, files };
}
