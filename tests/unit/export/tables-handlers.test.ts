/**
 * The table handlers and the `sample` / `export` commands on real SQLite files in a temp folder:
 * the sample written to a book derives the same tables as the sample data itself.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { createSampleBook, SAMPLE_FILE_NAME } from '../../../src/main/api/handlers/sample-book';
import { BookDb } from '../../../src/main/ledger/book-db';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../../src/shared/tables/engine';
import { cli } from '../../helpers/cli-run';
import { readWorkbook } from '../tables/golden-helpers';

let dir: string;
let ctx: HandlerContext;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bd-tables-'));
  ctx = { book: null, dataDir: join(dir, 'data') };
});
afterEach(() => {
  ctx.book?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sample book and table handlers', () => {
  it('writes the sample to SQLite; the book derives exactly the tables of the sample data', () => {
    const path = join(dir, 'sample.sqlite');
    createSampleBook(path);
    const book = BookDb.open(path);
    try {
      const snapshot = loadSnapshot(book);
      expect(snapshot.lines).toHaveLength(25);
      expect(deriveTables(snapshot)).toEqual(deriveTables(sampleSnapshot()));
    } finally {
      book.close();
    }
  });

  it('opens the sample (打开示例) in the data folder, replacing an older sample even while open', async () => {
    const h = createHandlers(ctx);
    const first = await h['book:open-sample']({});
    expect(first.path).toBe(join(ctx.dataDir, SAMPLE_FILE_NAME));
    expect(first).toMatchObject({
      unitCode: '404011',
      unitName: '江门市人力资源和社会保障局信息中心',
      year: 2021,
      lineCount: 25,
    });
    const again = await h['book:open-sample']({});
    expect(again.lineCount).toBe(25);
    const elsewhere = await h['book:open-sample']({ path: join(dir, 'mine.sqlite') });
    expect(elsewhere.path).toBe(join(dir, 'mine.sqlite'));
  });

  it('derives and exports the open book at the chosen path; refuses bad table numbers in Chinese', async () => {
    const h = createHandlers(ctx);
    await expect(h['tables:derive']({})).rejects.toMatchObject({ code: 'BOOK_NOT_OPEN' });
    await h['book:open-sample']({});
    const [t5] = await h['tables:derive']({ tables: [5] });
    expect(t5.rows[0].cells[1]).toEqual({ kind: 'amount', fen: 723_030_000 });

    const all = await h['export:xlsx']({ path: join(dir, '公开表.xlsx') });
    expect(all.path).toBe(join(dir, '公开表.xlsx'));
    const wb = await readWorkbook(readFileSync(all.path));
    // Thirteen visible tables; the book itself rides along in one very hidden sheet (import-book).
    expect(wb.worksheets.filter((w) => w.state !== 'veryHidden')).toHaveLength(13);
    expect(wb.worksheets.filter((w) => w.state === 'veryHidden').map((w) => w.name)).toEqual([
      'BUDGETDESK_BOOK',
    ]);

    const one = await h['export:xlsx']({ path: join(dir, '表5.xlsx'), table: 5 });
    expect((await readWorkbook(readFileSync(one.path))).worksheets.map((w) => w.name)).toEqual([
      '表5 一般公共预算支出情况表（按功能分类科目）',
    ]);
    await expect(h['tables:derive']({ tables: [14] })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/没有表14/),
    });
    await expect(h['export:xlsx']({ path: join(dir, 'x.xlsx'), table: 1.5 })).rejects.toMatchObject(
      { code: 'BAD_INPUT' },
    );
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('budgetdesk sample / export', () => {
  it('sample refuses to overwrite without --force', async () => {
    const path = join(dir, 'b.sqlite');
    expect((await cli('sample', path)).code).toBe(0);
    const refused = await cli('sample', path);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/已存在.*--force/);
    writeFileSync(path, 'not a book');
    expect((await cli('sample', path, '--force')).code).toBe(0);
    const book = BookDb.open(path);
    book.close();
  });

  it('export writes all tables or one; bad input exits 2 with a Chinese message', async () => {
    const path = join(dir, 'b.sqlite');
    await cli('sample', path);
    const out = join(dir, 'all.xlsx');
    const res = await cli('export', path, '--out', out);
    expect(res.code).toBe(0);
    const visible = (await readWorkbook(readFileSync(out))).worksheets.filter(
      (w) => w.state !== 'veryHidden',
    );
    expect(visible.map((w) => w.name.split(' ')[0])).toEqual(
      Array.from({ length: 13 }, (_, i) => `表${i + 1}`),
    );
    const single = join(dir, 't7.xlsx');
    expect((await cli('export', path, '--out', single, '--table', '7')).code).toBe(0);
    expect((await readWorkbook(readFileSync(single))).worksheets.map((w) => w.name)).toEqual([
      '表7 财政拨款安排的行政经费及“三公”经费预算表',
    ]);

    const missingOut = await cli('export', path);
    expect([missingOut.code, missingOut.err]).toEqual([2, expect.stringMatching(/--out/)]);
    const badTable = await cli('export', path, '--out', single, '--table', 'x');
    expect([badTable.code, badTable.err]).toEqual([2, expect.stringMatching(/--table 应为表号/)]);
    const noTable = await cli('export', path, '--out', join(dir, 'x.xlsx'), '--table', '14');
    expect([noTable.code, noTable.err]).toEqual([2, expect.stringMatching(/没有表14/)]);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    const noBook = await cli('export', join(dir, 'none.sqlite'), '--out', out);
    expect([noBook.code, noBook.err]).toEqual([2, expect.stringMatching(/找不到预算文件/)]);
  });
});
