/**
 * The 概览 charts from one shared module: the compositions add up to the book's lines, the
 * year-on-year pairs read last year's imported figures, the per-unit bars appear for a
 * consolidated book; and ECharts renders every option server-side to SVG.
 */
import { describe, expect, it } from 'vitest';
import { chartSvgs } from '../../../src/main/export/chart-images';
import { byFunctionClass, byKind, yearOnYear } from '../../../src/shared/charts/figures';
import { overviewCharts } from '../../../src/shared/charts/options';
import { figuresOfTables } from '../../../src/shared/compare';
import type { BookSnapshot } from '../../../src/shared/domain';
import { formatWan } from '../../../src/shared/money';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../../src/shared/tables/engine';

const book = sampleSnapshot();
const models = deriveTables(book);
const total = book.lines.reduce((s, l) => s + l.amountFen, 0);

describe('概览 chart figures', () => {
  it('compositions add up to all lines; the sample spends on 208, 210 and 221', () => {
    const fn = byFunctionClass(book);
    expect(fn.reduce((s, x) => s + x.fen, 0)).toBe(total);
    expect(fn.map((x) => x.name.slice(0, 3)).sort()).toEqual(['208', '210', '221']);
    const kinds = byKind(book);
    expect(kinds.reduce((s, k) => s + k.fen, 0)).toBe(total);
    expect(formatWan(kinds.find((k) => k.name === '基本支出')!.fen)).toBe('349.73');
    expect(formatWan(kinds.find((k) => k.name === '项目支出')!.fen)).toBe('619.00');
  });

  it('year on year reads last year’s figures; none imported: no chart', () => {
    expect(yearOnYear(book, models)).toEqual([]);
    expect(overviewCharts(book, models).map((c) => c.id)).toEqual([
      'function',
      'economic',
      'kind',
      'fund',
    ]);
    const lastYear = figuresOfTables(models).map((f, id) => ({
      ...f,
      id,
      amountFen: f.amountFen * 2,
    }));
    const withLast: BookSnapshot = { ...book, lastYear };
    const pairs = yearOnYear(withLast, models);
    expect(pairs.map((p) => p.name)).toEqual([
      '本年收入合计',
      '支出总计',
      '基本支出',
      '项目支出',
      '财政拨款',
      '“三公”经费',
    ]);
    const spend = pairs.find((p) => p.name === '支出总计')!;
    expect(spend.thisYearFen).toBe(total);
    expect(spend.lastYearFen).toBe(2 * total);
    const year = overviewCharts(withLast, models).find((c) => c.id === 'year')!;
    const series = year.option.series as {
      name: string;
      data: { label: { formatter: string } }[];
    }[];
    expect(series.map((s) => s.name)).toEqual(['2020年', '2021年']);
    expect(series[1].data[1].label.formatter).toBe('968.73');
  });

  it('a book of several units gets the per-unit bars', () => {
    const sub = { code: '404012', name: '下属站', type: '事业单位' as const, parentCode: '404011' };
    const two: BookSnapshot = {
      ...book,
      units: [...book.units, sub],
      lines: [...book.lines, { ...book.lines[0], id: 999, unitCode: '404012' }],
    };
    const units = overviewCharts(two, deriveTables(two)).find((c) => c.id === 'units');
    expect((units?.option.xAxis as { data: string[] }).data).toEqual([
      book.units[0].name,
      '下属站',
    ]);
  });

  it('ECharts renders each option server-side to an SVG with its title', () => {
    const svgs = chartSvgs(overviewCharts(book, models));
    expect(svgs).toHaveLength(4);
    for (const s of svgs) {
      expect(s.svg.startsWith('<svg')).toBe(true);
      expect(s.svg).toContain(s.title);
    }
  });
});
