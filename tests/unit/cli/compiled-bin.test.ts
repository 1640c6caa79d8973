/**
 * The installed command runs compiled JavaScript: bin/budgetdesk.cjs loads out/cli/main.js (built
 * by the CLI's vite config), not tsx, and the large libraries load only in the commands that use
 * them. The build goes into a copy of the repo's shape in a temp folder (bin, out/cli, and links
 * to src, migrations and node_modules), so other tests that spawn the real bin are not disturbed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../../..');
let root: string;
let bin: string;

interface Trace {
  runner: 'compiled' | 'tsx';
  loaded: string[];
}

function run(...args: string[]): { status: number | null; out: string; err: string; trace: Trace } {
  const res = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BUDGETDESK_CLI_TRACE: '1', BUDGETDESK_DATA_DIR: join(root, 'data') },
  });
  const line = /BUDGETDESK_CLI_TRACE (\{.*\})/.exec(res.stderr)?.[1];
  if (!line) throw new Error(`no trace in stderr: ${res.stderr}`);
  return { status: res.status, out: res.stdout, err: res.stderr, trace: JSON.parse(line) as Trace };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bd-cli-bin-'));
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(REPO, 'bin', 'budgetdesk.cjs'), join(root, 'bin', 'budgetdesk.cjs'));
  for (const link of ['src', 'migrations', 'node_modules']) {
    symlinkSync(join(REPO, link), join(root, link), 'dir');
  }
  bin = join(root, 'bin', 'budgetdesk.cjs');
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  const outDir = join(root, 'out', 'cli');
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '-c', 'vite.cli.config.mts', '--outDir', outDir],
    { cwd: REPO, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bin/budgetdesk.cjs with a current build', () => {
  it('--help runs the compiled file without tsx, exceljs, docx or playwright-core', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.out).toContain('用法：budgetdesk <命令>');
    expect(r.out).toContain('import-book');
    expect(r.err).not.toContain('tsx');
    expect(r.trace.runner).toBe('compiled');
    expect(r.trace.loaded).not.toContain('exceljs');
    expect(r.trace.loaded).not.toContain('docx');
    expect(r.trace.loaded).not.toContain('playwright-core');
  });

  it('validate reads the book without the export libraries; export loads exceljs only', () => {
    expect(run('sample', 'b.sqlite').status).toBe(0);
    const v = run('validate', 'b.sqlite');
    expect(v.status).toBe(0);
    expect(v.trace).toEqual({ runner: 'compiled', loaded: ['better-sqlite3'] });
    const e = run('export', 'b.sqlite', '--out', 'b.xlsx');
    expect(e.status).toBe(0);
    expect(e.out).toContain('已导出 13 张表');
    expect(e.trace).toEqual({ runner: 'compiled', loaded: ['exceljs', 'better-sqlite3'] });
  });

  it('document .docx loads docx only; lines --csv none of the three', () => {
    expect(run('sample', 'd.sqlite').status).toBe(0);
    const d = run('document', 'd.sqlite', '--out', 'd.docx');
    expect(d.status).toBe(0);
    expect(d.trace).toEqual({ runner: 'compiled', loaded: ['docx', 'better-sqlite3'] });
    const l = run('lines', 'd.sqlite', '--csv');
    expect(l.status).toBe(0);
    expect(l.out).toContain('单位编码,单位名称');
    expect(l.trace).toEqual({ runner: 'compiled', loaded: ['better-sqlite3'] });
  });
});

describe('bin/budgetdesk.cjs with a build older than the sources', () => {
  it('says so on stderr and runs the sources through tsx, with the same result', () => {
    const main = join(root, 'out', 'cli', 'main.js');
    const longAgo = new Date('2000-01-01T00:00:00Z');
    utimesSync(main, longAgo, longAgo);
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.out).toContain('用法：budgetdesk <命令>');
    expect(r.err).toContain('源代码在上次构建之后有改动，改为用 tsx 直接运行源代码');
    expect(r.trace.runner).toBe('tsx');
    // The parts loaded on demand (import() of a TypeScript module) load under tsx too.
    const d = run('document', 'd.sqlite', '--out', 'tsx.docx');
    expect(d.status).toBe(0);
    expect(d.out).toContain('部门预算.docx”的全文');
    expect(d.trace).toEqual({ runner: 'tsx', loaded: ['docx', 'better-sqlite3'] });
  });

  it('says so when there is no build at all', () => {
    rmSync(join(root, 'out'), { recursive: true, force: true });
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.err).toContain('尚未构建（out/cli/main.js 不存在）');
    expect(r.trace.runner).toBe('tsx');
  });
});
