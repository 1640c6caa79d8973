/**
 * Rounding: each printed cell is its own 分 amount rounded half-up to 0.01 万元, and totals are
 * sums of unrounded 分 — so a printed total may differ from the sum of its printed parts (尾差),
 * exactly as the published sample does.
 */
import { describe, expect, it } from 'vitest';
import type { BookSnapshot, LineItem } from '../../../src/shared/domain';
import { fenToWan, formatWan } from '../../../src/shared/money';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTable } from '../../../src/shared/tables/engine';
import type { TableModel } from '../../../src/shared/tables/model';

function cell(model: TableModel, key: string, col: number): string {
  const row = model.rows.find((r) => r.key === key);
  const c = row?.cells[col];
  if (!c || c.kind !== 'amount') throw new Error(`no amount at ${key}/${col}`);
  return formatWan(c.fen);
}

function line(id: number, functionCode: string, amountFen: number): LineItem {
  return {
    id,
    unitCode: '1',
    functionCode,
    deptEconCode: '30201',
    govEconCode: '50201',
    kind: '基本支出-公用经费',
    projectCode: null,
    fundSource: '一般公共预算',
    amountFen,
  };
}

describe('rounding 分 → 万元', () => {
  it('rounds half-up at 0.005 万元 (5,000 分), both signs', () => {
    expect(fenToWan(4_999)).toBe(0);
    expect(fenToWan(5_000)).toBe(0.01);
    expect(fenToWan(8_975_000)).toBe(8.98);
    expect(fenToWan(8_224_999)).toBe(8.22);
    expect(fenToWan(8_225_000)).toBe(8.23);
    expect(fenToWan(-5_000)).toBe(-0.01);
    expect(formatWan(0)).toBe('0.00');
  });

  it('totals come from unrounded 分: three 项 of 0.005 each print 0.01, their 款 prints 0.02', () => {
    const book: BookSnapshot = {
      info: { year: 2021, packId: 'jiangmen-2021', unitCode: '1' },
      units: [{ code: '1', name: '测试局', type: '行政单位', parentCode: null }],
      projects: [],
      lines: [line(1, '2010101', 5_000), line(2, '2010102', 5_000), line(3, '2010103', 5_000)],
      plan: [],
    };
    const t3 = deriveTable(book, 3);
    expect(['fn:2010101', 'fn:2010102', 'fn:2010103'].map((k) => cell(t3, k, 2))).toEqual([
      '0.01',
      '0.01',
      '0.01',
    ]);
    expect(cell(t3, 'fn:20101', 2)).toBe('0.02');
    expect(cell(t3, 'total', 2)).toBe('0.02');
  });

  it('the sample keeps its published tails: 17.20 over 8.98 + 8.23; 323.03 over 款 323.05; 349.73', () => {
    const book = sampleSnapshot();
    const t3 = deriveTable(book, 3);
    expect([cell(t3, 'fn:21011', 2), cell(t3, 'fn:2101102', 2), cell(t3, 'fn:2101103', 2)]).toEqual(
      ['17.20', '8.98', '8.23'],
    );
    const t6 = deriveTable(book, 6);
    const items301 = t6.rows
      .filter((r) => /^pair:301\d\d\|/.test(r.key))
      .map((r) => cell(t6, r.key, 2));
    const printedSum = items301.reduce((s, v) => s + Math.round(Number(v) * 100), 0);
    expect(cell(t6, 'pair:301|505', 2)).toBe('323.03');
    expect(printedSum).toBe(32305);
    expect(cell(t6, 'total', 2)).toBe('349.73');
    const classes = ['pair:301|505', 'pair:302|505', 'pair:303|509'].map((k) =>
      Math.round(Number(cell(t6, k, 2)) * 100),
    );
    expect(classes.reduce((s, v) => s + v, 0)).toBe(34972);
  });
});
