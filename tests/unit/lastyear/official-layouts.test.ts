/**
 * The tolerant reader on workbooks generated here in four layouts: our own export, the sample's
 * page-split tables with repeated title and header, [code]name labels (and code and name in two
 * cells), and amounts in 元. Each must read back exactly the figures the tables print.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readOfficialWorkbook,
  type OfficialRead,
} from '../../../src/main/import/official/read-official';
import type { BookDb } from '../../../src/main/ledger/book-db';
import { listProjects } from '../../../src/main/ledger/projects';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import { getCatalog } from '../../../src/shared/catalogs';
import { figuresOfTables } from '../../../src/shared/compare';
import { deriveTables } from '../../../src/shared/tables/engine';
import type { TableModel } from '../../../src/shared/tables/model';
import { getPack } from '../../../src/shared/tables/packs';
import { fullExport, sampleBook, tempDir, toBuffer } from './helpers';
import { writeOfficial, type Layout } from './official-writer';

let t: ReturnType<typeof tempDir>;
let book: BookDb;
let models: TableModel[];

beforeAll(() => {
  t = tempDir();
  book = sampleBook(t.dir);
  models = deriveTables(loadSnapshot(book));
});
afterAll(() => {
  book.close();
  t.cleanup();
});

const read = (bytes: Uint8Array, name = 'last.xlsx'): Promise<OfficialRead> =>
  readOfficialWorkbook(name, bytes, {
    pack: getPack('jiangmen-2021'),
    catalog: getCatalog(2021),
    projects: listProjects(book),
  });

/** table|rowKey|column → 分, of what was read. */
function figuresRead(r: OfficialRead): Map<string, number> {
  const m = new Map<string, number>();
  for (const tb of r.tables)
    for (const row of tb.rows)
      for (const f of row.figures)
        m.set(`${tb.tableNo}|${row.rowKey}|${f.columnIndex}`, f.amountFen);
  return m;
}

/** What the tables print (rounded to 0.01 万元), or the exact 分 when written in 元. */
function expected(numbers: readonly number[], exact = false): Map<string, number> {
  const chosen = models.filter((m) => numbers.includes(m.number));
  const m = new Map<string, number>();
  const rounded = figuresOfTables(chosen);
  for (const f of rounded) m.set(`${f.tableNo}|${f.rowKey}|${f.columnIndex}`, f.amountFen);
  if (exact) {
    // Same keys, exact amounts: re-derive the 分 of each printed cell from the models.
    for (const model of chosen) {
      // Side-by-side tables (表1, 表4): a text column after an amount column starts the right half.
      const half = model.columns.findIndex(
        (c, i) => i > 0 && c.kind === 'text' && model.columns[i - 1].kind === 'amount',
      );
      const split = half > 0;
      for (const row of model.rows) {
        const keys = row.key.split('|');
        row.cells.forEach((c, col) => {
          if (c.kind !== 'amount') return;
          const key = split ? keys[col < half ? 0 : 1] : row.key;
          if (key) m.set(`${model.number}|${key}|${col}`, c.fen);
        });
      }
    }
  }
  return m;
}

async function workbookOf(parts: { n: number; layout: Layout; sheet?: string }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const p of parts)
    writeOfficial(
      wb.addWorksheet(p.sheet ?? `Sheet${p.n}`),
      models.find((m) => m.number === p.n)!,
      p.layout,
    );
  return toBuffer(wb);
}

const ALL = Array.from({ length: 13 }, (_, i) => i + 1);

