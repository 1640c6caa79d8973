/**
 * Every bad file is refused with a Chinese message saying what was found and what is missing,
 * and nothing is stored: the book's last year's figures stay exactly as they were.
 */
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { listLastYear, replaceLastYear } from '../../../src/main/ledger/last-year';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import type { ApiHandlers } from '../../../src/shared/api/contract';
import { deriveTables } from '../../../src/shared/tables/engine';
import type { TableModel } from '../../../src/shared/tables/model';
import { fullExport, sampleBook, tempDir, toBuffer } from './helpers';
import { writeOfficial } from './official-writer';

let t: ReturnType<typeof tempDir>;
let ctx: HandlerContext;
let api: ApiHandlers;
let models: TableModel[];
const before = { count: 0 };

beforeAll(async () => {
  t = tempDir();
  const book = sampleBook(t.dir);
  models = deriveTables(loadSnapshot(book));
  // Earlier figures that a refused import must leave alone.
  replaceLastYear(book, [
    {
      tableNo: 1,
      rowKey: 'fixed:incomeYear',
      code: '',
      label: '本年收入合计',
      columnIndex: 1,
      caption: '预算',
      amountFen: 11_874_500_000 / 10,
    },
  ]);
  before.count = listLastYear(book).length;
  ctx = { book, dataDir: t.dir };
  api = createHandlers(ctx);
});
afterAll(() => {
  ctx.book?.close();
  t.cleanup();
});

async function refused(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ message: string; details: string[] }> {
  const failure = await api['lastyear:preview']({
    fileName,
    contentBase64: Buffer.from(bytes).toString('base64'),
  }).then(
    () => null,
    (e: unknown) => e as { code: string; message: string; details?: string[] },
  );
  expect(failure).not.toBeNull();
  expect(failure!.code).toBe('IMPORT_REJECTED');
  expect(listLastYear(ctx.book!)).toHaveLength(before.count);
  expect(listLastYear(ctx.book!)[0].amountFen).toBe(1_187_450_000);
  return { message: failure!.message, details: failure!.details ?? [] };
}

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return toBuffer(wb);
}

const table = (n: number): TableModel => models.find((m) => m.number === n)!;

