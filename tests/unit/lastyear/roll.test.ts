/**
 * 结转到下一年度 and the year-on-year comparison: the 2022 book gets the units, the projects with
 * their codes, the basic lines as draft and the 2021 tables as last year's figures, which compare
 * then shows beside the 2022 figures; a line under the retired 类 234 is carried and listed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { runCli } from '../../../src/main/cli';
import { BookDb } from '../../../src/main/ledger/book-db';
import { listLastYear } from '../../../src/main/ledger/last-year';
import { insertLines, listLines } from '../../../src/main/ledger/lines';
import { listProjects } from '../../../src/main/ledger/projects';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import { getTexts } from '../../../src/main/ledger/texts';
import { listUnits } from '../../../src/main/ledger/units';
import { compareTables, figuresOfTables } from '../../../src/shared/compare';
import { deriveTables } from '../../../src/shared/tables/engine';
import { sampleBook, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeAll(() => {
  t = tempDir();
  process.env.BUDGETDESK_DATA_DIR = join(t.dir, 'data');
});
afterAll(() => t.cleanup());

describe('book:roll', () => {
  it('rolls the 2021 sample into 2022 and compare shows the 2021 figures as last year', async () => {
    const src = sampleBook(t.dir, '2021.sqlite');
    insertLines(src, [
      {
        unitCode: '404011',
        functionCode: '2340101',
        deptEconCode: '30201',
        govEconCode: '50502',
        kind: '基本支出-公用经费',
        projectCode: null,
        fundSource: '一般公共预算',
        amountFen: 500_000,
      },
    ]);
    const before = loadSnapshot(src);
    const ctx: HandlerContext = { book: src, dataDir: t.dir };
    const api = createHandlers(ctx);
    const path = join(t.dir, '2022.sqlite');
    const report = await api['book:roll']({ path, year: 2022 });
    const basic = before.lines.filter((l) => l.kind.startsWith('基本支出'));
    expect(report).toMatchObject({
      path,
      year: 2022,
      packId: 'jiangmen-2022',
      units: 1,
      projects: 8,
      lines: basic.length,
    });
    expect(report.retiredCodes).toEqual([
      `明细第 ${before.lines.at(-1)!.id} 行（404011，基本支出-公用经费，5000.00 元）：功能科目“2340101”在 2022 年科目中已不存在，请改为 2022 年的科目`,
    ]);
    expect(ctx.book).toBe(src);

    const next = BookDb.open(path);
    expect(next.info()).toMatchObject({ year: 2022, packId: 'jiangmen-2022', unitCode: '404011' });
    expect(listUnits(next)).toEqual(before.units);
    const projects = listProjects(next);
    expect(projects.map((p) => [p.code, p.name, p.level, p.parentCode, p.isKey])).toEqual(
      before.projects.map((p) => [p.code, p.name, p.level, p.parentCode, p.isKey]),
    );
    expect(projects.every((p) => p.approvedFen === null && p.procurementServicesFen === 0)).toBe(
      true,
    );
    expect(listLines(next).map(({ id: _i, ...l }) => l)).toEqual(
      basic.map(({ id: _i, ...l }) => l),
    );
    expect(getTexts(next)).toEqual(getTexts(src));
    const figures = figuresOfTables(deriveTables(before));
    expect(listLastYear(next).map(({ id: _i, ...f }) => f)).toEqual(figures);

    // Year on year: 2022 has only the basic draft; 2021's 收入 and 支出 are last year's: the
    // sample's 750.79 plus the 0.50 万元 line added above; 支出 stays 968.73 because 类 234 is
    // not among the 23 类 表1 prints (审核 reports that imbalance).
    const rows = compareTables(deriveTables(loadSnapshot(next)), listLastYear(next));
    const income = rows.find((r) => r.table === 1 && r.rowKey === 'fixed:incomeYear')!;
    expect(income).toMatchObject({
      label: '本年收入合计',
      lastYearFen: 751_290_000,
      columnIndex: 1,
    });
    const spending = rows.find((r) => r.table === 1 && r.rowKey === 'fixed:expenditureAll')!;
    expect(spending.lastYearFen).toBe(968_730_000);
    expect(spending.thisYearFen).toBe(basic.reduce((s, l) => s + l.amountFen, 0) - 500_000);
    // Project rows of 2021 print no 2022 figure: thisYear null, change null.
    const project = rows.find(
      (r) => r.table === 13 && r.rowKey === 'project:440700210000000035573',
    )!;
    expect(project).toMatchObject({
      thisYearFen: null,
      lastYearFen: 418_800_000,
      change: null,
      percent: null,
    });
    next.close();
    src.close();
  });

  it('refuses a wrong year or an existing file, leaving nothing behind', async () => {
    const src = sampleBook(t.dir, 'r2021.sqlite');
    const api = createHandlers({ book: src, dataDir: t.dir });
    await expect(
      api['book:roll']({ path: join(t.dir, 'r2023.sqlite'), year: 2023 }),
    ).rejects.toMatchObject({
      message: '结转的年度应为 2022（本预算为 2021 年），收到“2023”',
    });
    await expect(
      api['book:roll']({ path: join(t.dir, 'r2021.sqlite'), year: 2022 }),
    ).rejects.toMatchObject({ code: 'BOOK_EXISTS' });
    expect(existsSync(join(t.dir, 'r2023.sqlite'))).toBe(false);
    expect(readdirSync(t.dir).filter((f) => f.includes('rolling'))).toEqual([]);
    src.close();
  });
});

describe('compare', () => {
  it('works out change and percent on the printed figures, as 第三部分 words them', () => {
    const t1 = deriveTables(loadSnapshot(sampleBookMemo()), [1]);
    const rows = compareTables(t1, [
      {
        id: 1,
        tableNo: 1,
        rowKey: 'fixed:incomeYear',
        code: '',
        label: '本年收入合计',
        columnIndex: 1,
        caption: '预算',
        amountFen: 1_187_450_000,
      },
      {
        id: 2,
        tableNo: 1,
        rowKey: 'fixed:expenditureAll',
        code: '',
        label: '支出总计',
        columnIndex: 3,
        caption: '预算',
        amountFen: 1_189_010_000,
      },
      {
        id: 3,
        tableNo: 1,
        rowKey: 'fixed:fn:234',
        code: '',
        label: '抗疫特别国债安排的支出',
        columnIndex: 3,
        caption: '预算',
        amountFen: 10_000_000,
      },
    ]);
    // layout-notes §6.1: 750.79, 比上年减少 436.66, 下降 36.77%; 968.73, −220.28, −18.53%.
    expect(rows.find((r) => r.rowKey === 'fixed:incomeYear')).toMatchObject({
      change: -436.66,
      percent: -36.77,
    });
    expect(rows.find((r) => r.rowKey === 'fixed:expenditureAll')).toMatchObject({
      change: -220.28,
      percent: -18.53,
    });
    expect(rows.at(-1)).toMatchObject({
      rowKey: 'fixed:fn:234',
      thisYearFen: null,
      lastYearFen: 10_000_000,
      label: '抗疫特别国债安排的支出',
    });
    expect(rows.find((r) => r.rowKey === 'fixed:fn:201')).toMatchObject({
      thisYearFen: 0,
      lastYearFen: null,
      change: null,
    });
  });

  it('budgetdesk roll, import-last-year and compare --json on real files', async () => {
    const lines: string[] = [];
    const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(`ERR ${s}`) };
    const a = join(t.dir, 'c2021.sqlite');
    const b = join(t.dir, 'c2022.sqlite');
    expect(await runCli(['sample', a], io)).toBe(0);
    expect(await runCli(['roll', a, b, '--year', '2022'], io)).toBe(0);
    expect(lines.at(-1)).toMatch(
      /^已结转到 2022 年预算“.*c2022\.sqlite”：单位 1 个，延续项目 8 个，基本支出明细 \d+ 行，上年数 \d+ 个；表式：江门市 2022 年部门预算公开表式$/,
    );
    lines.length = 0;
    expect(await runCli(['compare', b, '--json'], io)).toBe(0);
    const json = JSON.parse(lines.join('\n')) as Record<string, unknown>[];
    expect(Object.keys(json[0])).toEqual(['table', 'code', 'label', 'thisYear', 'lastYear']);
    expect(json).toContainEqual({
      table: 1,
      code: '',
      label: '本年收入合计',
      thisYear: expect.any(Number),
      lastYear: 750.79,
    });
    expect(json).toContainEqual({
      table: 5,
      code: '2080199',
      label: '其他人力资源和社会保障管理事务支出',
      thisYear: 251.09,
      lastYear: 424.19,
    });
    // A 2021 project row has no 2022 figure (project lines are not carried).
    expect(json).toContainEqual({
      table: 13,
      code: '440700210000000035573',
      label: '专项业务支出',
      thisYear: null,
      lastYear: 418.8,
    });

    // import-last-year replaces the rolled figures with what a workbook holds (here our export).
    const xlsx = join(t.dir, 'c2021.xlsx');
    expect(await runCli(['export', a, '--out', xlsx], io)).toBe(0);
    lines.length = 0;
    expect(await runCli(['import-last-year', b, xlsx, '--preview'], io)).toBe(0);
    expect(lines.at(-1)).toBe('共读到 803 个数字（仅预览，未保存）');
    lines.length = 0;
    expect(await runCli(['import-last-year', b, xlsx], io)).toBe(0);
    expect(lines.at(-1)).toBe(
      '已保存上年数 803 个（表1、表2、表3、表4、表5、表6、表7、表8、表9、表10、表11、表12、表13）',
    );
    expect(await runCli(['compare', b, '--bogus'], io)).toBe(2);
  });
});

let memo: BookDb | undefined;
/** The sample as an in-memory book, for the pure comparison. */
function sampleBookMemo(): BookDb {
  memo ??= sampleBook(t.dir, 'memo.sqlite');
  return memo;
}
afterAll(() => memo?.close());
