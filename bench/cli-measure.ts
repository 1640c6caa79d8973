/**
 * Times one command line as a child process: wall time around the spawn, and the child's peak
 * RSS as the OS reports it (getrusage, written by bench/peak-rss.cjs preloaded into the child).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PEAK = resolve(__dirname, 'peak-rss.cjs');
const RUNS = 5;

export interface Measured {
  /** Median wall time of the runs, ms. */
  ms: number;
  /** Highest peak RSS of the runs, MB. */
  mb: number;
}

export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface MeasureOptions {
  /** Untimed work before each run (e.g. a fresh book for an import). */
  before?: () => void;
  /** Exit codes that count as success (default 0). */
  codes?: number[];
  /** Opens the file descriptor the child's stdout goes to (default: discarded). */
  stdout?: () => number;
}

/** One command to time: `node <args>` in `cwd`. */
export interface Spec extends MeasureOptions {
  args: string[];
  cwd: string;
}

/** Runs the spec once; throws when it fails. Returns wall ms and peak RSS in KB. */
function runOnce(spec: Spec, rssFile: string): { ms: number; kb: number } {
  spec.before?.();
  rmSync(rssFile, { force: true });
  const fd = spec.stdout?.();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', PEAK, ...spec.args], {
    cwd: spec.cwd,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, BUDGETDESK_DATA_DIR: join(spec.cwd, 'data') },
    stdio: ['ignore', fd ?? 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (fd !== undefined) closeSync(fd);
  if (!(spec.codes ?? [0]).includes(r.status ?? -1)) {
    throw new Error(`node ${spec.args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return { ms, kb: Number(readFileSync(rssFile, 'utf8')) };
}

/**
 * Times every spec RUNS times, in rounds (each round runs every spec once), so that load from
 * other processes on a shared machine falls on the commands and on their baselines alike.
 */
export function measureAll(specs: Spec[]): Measured[] {
  const rssFile = join(tmpdir(), `budgetdesk-bench-rss-${process.pid}`);
  const times = specs.map((): number[] => []);
  const peaks = specs.map(() => 0);
  for (let round = 0; round < RUNS; round++) {
    specs.forEach((spec, i) => {
      const { ms, kb } = runOnce(spec, rssFile);
      times[i].push(ms);
      peaks[i] = Math.max(peaks[i], kb);
    });
    process.stdout.write(`第 ${round + 1}/${RUNS} 轮完成\n`);
  }
  rmSync(rssFile, { force: true });
  return specs.map((_, i) => ({ ms: median(times[i]), mb: peaks[i] / 1024 }));
}
