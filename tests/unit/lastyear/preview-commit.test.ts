/**
 * lastyear:preview stores nothing; lastyear:commit stores exactly the figures the preview showed
 * (and only once); a preview of another book or an old preview is refused.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { listLastYear } from '../../../src/main/ledger/last-year';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import type { ApiHandlers } from '../../../src/shared/api/contract';
import { deriveTables } from '../../../src/shared/tables/engine';
import { sampleBook, tempDir, toBuffer } from './helpers';
import { writeOfficial } from './official-writer';

let t: ReturnType<typeof tempDir>;
let ctx: HandlerContext;
let api: ApiHandlers;
let file: string;

beforeAll(async () => {
  t = tempDir();
  const book = sampleBook(t.dir);
  ctx = { book, dataDir: t.dir };
  api = createHandlers(ctx);
  const models = deriveTables(loadSnapshot(book));
  const wb = new ExcelJS.Workbook();
  writeOfficial(wb.addWorksheet('表1'), models[0], { unit: '元', pageRows: 14 });
  writeOfficial(wb.addWorksheet('表7'), models[6], { unit: '万元', numbersAsText: true });
  file = (await toBuffer(wb)).toString('base64');
});
afterAll(() => {
  ctx.book?.close();
  t.cleanup();
});

describe('lastyear:preview → lastyear:commit', () => {
  it('stores exactly what the preview showed, once', async () => {
    const p = await api['lastyear:preview']({ fileName: '上年.xlsx', contentBase64: file });
    expect(listLastYear(ctx.book!)).toEqual([]);
    expect(p.tables.map((x) => x.tableNo)).toEqual([1, 7]);
    expect(p.missingTables).toHaveLength(11);
    const shown = p.tables.flatMap((tb) =>
      tb.rows.flatMap((r) =>
        r.figures.map((f) => ({
          tableNo: tb.tableNo,
          rowKey: r.rowKey,
          code: r.code,
          label: r.label,
          ...f,
        })),
      ),
    );
    expect(shown).toHaveLength(p.figureCount);

    const res = await api['lastyear:commit']({ previewId: p.previewId });
    expect(res).toEqual({ stored: p.figureCount, tables: [1, 7] });
    expect(listLastYear(ctx.book!).map(({ id: _id, ...f }) => f)).toEqual(shown);
    await expect(api['lastyear:commit']({ previewId: p.previewId })).rejects.toMatchObject({
      code: 'PREVIEW_EXPIRED',
    });
  });

  it('refuses a preview made before the book was switched', async () => {
    const p = await api['lastyear:preview']({ fileName: '上年.xlsx', contentBase64: file });
    const stored = listLastYear(ctx.book!).length;
    await api['book:open-sample']({ path: `${t.dir}/other.sqlite` });
    await expect(api['lastyear:commit']({ previewId: p.previewId })).rejects.toMatchObject({
      code: 'PREVIEW_EXPIRED',
      message: '这份预览已失效（预算已切换或已导入过），请重新选择工作簿预览后再确认导入',
    });
    expect(listLastYear(ctx.book!)).toEqual([]);
    expect(stored).toBeGreaterThan(0);
  });
});
