/**
 * The exported workbook read back with exceljs: sheet names and order, merged title and header,
 * number formats, fonts, codes as text, notes under the table, and the print setup.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workbook, Worksheet } from 'exceljs';
import { exportTablesWorkbook } from '../../../src/main/export/tables-xlsx';
import { documentFileName, sheetNameOf, tablesFileName } from '../../../src/shared/export-names';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTable, deriveTables } from '../../../src/shared/tables/engine';
import { readWorkbook } from '../tables/golden-helpers';

let wb: Workbook;
const sheet = (n: number): Worksheet => wb.worksheets[n - 1];
/** exceljs lists merges as "A1:D1" ranges on the sheet model. */
const merges = (ws: Worksheet): string[] => (ws.model as unknown as { merges: string[] }).merges;

beforeAll(async () => {
  wb = await readWorkbook(await exportTablesWorkbook(deriveTables(sampleSnapshot())));
});

describe('tables workbook', () => {
  it('names the sheets 表1 … 表13 with their titles, at most 31 characters', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(
      deriveTables(sampleSnapshot()).map((m) => sheetNameOf(m)),
    );
    expect(sheet(1).name).toBe('表1 收支总体情况表');
    expect(sheet(10).name).toBe('表10 一般公共预算项目支出情况表（按支出经济分类科目）');
    for (const ws of wb.worksheets) expect(ws.name.length).toBeLessThanOrEqual(31);
    const long = { ...deriveTable(sampleSnapshot(), 1), title: 'a/b:c[d]*e?'.repeat(10) };
    expect(sheetNameOf(long)).toMatch(/^表1 abcde/);
    expect(sheetNameOf(long)).not.toMatch(/[\\/?*[\]:]/);
    expect(sheetNameOf(long).length).toBe(31);
  });

  it('merges the title over all columns and lays out table 2’s two-row header', () => {
    const ws = sheet(2);
    expect(merges(ws)).toEqual(
      expect.arrayContaining([
        'A1:N1',
        'A2:M2',
        'A3:B3',
        'C3:C4',
        'D3:F3',
        'G3:H3',
        'I3:K3',
        'L3:L4',
        'M3:M4',
        'N3:N4',
      ]),
    );
    expect(ws.getCell('A3').value).toBe('功能分类科目');
    expect(ws.getCell('D3').value).toBe('财政拨款收入');
    expect(ws.getCell('D4').value).toBe('一般公共预算');
    expect(ws.getCell('N2').value).toBe('单位：万元');
  });

  it('writes amounts as numbers formatted 0.00 (zero included) and codes as text', () => {
    const ws = sheet(3);
    const total = ws.getRow(5);
    expect(total.getCell(3).value).toBe(968.73);
    expect(total.getCell(3).numFmt).toBe('0.00');
    expect(total.getCell(6).value).toBe(0);
    expect(total.getCell(6).numFmt).toBe('0.00');
    expect(ws.getCell('A6').value).toBe('208');
    expect(typeof ws.getCell('A7').value).toBe('string');
    expect(sheet(13).getCell('A6').value).toBe('440700210000000035573');
  });

  it('gives every cell an explicit font: 宋体, the title bold 16pt, totals bold', () => {
    const ws = sheet(5);
    expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', size: 16, bold: true });
    expect(ws.getCell('A2').font).toMatchObject({ name: '宋体' });
    expect(ws.getCell('B3').font).toMatchObject({ name: '宋体', bold: true });
    expect(ws.getCell('B5').font).toMatchObject({ name: '宋体', bold: true });
    expect(ws.getCell('B6').font).toMatchObject({ name: '宋体' });
    expect(ws.getCell('B6').font.bold).toBeFalsy();
    expect(ws.getCell('B6').border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
    });
  });

  it('prints A4 landscape, one page wide, title and header repeated on every page', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
    }
    expect(sheet(1).pageSetup.printTitlesRow).toBe('1:4');
    expect(sheet(6).pageSetup.printTitlesRow).toBe('1:3');
  });

  it('puts the notes under the table, merged across it', () => {
    const ws = sheet(8);
    expect(ws.getCell('A6').value).toBe('注：无');
    expect(merges(ws)).toContain('A6:E6');
    const t7 = sheet(7);
    expect(String(t7.getCell('A11').value)).toMatch(/^注：一、行政经费/);
    expect(String(t7.getCell('A12').value)).toMatch(/^二、“三公”经费/);
  });

  it('sizes columns to fit Chinese labels', () => {
    const ws = sheet(3);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(
      2 * '其他人力资源和社会保障管理事务支出'.length,
    );
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(8);
  });

  it('exports a single table, and suggests file names', async () => {
    const one = await readWorkbook(await exportTablesWorkbook([deriveTable(sampleSnapshot(), 5)]));
    expect(one.worksheets.map((w) => w.name)).toEqual([
      '表5 一般公共预算支出情况表（按功能分类科目）',
    ]);
    expect(tablesFileName(2021, '江门市人力资源和社会保障局信息中心')).toBe(
      '2021年江门市人力资源和社会保障局信息中心部门预算公开表.xlsx',
    );
    expect(tablesFileName(2021, 'x', deriveTable(sampleSnapshot(), 5))).toBe(
      '表5 一般公共预算支出情况表（按功能分类科目）.xlsx',
    );
    expect(documentFileName(2021, '甲/乙单位', 'pdf')).toBe('2021年甲乙单位部门预算.pdf');
    await expect(exportTablesWorkbook([])).rejects.toThrow(/没有可导出的表/);
  });
});
