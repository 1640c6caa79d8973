/**
 * Helpers of workspace-preview.test.ts: moving between screens, reading the previewed table as
 * text, comparing its rows with the published figures of the 2021 sample, reading an exported
 * workbook back with exceljs, and screenshots.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Published figures (万元) per table: a row found by label or code, and amounts it must show. */
export const PUBLISHED: Record<number, [string, string[]][]> = {
  1: [
    ['收入总计', ['968.73', '968.73']],
    ['本年收入合计', ['750.79']],
    ['八、社会保障和就业支出', ['905.99']],
  ],
  2: [
    ['2210201', ['24.07', '24.07']],
    ['221', ['37.98']],
  ],
  3: [
    ['合计', ['968.73', '349.73', '619.00']],
    ['2080199', ['669.89', '251.09', '418.80']],
  ],
  4: [
    ['收入总计', ['723.03', '723.03']],
    ['八、社会保障和就业支出', ['660.29']],
  ],
  5: [
    ['合计', ['723.03', '349.73', '373.30']],
    ['2100799', ['7.56', '7.56']],
    ['21011', ['17.20']],
  ],
  6: [
    ['30107', ['146.85']],
    ['301', ['323.03']],
    ['302', ['19.13']],
  ],
  7: [
    ['“三公”经费', ['1.30', '1.30']],
    ['2. 公务用车运行维护费', ['1.20']],
    ['（三）公务接待费支出', ['0.10']],
  ],
  8: [['合计', ['0.00', '0.00', '0.00']]],
  9: [['合计', ['0.00', '0.00', '0.00']]],
  10: [
    ['31007', ['173.10']],
    ['50601', ['200.20']],
  ],
  11: [
    ['工资福利支出', ['323.03', '323.03', '323.03']],
    ['江门市人力资源和社会保障局信息中心-小计', ['349.73']],
  ],
  12: [['--2021年江门市中央就业补助资金', ['50.20', '50.20', '50.20']]],
  13: [['440700210000000035573', ['418.80']]],
};

export const shot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: `/tmp/budgetdesk-ui-${name}.png` });

export async function section(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '预算编制' })
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click();
  await page
    .getByRole('heading', { name: new RegExp(`^${title}`) })
    .first()
    .waitFor();
}

/** Cell texts of every body row of the previewed table. */
export async function previewRows(page: Page, table: number): Promise<string[][]> {
  await page.locator(`.tabs [data-table="${table}"]`).click();
  const sheet = page.locator(`article.sheet[data-table="${table}"]`);
  await sheet.waitFor();
  return sheet.evaluate((el) =>
    [...el.querySelectorAll('tbody tr')].map((tr) =>
      [...(tr as HTMLTableRowElement).cells].map((td) => (td.textContent ?? '').trim()),
    ),
  );
}

/** Printed labels space out short words ("合 计"); compare without the spacing. */
const bare = (t: string): string => t.replace(/\s/g, '');

/** The first row with a cell equal to (else containing) `needle` shows `amounts` in this order. */
export function expectRow(rows: string[][], needle: string, amounts: string[]): void {
  const want = bare(needle);
  const row =
    rows.find((r) => r.some((c) => bare(c) === want)) ??
    rows.find((r) => r.some((c) => bare(c).includes(want)));
  expect(row, `row “${needle}”`).toBeDefined();
  const after = row!.slice(row!.findIndex((c) => bare(c).includes(want)) + 1);
  let at = 0;
  for (const a of amounts) {
    const i = after.indexOf(a, at);
    expect(i, `“${needle}” shows ${a} (row: ${row!.join(' | ')})`).toBeGreaterThanOrEqual(0);
    at = i + 1;
  }
}

/** Reads an exported workbook back from where the save dialog put it. */
export async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const bytes = readFileSync(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  return wb;
}
