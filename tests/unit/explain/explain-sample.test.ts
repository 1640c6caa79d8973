/**
 * 解释数字 on the sample: every amount cell of every table is explained by lines whose 分 add up
 * to exactly the figure the engine printed, and the known 尾差 cells say so.
 */
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../../src/shared/tables/engine';
import { explainCell } from '../../../src/shared/tables/explain/explain';

const book = sampleSnapshot();
const models = deriveTables(book);

function cellsOf(n: number): [number, number][] {
  const m = models.find((x) => x.number === n)!;
  const out: [number, number][] = [];
  m.rows.forEach((r, ri) => r.cells.forEach((c, ci) => c.kind === 'amount' && out.push([ri, ci])));
  return out;
}

describe('explain: every printed amount of the sample', () => {
  it.each(models.map((m) => m.number))('table %i: the lines behind each cell sum to it', (n) => {
    const m = models.find((x) => x.number === n)!;
    const cells = cellsOf(n);
    expect(cells.length).toBeGreaterThan(0);
    for (const [ri, ci] of cells) {
      const cell = m.rows[ri].cells[ci];
      const e = explainCell(book, models, n, ri, ci);
      const fen = cell.kind === 'amount' ? cell.fen : NaN;
      expect(e.totalFen, `表${n} ${e.row} / ${e.column}`).toBe(fen);
      expect(e.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(fen);
      if (fen !== 0) expect(e.lines.length).toBeGreaterThan(0);
      expect(e.rule).toContain(`表${n}`);
    }
  });

  it('names the 尾差 cells: 表3 [21011] 合计 17.20 against 8.98 + 8.23, 表6 total 349.73', () => {
    const t3 = models.find((m) => m.number === 3)!;
    const r = t3.rows.findIndex((x) => x.code === '21011');
    const e = explainCell(
      book,
      models,
      3,
      r,
      t3.columns.findIndex((c) => c.caption === '合计'),
    );
    expect(e.printed).toBe('17.20');
    const tree = e.tails.find((t) => t.partsPrinted === '17.21');
    expect(tree?.parts.map((p) => p.printed).sort()).toEqual(['8.23', '8.98']);
    expect(tree?.difference).toBe('-0.01');
    expect(tree?.why).toContain('四舍五入');

    const t6 = models.find((m) => m.number === 6)!;
    const total = explainCell(
      book,
      models,
      6,
      0,
      t6.columns.findIndex((c) => c.kind === 'amount'),
    );
    expect(total.printed).toBe('349.73');
    expect(total.tails.map((t) => t.partsPrinted)).toContain('349.72');
  });

  it('names every 尾差 cell of the sample: the 21011 rows, 表6 301 and total, 表11 小计', () => {
    const named: string[] = [];
    for (const m of models)
      for (const [ri, ci] of cellsOf(m.number)) {
        const e = explainCell(book, models, m.number, ri, ci);
        for (const t of e.tails) named.push(`表${m.number}|${e.row}|${e.column}|${t.partsPrinted}`);
      }
    const unit = '[404011]江门市人力资源和社会保障局信息中心-小计';
    expect(named).toEqual([
      '表2|[21011]行政事业单位医疗|合计|17.21',
      '表2|[21011]行政事业单位医疗|一般公共预算|17.21',
      '表3|[21011]行政事业单位医疗|合计|17.21',
      '表3|[21011]行政事业单位医疗|基本支出|17.21',
      '表5|[21011]行政事业单位医疗|小计|17.21',
      '表5|[21011]行政事业单位医疗|其中：基本支出|17.21',
      '表6|合 计|预算|349.72',
      '表6|[301]工资福利支出|预算|323.05',
      `表11|${unit}|总计|349.72`,
      `表11|${unit}|合计|349.72`,
      `表11|${unit}|一般公共预算|349.72`,
    ]);
  });

  it('says the rule, the rounding and refuses a text cell', () => {
    const t5 = models.find((m) => m.number === 5)!;
    const r = t5.rows.findIndex((x) => x.code === '208');
    const e = explainCell(
      book,
      models,
      5,
      r,
      t5.columns.findIndex((c) => c.caption === '项目支出'),
    );
    expect(e.rule).toContain('资金来源为一般公共预算');
    expect(e.rule).toContain('功能科目编码以 208 开头');
    expect(e.rule).toContain('支出类型为项目支出');
    expect(e.rounding).toMatch(/元 = [\d.]+ 万元，按四舍五入保留两位小数印作 [\d.]+$/);
    expect(e.lines.every((l) => l.kind === '项目支出' && l.functionCode.startsWith('208'))).toBe(
      true,
    );
    expect(() => explainCell(book, models, 5, r, 0)).toThrow(/不是金额单元格/);
  });
});
