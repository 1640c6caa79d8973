import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli';
import type { CliIo } from '../../../src/main/cli/command';
import { BookDb } from '../../../src/main/ledger/book-db';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import { HEADER, csvText, validRows } from '../../helpers/lines-csv';
import { NEW_ARGS_2021 } from '../../helpers/book-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-cli-');
const REPO = resolve(__dirname, '../../..');
const NEW_ARGS = NEW_ARGS_2021;

let dir: string;
beforeEach(() => {
  dir = tempDir();
  process.env.BUDGETDESK_DATA_DIR = join(dir, 'data');
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += `${t}\n`),
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('budgetdesk new / import-lines / lines (in process)', () => {
  it('new creates a book, refuses to overwrite, and explains missing options', async () => {
    const book = join(dir, 'b.sqlite');
    const ok = await cli('new', book, ...NEW_ARGS);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(ok.out).toContain('已新建预算文件');
    const again = await cli('new', book, ...NEW_ARGS);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');
    const missing = await cli('new', join(dir, 'c.sqlite'), '--year', '21');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/缺少 --unit-code.*--year “21”应为四位年份/);
    expect(missing.err).toContain('用法：budgetdesk new');
  });

  it('import-lines then lines --csv round-trips into a new book', async () => {
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    const csv = join(dir, 'lines.csv');
    writeFileSync(csv, csvText(validRows()));
    await cli('new', a, ...NEW_ARGS);
    const imp = await cli('import-lines', a, csv);
    expect(imp.code).toBe(0);
    expect(imp.out).toMatch(/已导入 4 行明细（新建单位 1 个，新建项目 2 个）/);
    const listed = await cli('lines', a, '--csv');
    expect(listed.code).toBe(0);
    const exported = join(dir, 'export.csv');
    writeFileSync(exported, listed.out);
    await cli('new', b, ...NEW_ARGS);
    expect((await cli('import-lines', b, exported)).code).toBe(0);
    expect((await cli('lines', b, '--csv')).out).toBe(listed.out);
    const readable = await cli('lines', a);
    expect(readable.out).toContain('共 4 行，合计 1,537,387.75 元（153.74 万元）');
  });

  it('bad rows: exit 2, one message per bad row on stderr, the book unchanged', async () => {
    const book = join(dir, 'a.sqlite');
    await cli('new', book, ...NEW_ARGS);
    const rows = validRows();
    rows[0][HEADER.indexOf('金额(元)')] = '12.345';
    rows[2][HEADER.indexOf('支出类型')] = '其他支出';
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, csvText(rows));
    const res = await cli('import-lines', book, csv);
    expect(res.code).toBe(2);
    expect(res.err).toContain('“bad.csv”有 2 行有误，未导入任何数据');
    expect(res.err).toMatch(/ {2}第 2 行，“金额\(元\)”列：“12\.345”小数位过多/);
    expect(res.err).toMatch(/ {2}第 4 行，“支出类型”列：“其他支出”不是支出类型/);
    const b = BookDb.open(book);
    expect(loadSnapshot(b).lines).toEqual([]);
    expect(loadSnapshot(b).units).toHaveLength(1);
    b.close();
    expect((await cli('import-lines', book, join(dir, 'none.csv'))).err).toContain(
      '找不到明细文件',
    );
  });

  it('every command has a Chinese --help', async () => {
    for (const name of ['new', 'import-lines', 'lines']) {
      const h = await cli(name, '--help');
      expect(h.code).toBe(0);
      expect(h.out).toMatch(new RegExp(`^用法：budgetdesk ${name} `));
      expect(h.out).toContain('退出码');
    }
  });
});

describe('budgetdesk as a real process (bin/budgetdesk.cjs, from another working directory)', () => {
  const bin = join(REPO, 'bin', 'budgetdesk.cjs');
  const env = () => ({ ...process.env, BUDGETDESK_DATA_DIR: join(dir, 'data') });

  it('creates a book and imports a GBK CSV with names intact', () => {
    const book = join(dir, '预算.sqlite');
    execFileSync('node', [bin, 'new', book, ...NEW_ARGS], { cwd: dir, env: env() });
    const gbk = join(dir, 'gbk.csv');
    writeFileSync(gbk, iconv.encode(csvText(validRows()), 'gbk'));
    const out = execFileSync('node', [bin, 'import-lines', book, 'gbk.csv'], {
      cwd: dir,
      env: env(),
    }).toString('utf8');
    expect(out).toContain('已导入 4 行明细');
    const csv = execFileSync('node', [bin, 'lines', book, '--csv'], {
      cwd: dir,
      env: env(),
    }).toString('utf8');
    expect(csv).toContain('江门市下属单位,行政单位');
    expect(csv).toContain('"网络信息安全加固项目, ""一期"""');
  });

  it('exits 2 with the row messages on stderr for a bad file, leaving the book file as it was', () => {
    const book = join(dir, 'b.sqlite');
    execFileSync('node', [bin, 'new', book, ...NEW_ARGS], { cwd: dir, env: env() });
    const before = readFileSync(book);
    const rows = validRows();
    rows[1][HEADER.indexOf('功能科目编码')] = '2080198';
    writeFileSync(join(dir, 'bad.csv'), csvText(rows));
    const res = spawnSync('node', [bin, 'import-lines', book, 'bad.csv'], {
      cwd: dir,
      env: env(),
      encoding: 'utf8',
    });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('第 3 行，“功能科目编码”列：功能科目编码“2080198”不是 2021 年');
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});