describe('bad last-year files: refused, nothing stored', () => {
  it('random bytes named .xlsx', async () => {
    const { message } = await refused('上年.xlsx', randomBytes(2048));
    expect(message).toBe(
      '“上年.xlsx”不是 .xlsx 工作簿（文件内容不是 Excel 工作簿）。请在 Excel 中打开后另存为“Excel 工作簿 (*.xlsx)”再导入。' +
        '找到：无；缺少：表1、表2、表3、表4、表5、表6、表7、表8、表9、表10、表11、表12、表13',
    );
  });

  it('a CSV (renamed or not)', async () => {
    const csv = Buffer.from('项目,预算\n一、财政拨款,723.03\n', 'utf8');
    expect((await refused('上年.csv', csv)).message).toContain('这是 CSV 文本文件');
    expect((await refused('上年.xlsx', csv)).message).toContain('不是 .xlsx 工作簿');
  });

  it('an encrypted workbook (OLE compound file header)', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      randomBytes(4088),
    ]);
    const { message } = await refused('加密.xlsx', ole);
    expect(message).toMatch(
      /^“加密\.xlsx”是加密（设置了打开密码）的工作簿或旧版 \.xls 文件，无法读取。请.*删除密码.*找到：无；缺少：表1、/,
    );
  });

  it('an empty file and a damaged zip', async () => {
    const empty = (await refused('空.xlsx', new Uint8Array())).message;
    expect(empty).toContain('是空文件（0 字节）');
    expect(empty).toContain('找到：无；缺少：表1、表2');
    const zip = await fullExport(ctx.book!, false);
    expect((await refused('半截.xlsx', zip.subarray(0, 3000))).message).toContain(
      '无法作为 .xlsx 工作簿读取',
    );
  });

  it('an empty workbook lists all thirteen tables as missing', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('Sheet2');
    });
    const { message } = await refused('空表.xlsx', bytes);
    expect(message).toBe(
      '“空表.xlsx”是空工作簿：2 个工作表都没有内容。找到：无；缺少：表1、表2、表3、表4、表5、表6、表7、表8、表9、表10、表11、表12、表13。请选择填有上年公开表的工作簿',
    );
  });

  it('a workbook with no recognisable table names its sheets', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('工资表');
      ws.addRow(['姓名', '基本工资']);
      ws.addRow(['张三', 5000]);
    });
    const { message } = await refused('工资.xlsx', bytes);
    expect(message).toContain(
      '“工资.xlsx”中没有可识别的公开表：工作表 “工资表” 里找不到任何一张表的标题',
    );
    expect(message).toContain('找到：无；缺少：表1、表2');
  });

  it('text where an amount must be: every bad cell named, found and missing tables listed', async () => {
    const bytes = await workbook((wb) => {
      writeOfficial(wb.addWorksheet('表5'), table(5), { unit: '万元' });
      const ws = wb.addWorksheet('表7');
      writeOfficial(ws, table(7), { unit: '万元' });
      ws.getCell(6, 2).value = '一点三';
    });
    const { message, details } = await refused('有误.xlsx', bytes);
    expect(message).toBe(
      '“有误.xlsx”有 1 处金额不是数字，未导入任何数据；请改正后重新导入。找到：表5、表7；缺少：表1、表2、表3、表4、表6、表8、表9、表10、表11、表12、表13',
    );
    expect(details).toEqual([
      '工作表“表7”第 6 行 B 列（表7“财政拨款安排的行政经费及“三公”经费预算表”“合计”列）：“一点三”不是金额，请填写数字',
    ]);
  });

  it('a duplicated table (two sheets with 表5) names both places', async () => {
    const bytes = await workbook((wb) => {
      writeOfficial(wb.addWorksheet('表5'), table(5), { unit: '万元' });
      writeOfficial(wb.addWorksheet('表5 副本'), table(5), { unit: '万元' });
      writeOfficial(wb.addWorksheet('表6'), table(6), { unit: '万元' });
    });
    const { message, details } = await refused('重复.xlsx', bytes);
    expect(message).toContain(
      '“重复.xlsx”中有重复的表（表5），无法确定以哪一份为准，未导入任何数据',
    );
    expect(message).toContain('找到：表5、表6');
    expect(details).toEqual([
      '表5“一般公共预算支出情况表（按功能分类科目）”出现了 2 次：工作表“表5”第 1 行；工作表“表5 副本”第 1 行',
    ]);
  });

  it('a continuation sheet named 续 is not a duplicate', async () => {
    const t5 = table(5);
    const bytes = await workbook((wb) => {
      writeOfficial(
        wb.addWorksheet('表5'),
        { ...t5, rows: t5.rows.slice(0, 10) },
        { unit: '万元' },
      );
      writeOfficial(
        wb.addWorksheet('表5（续）'),
        { ...t5, rows: t5.rows.slice(10) },
        { unit: '万元' },
      );
    });
    const p = await api['lastyear:preview']({
      fileName: '续.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    expect(p.tables.map((x) => [x.tableNo, x.sheets, x.rows.length])).toEqual([
      [5, ['表5', '表5（续）'], t5.rows.length],
    ]);
    expect(listLastYear(ctx.book!)).toHaveLength(before.count);
  });

  it('import-book refuses an official-layout workbook without our hidden part, creating no file', async () => {
    const bytes = await fullExport(ctx.book!, false);
    const path = `${t.dir}/不应出现.sqlite`;
    await expect(
      api['book:import-workbook']({
        fileName: '公开表.xlsx',
        contentBase64: bytes.toString('base64'),
        path,
      }),
    ).rejects.toMatchObject({
      code: 'IMPORT_REJECTED',
      message: expect.stringContaining('不是 BudgetDesk 导出的完整工作簿'),
    });
    const { existsSync, readdirSync } = await import('node:fs');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(t.dir).filter((f) => f.includes('不应出现'))).toEqual([]);
  });
});
