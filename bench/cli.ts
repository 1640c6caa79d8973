/**
 * `npm run bench:cli`: what a clerk waits for — whole `budgetdesk` processes, from the book file
 * to the file written. Builds the CLI, imports a generated 100,000-line CSV (bench/work, git-
 * ignored) into a one-unit book, then times each command as a child process (median of 5 runs;
 * peak RSS as the OS counts it, reported by bench/peak-rss.cjs) against two baselines measured in
 * the same rounds: `node -e 0`, and bench/bare-rows.cjs (every line read with better-sqlite3 and
 * written unstyled to one worksheet with exceljs). Prints a table with the ratios and exits 1 when
 * a target of issue 14 is missed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, openSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH_UNIT, writeBenchCsv } from './cli-book';
import { measureAll, type Measured, type Spec } from './cli-measure';

const ROOT = resolve(__dirname, '..');
const WORK = join(ROOT, 'bench', 'work');
/** Outside the repo, so typecheck and lint never see the copied sources. */
const APP = join(tmpdir(), 'budgetdesk-bench-cli-app');
const BIN = join(APP, 'bin', 'budgetdesk.cjs');
const LINES = Number(process.env.BENCH_LINES ?? 100_000);

const cli = (...args: string[]): string[] => [BIN, ...args];
const removeBook = (path: string): void => {
  for (const s of ['', '-wal', '-shm']) rmSync(join(WORK, path + s), { force: true });
};

/**
 * A frozen copy of the app to time: bin, the sources it checks its build against, and the build
 * (node_modules and migrations linked), so that editing src while the benchmark runs neither
 * slows it down (the bin would fall back to tsx) nor changes what is measured.
 */
function prepare(): void {
  rmSync(WORK, { recursive: true, force: true });
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  mkdirSync(join(APP, 'src'), { recursive: true });
  cpSync(join(ROOT, 'bin'), join(APP, 'bin'), { recursive: true });
  for (const d of ['main', 'shared'])
    cpSync(join(ROOT, 'src', d), join(APP, 'src', d), { recursive: true });
  for (const link of ['node_modules', 'migrations'])
    symlinkSync(join(ROOT, link), join(APP, link), 'dir');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '-c', 'vite.cli.config.mts', '--outDir', join(APP, 'out', 'cli')],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('CLI build failed');
  const trace = spawnSync(process.execPath, cli('--help'), {
    env: { ...process.env, BUDGETDESK_CLI_TRACE: '1' },
    encoding: 'utf8',
  });
  if (!trace.stderr.includes('"runner":"compiled"')) throw new Error('bin did not run out/cli');
  writeBenchCsv(join(WORK, 'lines.csv'), LINES);
}

const newBook = (path: string) => (): void => {
  removeBook(path);
  const u = BENCH_UNIT;
  const args = [
    '--year',
    '2021',
    '--unit-code',
    u.code,
    '--unit-name',
    u.name,
    '--unit-type',
    u.type,
  ];
  const r = spawnSync(process.execPath, cli('new', path, ...args), { cwd: WORK });
  if (r.status !== 0) throw new Error(`new failed: ${r.stderr}`);
};

interface Row extends Measured {
  name: string;
  /** The target as a ratio to the baseline named, if any. */
  target?: { of: 'node' | 'bare'; ratio: number };
  maxMb?: number;
}

interface Timed extends Spec {
  name: string;
  target?: Row['target'];
  maxMb?: number;
}

async function main(): Promise<void> {
  prepare();
  const csvOut = join(WORK, 'lines-out.csv');
  const run = (name: string, args: string[], more: Partial<Timed> = {}): Timed => ({
    name,
    args,
    cwd: WORK,
    ...more,
  });
  // The book and its export that the other commands read, made once (untimed).
  newBook('big.sqlite')();
  for (const args of [
    ['import-lines', 'big.sqlite', 'lines.csv'],
    ['export', 'big.sqlite', '--out', 'big.xlsx'],
    ['sample', 'sample.sqlite', '--force'],
  ]) {
    const r = spawnSync(process.execPath, cli(...args), { cwd: WORK, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
  }
  const specs: Timed[] = [
    run('node -e 0', ['-e', '0']),
    run('--help', cli('--help'), { target: { of: 'node', ratio: 3 } }),
    run('export（示例）', cli('export', 'sample.sqlite', '--out', 's.xlsx'), {
      target: { of: 'node', ratio: 5 },
    }),
    run(
      '基线：读出明细、exceljs 无样式写出',
      ['bench/bare-rows.cjs', join(WORK, 'big.sqlite'), join(WORK, 'bare.xlsx')],
      { cwd: ROOT },
    ),
    run(`import-lines（${LINES} 行）`, cli('import-lines', 'imported.sqlite', 'lines.csv'), {
      before: newBook('imported.sqlite'),
      target: { of: 'bare', ratio: 0.25 },
    }),
    run('export', cli('export', 'big.sqlite', '--out', 'out.xlsx'), {
      target: { of: 'bare', ratio: 0.3 },
      maxMb: 300,
    }),
    run('export --table 1', cli('export', 'big.sqlite', '--out', 't1.xlsx', '--table', '1')),
    run('validate', cli('validate', 'big.sqlite'), {
      codes: [0, 1],
      target: { of: 'bare', ratio: 0.25 },
    }),
    run('document --out .docx', cli('document', 'big.sqlite', '--out', 'big.docx')),
    run('lines --csv', cli('lines', 'big.sqlite', '--csv'), {
      stdout: () => openSync(csvOut, 'w'),
      target: { of: 'bare', ratio: 0.15 },
    }),
    run('import-book', cli('import-book', 'big.xlsx', 'restored.sqlite'), {
      before: () => removeBook('restored.sqlite'),
    }),
  ];
  const measured = measureAll(specs);
  report(specs.map((s, i) => ({ name: s.name, target: s.target, maxMb: s.maxMb, ...measured[i] })));
}

function report(rows: Row[]): void {
  const base = { node: rows[0].ms, bare: rows.find((r) => r.name.startsWith('基线'))!.ms };
  let missed = 0;
  const lines = [
    '| 命令（整个进程） | 中位数 | 峰值内存 | 比值 | 目标 | |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const ratio = r.target ? r.ms / base[r.target.of] : undefined;
    const of = r.target?.of === 'node' ? '× node -e 0' : '× 基线';
    const okTime = !r.target || ratio! <= r.target.ratio;
    const okMem = r.maxMb === undefined || r.mb <= r.maxMb;
    if (!okTime || !okMem) missed++;
    const target = r.target ? `≤ ${r.target.ratio}${of}${r.maxMb ? `，≤ ${r.maxMb} MB` : ''}` : '';
    lines.push(
      `| ${r.name} | ${(r.ms / 1000).toFixed(2)} s | ${r.mb.toFixed(0)} MB | ${ratio === undefined ? '' : `${ratio.toFixed(2)}${of}`} | ${target} | ${r.target ? (okTime && okMem ? '✓' : '✗') : ''} |`,
    );
  }
  const cpu = cpus()[0]?.model ?? '?';
  process.stdout.write(
    `\n${lines.join('\n')}\n\n机器：${cpus().length} 核 ${cpu}，内存 ${(totalmem() / 2 ** 30).toFixed(1)} GB，Node ${process.version}；每项 5 次的中位数。\n`,
  );
  if (missed) {
    process.stdout.write(`\n${missed} 项未达目标。\n`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
});
