/**
 * Lossless round trip of our own export: export → import-book → export gives the same tables,
 * the same lines (ids included) and the same book content, through the real handlers, SQLite
 * files and exceljs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import {
  BOOK_PART_MARKER,
  BOOK_PART_SHEET,
  readBookContent,
} from '../../../src/main/export/book-part';
import { readBookPart } from '../../../src/main/import/book-part';
import { BookDb } from '../../../src/main/ledger/book-db';
import { bookCatalog, replaceBookCatalogList } from '../../../src/main/ledger/book-catalog';
import { setReason } from '../../../src/main/ledger/reasons';
import { setTexts } from '../../../src/main/ledger/texts';
import { saveUnit } from '../../../src/main/ledger/units';
import { insertLines, deleteLines } from '../../../src/main/ledger/lines';
import { replaceLastYear } from '../../../src/main/ledger/last-year';
import { runCli } from '../../../src/main/cli';
import { loadXlsx, sampleBook, tempDir } from './helpers';
import { exportedXlsx } from '../../helpers/exported';

let t: ReturnType<typeof tempDir>;

beforeAll(() => {
  t = tempDir();
  process.env.BUDGETDESK_DATA_DIR = join(t.dir, 'data');
});
afterAll(() => t.cleanup());

/** Visible sheets as plain values, for comparing two exports cell by cell. */
async function visibleCells(bytes: Buffer): Promise<Record<string, unknown[][]>> {
  const wb = await loadXlsx(bytes);
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    if (ws.state === 'veryHidden') continue;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      rows[r] = (row.values as unknown[]).slice(1);
    });
    out[ws.name] = rows;
  }
  return out;
}

describe('export → import-book → export', () => {
  it('recreates the book exactly, with a subordinate unit, gaps in line ids, texts, reasons and last year', async () => {
    const book = sampleBook(t.dir, 'original.sqlite');
    // Make the book richer than the sample: a deleted line (an id gap), a sub-unit with its
    // own texts, a reason and last year's figures.
    insertLines(book, [
      {
        unitCode: '404011',
        functionCode: '2080199',
        deptEconCode: '30201',
        govEconCode: '50502',
        kind: '基本支出-公用经费',
        projectCode: null,
        fundSource: '一般公共预算',
        amountFen: 12345,
      },
    ]);
    deleteLines(book, [3]);
    saveUnit(book, {
      code: '404011001',
      name: '信息中心下属站',
      type: '事业单位',
      parentCode: '404011',
    });
    setTexts(
      book,
      { mainDuties: '下属站职责', organization: '', budgetComposition: '' },
      '404011001',
    );
    setReason(book, 'income', '主要原因是项目减少。');
    // The book's own 科目表 (as after an import) travels with it, names and source included.
    const fns = bookCatalog(book).data.functions.map((e) =>
      e.code === '2080199' ? { ...e, name: '其他人社事务支出（财政局下发）' } : e,
    );
    book.transaction(() => replaceBookCatalogList(book, 'function', fns, '导入“科目表.xlsx”'));
    replaceLastYear(book, [
      {
        tableNo: 1,
        rowKey: 'fixed:incomeYear',
        code: '',
        label: '本年收入合计',
        columnIndex: 1,
        caption: '预算',
        amountFen: 1_187_450_000,
      },
    ]);
    const ctx: HandlerContext = { book, dataDir: t.dir };
    const api = createHandlers(ctx);
    const bytes = await exportedXlsx(api);

    const wb = await loadXlsx(bytes);
    const part = wb.getWorksheet(BOOK_PART_SHEET)!;
    expect(part.state).toBe('veryHidden');
    expect(part.getCell(1, 1).value).toBe(BOOK_PART_MARKER);

    const path = join(t.dir, 'restored.sqlite');
    const summary = await api['book:import-workbook']({
      fileName: '公开表.xlsx',
      contentBase64: bytes.toString('base64'),
      path,
    });
    expect(summary).toMatchObject({ path, year: 2021, unitCode: '404011', lineCount: 25 });
    const original = BookDb.open(join(t.dir, 'original.sqlite'));
    const restored = ctx.book!;
    expect(readBookContent(restored)).toEqual(readBookContent(original));
    expect(readBookContent(restored).lines.map((l) => l.id)).not.toContain(3);
    expect(readBookContent(restored).lastYear).toHaveLength(1);
    expect(readBookContent(restored).units).toHaveLength(2);
    expect(bookCatalog(restored).functionName('2080199')).toBe('其他人社事务支出（财政局下发）');
    expect(bookCatalog(restored).data.source).toBe('导入“科目表.xlsx”');

    expect(await visibleCells(await exportedXlsx(api))).toEqual(await visibleCells(bytes));
    expect(await api['tables:derive']({})).toEqual(
      await createHandlers({ book: original, dataDir: t.dir })['tables:derive']({}),
    );
    original.close();
    ctx.book?.close();
  });

  it('refuses to overwrite an existing file, and refuses a tampered part', async () => {
    const book = sampleBook(t.dir, 'second.sqlite');
    const api = createHandlers({ book, dataDir: t.dir });
    const exported = await exportedXlsx(api);
    const contentBase64 = exported.toString('base64');
    const existing = join(t.dir, 'second.sqlite');
    await expect(
      api['book:import-workbook']({ fileName: 'x.xlsx', contentBase64, path: existing }),
    ).rejects.toMatchObject({ code: 'BOOK_EXISTS' });

    const wb = await loadXlsx(exported);
    const cell = wb.getWorksheet(BOOK_PART_SHEET)!.getCell(3, 1);
    const text = String(cell.value);
    // One character of the compressed payload changed.
    cell.value = `${text.slice(0, 100)}${text[100] === 'A' ? 'B' : 'A'}${text.slice(101)}`;
    expect(() => readBookPart(wb, '改过.xlsx')).toThrow(
      /^“改过.xlsx”中 BudgetDesk 保存的预算内容已损坏（(压缩内容无法解开，可能被改动或不完整|校验值不符，内容可能被改动)）/,
    );
    book.close();
  });

  it('budgetdesk export + import-book on real files', async () => {
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(`ERR ${s}`) };
    const src = join(t.dir, 'cli-src.sqlite');
    expect(await runCli(['sample', src], io)).toBe(0);
    const xlsx = join(t.dir, 'cli.xlsx');
    expect(await runCli(['export', src, '--out', xlsx], io)).toBe(0);
    const dst = join(t.dir, 'cli-dst.sqlite');
    expect(await runCli(['import-book', xlsx, dst], io)).toBe(0);
    expect(out.at(-1)).toBe(
      `已还原 2021 年预算“江门市人力资源和社会保障局信息中心”到“${dst}”：明细 25 行`,
    );
    const a = BookDb.open(src);
    const b = BookDb.open(dst);
    expect(readBookContent(b)).toEqual(readBookContent(a));
    a.close();
    b.close();
    expect(await runCli(['import-book', xlsx, dst], io)).toBe(2);
    writeFileSync(join(t.dir, 'bad.xlsx'), 'not a workbook');
    expect(
      await runCli(['import-book', join(t.dir, 'bad.xlsx'), join(t.dir, 'none.sqlite')], io),
    ).toBe(2);
    expect(out.at(-1)).toContain('不是 .xlsx 工作簿');
    expect(existsSync(join(t.dir, 'none.sqlite'))).toBe(false);
    expect(readFileSync(xlsx).length).toBeGreaterThan(0);
  });
});
