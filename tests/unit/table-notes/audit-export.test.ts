/**
 * The clerk's path through 表注: a book with 政府性基金预算 lines (imported as `import-lines`
 * does) gets the FUND-TABLE-NOTE warning; writing 表8's note over the API clears it, and the
 * export's 表8 sheet prints "注：…" under the table (exceljs round trip).
 */
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { BookDb } from '../../../src/main/ledger/book-db';
import { useTempDirs } from '../../helpers/temp-dir';
import { exportedXlsx } from '../../helpers/exported';
import { gridOf, readWorkbook } from '../tables/golden-helpers';
import { baseRows, makeBook, row, rulesOf, validate } from '../validation/book-builder';

const tempDir = useTempDirs('bd-table-notes-');
const NOTE = '政府性基金预算安排 0.30 万元，用于就业补助（就业补助资金）。';

async function withApi<T>(
  path: string,
  fn: (api: ReturnType<typeof createHandlers>) => Promise<T>,
) {
  const ctx: HandlerContext = { book: BookDb.open(path), dataDir: tempDir() };
  try {
    return await fn(createHandlers(ctx));
  } finally {
    ctx.book?.close();
  }
}

async function fundBook(): Promise<string> {
  return makeBook(tempDir(), [
    ...baseRows(),
    row({ dept: '30201', kind: '基本支出-公用经费', fund: '政府性基金预算', yuan: '3000.00' }),
  ]);
}

describe('表注 clears FUND-TABLE-NOTE and prints in the export', () => {
  it('warning → note written → no warning; 表8 sheet shows the note under its rows', async () => {
    const path = await fundBook();
    expect(rulesOf((await validate(path)).findings)).toEqual(['FUND-TABLE-NOTE']);

    const xlsx = await withApi(path, async (api) => {
      const warned = await api['validate:run']({});
      expect(warned.map((f) => f.message)).toEqual([
        expect.stringContaining('请在“报表预览”表8下的“表注”中说明'),
      ]);
      expect(warned[0].where.entries[0]).toMatchObject({ type: 'note', code: '8' });
      expect(await api['table-notes:set']({ tableNo: 8, text: `  ${NOTE}\r\n第二行。 ` })).toEqual({
        tableNo: 8,
        text: `${NOTE}\n第二行。`,
      });
      expect((await api['book:snapshot']({})).tableNotes).toEqual({ 8: `${NOTE}\n第二行。` });
      expect(await api['validate:run']({})).toEqual([]);
      return exportedXlsx(api);
    });
    expect(rulesOf((await validate(path)).findings)).toEqual([]);

    const wb = await readWorkbook(xlsx);
    const ws = wb.worksheets.find((w) => /^表8/.test(w.name));
    expect(ws).toBeDefined();
    const grid = gridOf(ws!).rows;
    const noteRow = grid.findIndex((r) => r[0] === `注：${NOTE}\n第二行。`);
    const lastBody = grid.findIndex((r) => r.some((v) => v === 0.3));
    expect(lastBody).toBeGreaterThan(0);
    expect(noteRow).toBeGreaterThan(lastBody);
    // Wrapped across the table's width, tall enough for both lines of the note.
    const cell = ws!.getCell(noteRow + 1, 1);
    expect(cell.alignment?.wrapText).toBe(true);
    expect(cell.isMerged).toBe(true);
    expect(ws!.getRow(noteRow + 1).height).toBeGreaterThanOrEqual(2 * 14);
    expect(grid.flat()).not.toContain('注：无');
  });

  it('clearing the note brings the warning back; refused input changes nothing', async () => {
    const path = await fundBook();
    await withApi(path, async (api) => {
      await api['table-notes:set']({ tableNo: 8, text: NOTE });
      expect(await api['validate:run']({})).toEqual([]);
      await expect(api['table-notes:set']({ tableNo: 5, text: 'x' })).rejects.toThrow(
        /表5“一般公共预算支出情况表（按功能分类科目）”不设表注，可填写表注的是表8、表9/,
      );
      await expect(api['table-notes:set']({ tableNo: 14, text: 'x' })).rejects.toThrow(/没有表14/);
      await expect(api['table-notes:set']({ tableNo: 8, text: '字'.repeat(2001) })).rejects.toThrow(
        /表8的表注有 2001 个字，最多 2000 个字/,
      );
      expect((await api['book:snapshot']({})).tableNotes).toEqual({ 8: NOTE });
      expect(await api['table-notes:set']({ tableNo: 8, text: '  ' })).toEqual({
        tableNo: 8,
        text: '',
      });
      expect((await api['book:snapshot']({})).tableNotes).toEqual({});
      expect((await api['validate:run']({})).map((f) => f.key)).toEqual(['FUND-TABLE-NOTE:8']);
    });
  });
});