describe('official-layout reader', () => {
  it('reads our own export (without its hidden part) figure for figure, nothing unrecognised', async () => {
    const r = await read(await fullExport(book, false));
    expect(r.tables.map((x) => x.tableNo)).toEqual(ALL);
    expect(r.missingTables).toEqual([]);
    expect(r.unrecognised).toEqual([]);
    expect(figuresRead(r)).toEqual(expected(ALL));
    expect(r.figureCount).toBe(expected(ALL).size);
    const t1 = r.tables[0];
    expect(t1.rows.find((x) => x.rowKey === 'fixed:incomeYear')?.figures).toEqual([
      { columnIndex: 1, caption: '预算', amountFen: 7_507_900_000 / 10 },
    ]);
  });

  it('reads page-split tables with repeated title and header, blank rows and a blank column, and lists the missing tables', async () => {
    const bytes = await workbookOf([
      {
        n: 1,
        layout: {
          unit: '万元',
          pageRows: 12,
          title: '江门市人力资源和社会保障局信息中心2021年部门预算收支总体情况表',
          continuedTitle: '收支总体情况表（续）',
        },
      },
      {
        n: 4,
        layout: {
          unit: '万元',
          pageRows: 12,
          numbersAsText: true,
          title: '表4 2021年财政拨款收支总体情况表',
        },
      },
      { n: 3, layout: { unit: '万元', pageRows: 8, blankColumn: true } },
      { n: 5, layout: { unit: '万元', pageRows: 6 } },
      { n: 6, layout: { unit: '万元', pageRows: 10, blankColumn: true } },
    ]);
    const r = await read(bytes);
    expect(r.tables.map((x) => x.tableNo)).toEqual([1, 3, 4, 5, 6]);
    expect(r.missingTables.map((x) => x.tableNo)).toEqual([2, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.unrecognised).toEqual([]);
    expect(figuresRead(r)).toEqual(expected([1, 3, 4, 5, 6]));
    // Rows of the second page come from below the repeated header, not the header itself.
    const t3 = r.tables.find((x) => x.tableNo === 3)!;
    expect(t3.rows.length).toBe(models[2].rows.length);
  });

  it('reads [code]name labels, code and name in two cells, a one-row header, and numbers stored as text', async () => {
    const bytes = await workbookOf([
      {
        n: 2,
        layout: { unit: '万元', labels: 'bracket', flatHeader: true, numbersAsText: true },
        sheet: '表2',
      },
      { n: 3, layout: { unit: '万元', labels: 'bracket' } },
      { n: 5, layout: { unit: '万元', labels: 'split', numbersAsText: true } },
    ]);
    const r = await read(bytes);
    expect(r.tables.map((x) => x.tableNo)).toEqual([2, 3, 5]);
    expect(r.unrecognised).toEqual([]);
    expect(figuresRead(r)).toEqual(expected([2, 3, 5]));
    const fn = r.tables.find((x) => x.tableNo === 5)!.rows.find((x) => x.rowKey === 'fn:2080199')!;
    expect(fn).toMatchObject({ code: '2080199', label: '其他人力资源和社会保障管理事务支出' });
  });

  it('reads a workbook in 元 (from its 单位 line) to the exact 分', async () => {
    const parts = ALL.map((n) => ({
      n,
      layout: { unit: '元', numbersAsText: n % 2 === 0 } as Layout,
      sheet: `表${n}`,
    }));
    const r = await read(await workbookOf(parts));
    expect(r.tables.every((x) => x.unit === '元')).toBe(true);
    expect(r.unrecognised).toEqual([]);
    expect(figuresRead(r)).toEqual(expected(ALL, true));
  });

  it('reads table 13 by project code, and refuses a 21-digit code that Excel stored as a number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表13');
    writeOfficial(ws, models[12], { unit: '万元' });
    // Row 6 is the first project (title, unit line, two header rows, 合计); typed as a number,
    // Excel keeps 15 significant digits.
    const typed = Number(String(ws.getCell(6, 1).value));
    ws.getCell(6, 1).value = typed;
    const r = await read(await toBuffer(wb));
    expect(r.unrecognised).toEqual([
      `工作表“表13”第 6 行 A 列：编码“${String(typed)}”以数字存放，超过 15 位的部分已丢失，该行未读取；请把该列设为文本后重新录入编码`,
    ]);
    const keys = r.tables[0].rows.map((x) => x.rowKey);
    expect(keys).toEqual(
      models[12].rows.map((x) => x.key).filter((k) => k !== models[12].rows[1].key),
    );
  });

  it('lists what it does not recognise: an unknown row, an unknown amount column, a missing column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表7');
    const next = writeOfficial(ws, models[6], { unit: '万元', flatHeader: true });
    ws.getCell(next, 1).value = '（四）会议费';
    ws.getCell(next, 2).value = 3.5;
    ws.getCell(3, 7).value = '备用金';
    ws.getCell(5, 7).value = '1.00';
    ws.spliceColumns(4, 1); // drop 政府性基金预算
    const r = await read(await toBuffer(wb));
    expect(r.unrecognised).toEqual([
      `工作表“表7”第 ${next} 行“（四）会议费”：不是表7“财政拨款安排的行政经费及“三公”经费预算表”中能识别的行，未读取`,
      '表7“财政拨款安排的行政经费及“三公”经费预算表”：没有“政府性基金预算”列，该列的上年数未读取',
      '表7“财政拨款安排的行政经费及“三公”经费预算表”（工作表“表7” F 列）：“备用金”不是本表的列，未读取',
    ]);
    expect(r.tables[0].rows.map((x) => x.rowKey)).toEqual(models[6].rows.map((x) => x.key));
  });
});
