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

/** Runs `node <args>` RUNS times in `cwd`; throws when a run fails. */
export function measure(args: string[], cwd: string, opts: MeasureOptions = {}): Measured {
  const rssFile = join(tmpdir(), `budgetdesk-bench-rss-${process.pid}`);
  const times: number[] = [];
  let peakKb = 0;
  for (let i = 0; i < RUNS; i++) {
    opts.before?.();
    rmSync(rssFile, { force: true });
    const fd = opts.stdout?.();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-r', PEAK, ...args], {
      cwd,
      env: { ...process.env, BENCH_RSS_FILE: rssFile, BUDGETDESK_DATA_DIR: join(cwd, 'data') },
      stdio: ['ignore', fd ?? 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    times.push(performance.now() - t0);
    if (fd !== undefined) closeSync(fd);
    if (!(opts.codes ?? [0]).includes(r.status ?? -1)) {
      throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    }
    peakKb = Math.max(peakKb, Number(readFileSync(rssFile, 'utf8')));
  }
  rmSync(rssFile, { force: true });
  return { ms: median(times), mb: peakKb / 1024 };
}
