/**
 * 上年数据 in a real Chromium against the real browser mode, on the sample book: a last-year
 * workbook generated here (page-split tables in 元, one row the reader cannot place) is previewed
 * figure by figure with what was not recognised and the missing tables, 确认导入 stores it, and
 * the year-on-year view shows 本年, 上年, 增减 and 增减%; then 结转到下一年度 writes the 2022 book.
 * Screenshots go to /tmp/budgetdesk-ui-last-year-*.png.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../src/shared/tables/engine';
import type { TableModel } from '../../src/shared/tables/model';
import { writeOfficial } from '../unit/lastyear/official-writer';
import { openSample, startE2e, type E2eSession } from './harness';

let s: E2eSession;

beforeAll(async () => {
  s = await startE2e();
});
afterAll(async () => {
  await s?.close();
});

/** "Last year": the sample's tables with every amount 10% higher, to the 分. */
function lastYearModels(): TableModel[] {
  return deriveTables(sampleSnapshot()).map((m) => ({
    ...m,
    rows: m.rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) =>
        c.kind === 'amount' ? { kind: 'amount', fen: Math.round((c.fen * 11) / 10) } : c,
      ),
    })),
  }));
}

async function lastYearWorkbook(): Promise<Buffer> {
  const models = lastYearModels();
  const wb = new ExcelJS.Workbook();
  for (const n of [1, 3, 5, 7]) {
    const ws = wb.addWorksheet(`表${n}`);
    const next = writeOfficial(ws, models[n - 1], {
      unit: '元',
      pageRows: 12,
      numbersAsText: n === 5,
    });
    if (n === 7) {
      ws.getCell(next, 1).value = '（四）会议费';
      ws.getCell(next, 2).value = 3500;
    }
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const shot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: `/tmp/budgetdesk-ui-last-year-${name}.png`, fullPage: false });

describe('上年数据 (browser mode)', () => {
  it('opens the sample and the 上年数据 section with no last year yet', async () => {
    const { page } = s;
    await openSample(s);
    await page
      .getByRole('navigation', { name: '预算编制' })
      .getByRole('button', { name: /^上年数据/ })
      .click();
    await page.getByRole('heading', { name: '上年数据' }).waitFor();
    await page.getByText('尚无上年数').waitFor();
  });

  it('previews a generated workbook figure by figure, with what was not recognised', async () => {
    const { page } = s;
    // Chosen in the file dialog, by pasting the workbook's whole path into its 文件夹 field.
    const file = join(s.workDir, '2020年部门预算公开表.xlsx');
    writeFileSync(file, await lastYearWorkbook());
    await page.getByRole('button', { name: '选择上年工作簿…' }).click();
    const dialog = page.getByRole('dialog', { name: '选择上年公开表工作簿' });
    await dialog.getByRole('textbox', { name: '文件夹', exact: true }).fill(file);
    await dialog.getByRole('textbox', { name: '文件夹', exact: true }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const preview = page.locator('[data-test="lastyear-preview"]');
    await preview.waitFor();
    expect(await preview.locator('.summary').innerText()).toMatch(
      /读到 4 张表、\d+ 个数字。\s*缺少 9 张表。/,
    );
    expect(await preview.locator('.missing').innerText()).toContain('表2 收入总体情况表');
    expect(await preview.locator('.unrecognised').innerText()).toContain('“（四）会议费”：不是表7');
    // 表1 is shown first: 本年收入合计 of last year = 750.79 × 1.1 (to the 分, shown in 万元).
    const incomeRow = preview.locator('tbody tr', { hasText: '本年收入合计' });
    expect(await incomeRow.innerText()).toContain('825.87');
    await preview.getByRole('tab', { name: '表5' }).click();
    expect(await preview.locator('tbody tr', { hasText: '2080199' }).innerText()).toContain(
      '466.61',
    );
    await preview.getByRole('tab', { name: '表1' }).click();
    await shot(page, 'preview');
    expect(s.pageErrors).toEqual([]);
  });

  it('确认导入 stores it and the year-on-year view shows 本年, 上年, 增减, 增减%', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入上年数' }).waitFor();
    const yoy = page.locator('[data-test="year-on-year"]');
    const income = yoy.locator('tbody tr', { hasText: '本年收入合计' });
    // 750.79 against 825.87: −75.08, −9.09%.
    expect((await income.innerText()).split(/\s+/)).toEqual([
      '本年收入合计',
      '预算',
      '750.79',
      '825.87',
      '-75.08',
      '-9.09%',
    ]);
    await yoy.getByRole('tab', { name: '表5' }).click();
    const row = yoy.locator('tbody tr', { hasText: '[2080199]' });
    expect(await row.innerText()).toContain('424.19');
    await yoy.scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: '本年与上年对比' }).scrollIntoViewIfNeeded();
    await shot(page, 'compare');
    expect(s.pageErrors).toEqual([]);
  });

  it('结转到下一年度 writes the 2022 book and reports it', async () => {
    const { page } = s;
    const path = join(s.workDir, '2022年部门预算-404011.sqlite');
    await page.getByLabel('下一年度预算文件').fill(path);
    await page.getByRole('button', { name: '结转到下一年度' }).click();
    const status = page.getByRole('status').filter({ hasText: '已新建 2022 年预算' });
    await status.waitFor();
    expect(await status.innerText()).toMatch(/延续项目 8 个，基本支出明细 \d+ 行，上年数 \d+ 个/);
    expect(existsSync(path)).toBe(true);
    expect(s.pageErrors).toEqual([]);
  });
});
