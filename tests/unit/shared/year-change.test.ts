/**
 * One rule for changes and percentages against last year, on the printed 万元 figures (two
 * decimals, half up), and the three places that show them say the same: 审核 (the change-needs-
 * reason check), 上年对比 (compareTables) and 第三部分 (compareYears / changeClause).
 * 12,345.67 元 against 10,000.00 元 prints 1.23 against 1.00 万元: +0.23 万元, 23.00% — not the
 * 23.46% of the unrounded amounts.
 */
import { describe, expect, it } from 'vitest';
import { compareTables } from '../../../src/shared/compare';
import type { BookSnapshot, LastYearFigure } from '../../../src/shared/domain';
import { changeClause, compareYears } from '../../../src/shared/narrative';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../../src/shared/tables/engine';
import { validateBook } from '../../../src/shared/validation';
import { percentText, printedChange } from '../../../src/shared/year-change';

const NOW = 1_234_567; // 12,345.67 元
const LAST = 1_000_000; // 10,000.00 元

describe('the one rule for year-on-year changes', () => {
  it('rounds both figures to the printed 0.01 万元 first, then the percentage half up', () => {
    expect(printedChange(NOW, LAST)).toEqual({
      nowCents: 123,
      lastCents: 100,
      deltaCents: 23,
      percentHundredths: 2300,
    });
    expect(percentText(2300)).toBe('23.00');
    expect(printedChange(5_000, 0).percentHundredths).toBeNull(); // last year printed 0.00
    expect(printedChange(LAST + 4_999, LAST).percentHundredths).toBe(0); // both print 1.00
  });

  it('第三部分 says 增长23.00%', () => {
    const c = compareYears(NOW, LAST);
    expect(c.percentText).toBe('23.00');
    expect(changeClause(c, '，')).toBe('比上年增加0.23万元，增长23.00%');
  });

  /** The sample's tables with 表7 “三公”经费 合计 set to 12,345.67 元, and last year's 10,000.00 元. */
  function threePublicCase() {
    const book: BookSnapshot = sampleSnapshot();
    const models = deriveTables(book);
    const model = models.find((m) => m.number === 7)!;
    const row = model.rows.find((r) => r.key === 'fixed:threePublic')!;
    const col = model.columns.findIndex((c) => c.caption === '合计');
    const put = (c: (typeof row.cells)[number], i: number) =>
      i === col ? { kind: 'amount' as const, fen: NOW } : c;
    const scaled = models.map((m) =>
      m !== model
        ? m
        : { ...m, rows: m.rows.map((r) => (r !== row ? r : { ...r, cells: r.cells.map(put) })) },
    );
    const last: LastYearFigure = {
      id: 1,
      tableNo: 7,
      rowKey: row.key,
      code: row.code,
      label: row.label,
      columnIndex: col,
      caption: '合计',
      amountFen: LAST,
    };
    return { book, scaled, last, col, key: row.key };
  }

  it('上年对比 says +0.23 万元 and 23.00 %', () => {
    const { scaled, last, col, key } = threePublicCase();
    const row = compareTables(scaled, [last]).find(
      (r) => r.table === 7 && r.rowKey === key && r.columnIndex === col,
    );
    expect(row).toMatchObject({ thisYearFen: NOW, lastYearFen: LAST, change: 0.23, percent: 23 });
  });

  it('审核 says 变动 23.00%', () => {
    const { book, scaled, last } = threePublicCase();
    const findings = validateBook({ ...book, lastYear: [last], reasons: [] }, { tables: scaled });
    const f = findings.find((x) => x.rule === 'CHANGE-REASON' && x.key.endsWith('三公'));
    expect(f?.message).toContain('变动 23.00%');
    expect(f?.message).not.toContain('23.46');
  });
});
