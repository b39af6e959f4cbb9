// Extraction throughput: diplograph's CLI against the naive compromise baseline,
// on the same generated corpora, run in alternation (A B A B …) so drift on a
// noisy machine hits both sides alike. Reports medians and the per-pair ratio.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCorpus } from './corpus';
import { median } from './stats';

export interface RunFigure {
  seconds: number;
  peakMB: number | null;
}

const TIME = '/usr/bin/time';

/** Runs a command as a whole process; wall time and peak RSS from GNU time when present. */
export function timeCommand(cmd: string, args: string[]): RunFigure {
  const useTime = fs.existsSync(TIME);
  const t0 = process.hrtime.bigint();
  const r = useTime
    ? spawnSync(TIME, ['-f', '__TIME__ %e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  const m = useTime ? /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr) : null;
  return { seconds, peakMB: m ? Number(m[2]) / 1024 : null };
}


export interface ExtractionRow {
  factor: number;
  mb: number;
  diplographMBs: number;
  naiveMBs: number | null;
  ratio: number | null;
  diplographPeakMB: number | null;
  naivePeakMB: number | null;
  pairs: number;
}

export function benchExtraction(opts: { factors: number[]; pairs: number; naiveUpTo: number; jobs?: number }): ExtractionRow[] {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-'));
  const rows: ExtractionRow[] = [];
  try {
    for (const factor of opts.factors) {
      const corpus = path.join(work, `corpus-${factor}x`);
      const mb = makeCorpus('seeds', corpus, factor) / 1e6;
      const out = path.join(work, `graph-${factor}x.json`);
      const ours = ['node_modules/.bin/tsx', ['src/extract/cli.ts', '--input', corpus, '--output', out, '--quiet', ...(opts.jobs ? ['--jobs', String(opts.jobs)] : [])]] as const;
      const naive = ['node_modules/.bin/tsx', ['bench/naive-extract.ts', corpus]] as const;
      const withNaive = factor <= opts.naiveUpTo;
      const a: RunFigure[] = [];
      const b: RunFigure[] = [];
      const ratios: number[] = [];
      const pairs = factor >= 16 ? 1 : opts.pairs;
      for (let i = 0; i < pairs; i++) {
        const fa = timeCommand(ours[0], [...ours[1]]);
        a.push(fa);
        process.stderr.write(`  ${factor}x diplograph ${fa.seconds.toFixed(2)} s\n`);
        if (withNaive) {
          const fb = timeCommand(naive[0], [...naive[1]]);
          b.push(fb);
          ratios.push(fb.seconds / fa.seconds);
          process.stderr.write(`  ${factor}x naive      ${fb.seconds.toFixed(2)} s\n`);
        }
      }
      const peak = (xs: RunFigure[]) => (xs.some((x) => x.peakMB !== null) ? Math.max(...xs.map((x) => x.peakMB ?? 0)) : null);
      rows.push({
        factor,
        mb,
        diplographMBs: mb / median(a.map((x) => x.seconds)),
        naiveMBs: withNaive ? mb / median(b.map((x) => x.seconds)) : null,
        ratio: withNaive ? median(ratios) : null,
        diplographPeakMB: peak(a),
        naivePeakMB: withNaive ? peak(b) : null,
        pairs,
      });
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

/** Peak memory of a full extraction over a large corpus (~`targetMB` of text): the bound users care about. */
export function benchMemory(targetMB: number): { mb: number; seconds: number; peakMB: number | null } {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-mem-'));
  try {
    const seedMB = makeCorpus('seeds', path.join(work, 'probe'), 1) / 1e6;
    const corpus = path.join(work, 'corpus');
    const mb = makeCorpus('seeds', corpus, Math.max(1, Math.round(targetMB / seedMB))) / 1e6;
    const fig = timeCommand('node_modules/.bin/tsx', ['src/extract/cli.ts', '--input', corpus, '--output', path.join(work, 'graph.json'), '--quiet']);
    return { mb, seconds: fig.seconds, peakMB: fig.peakMB };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
