/**
 * ECharts options of the 概览 charts, built once here for both the 概览 screen (vue-echarts, SVG
 * renderer) and the document's 图表 appendix (echarts server-side SVG). Plain data: nothing here
 * imports echarts. Values are 万元 as printed (money.ts rounds; the tooltip says 万元).
 */
import type { BookSnapshot } from '../domain';
import { fenToWan, formatWan } from '../money';
import type { TableModel } from '../tables/model';
import {
  byEconomicClass,
  byFundSource,
  byFunctionClass,
  byKind,
  byUnit,
  yearOnYear,
  type Slice,
} from './figures';

/** An ECharts option as plain data. */
type ChartOption = Record<string, unknown>;

export interface ChartSpec {
  id: 'function' | 'economic' | 'kind' | 'fund' | 'year' | 'units';
  title: string;
  option: ChartOption;
  /** Suggested height in px at the screen's width (the appendix scales it). */
  height: number;
}

const FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
const COLORS = [
  '#1a5fb4',
  '#e66100',
  '#26a269',
  '#a51d2d',
  '#613583',
  '#986a44',
  '#c64600',
  '#1c71d8',
  '#63452c',
  '#5e5c64',
];

const base = (title: string): ChartOption => ({
  animation: false,
  color: COLORS,
  textStyle: { fontFamily: FONT },
  title: { text: title, left: 'center', top: 4, textStyle: { fontSize: 15, fontFamily: FONT } },
});

function pie(title: string, slices: Slice[]): ChartOption {
  return {
    ...base(title),
    tooltip: { trigger: 'item', formatter: '{b}：{c} 万元（{d}%）' },
    legend: { type: 'scroll', bottom: 4, left: 'center', textStyle: { fontSize: 11 } },
    series: [
      {
        type: 'pie',
        radius: ['30%', '54%'],
        center: ['50%', '50%'],
        avoidLabelOverlap: true,
        label: { formatter: '{d}%', fontFamily: FONT },
        data: slices.map((s) => ({ name: s.name, value: fenToWan(s.fen) })),
      },
    ],
  };
}

/** A bar's value in 万元, labelled as printed ("619.00", not "619"). */
function bar(fen: number): { value: number; label: { formatter: string } } {
  return { value: fenToWan(fen), label: { formatter: formatWan(fen) } };
}

function bars(
  title: string,
  categories: string[],
  series: { name: string; data: ReturnType<typeof bar>[] }[],
  stack?: string,
): ChartOption {
  return {
    ...base(title),
    tooltip: { trigger: 'axis' },
    legend: { top: 30 },
    grid: { left: 64, right: 24, top: 70, bottom: 48 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontFamily: FONT } },
    yAxis: { type: 'value', name: '万元' },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      ...(stack ? { stack } : { label: { show: true, position: 'top', fontSize: 10 } }),
    })),
  };
}

/** The charts of the 概览 screen and the 图表 appendix, in display order. */
export function overviewCharts(book: BookSnapshot, models: TableModel[]): ChartSpec[] {
  const out: ChartSpec[] = [
    {
      id: 'function',
      title: '支出按功能分类（类）',
      option: pie('支出按功能分类（类）', byFunctionClass(book)),
      height: 320,
    },
    {
      id: 'economic',
      title: '支出按经济分类（类）',
      option: pie('支出按经济分类（类）', byEconomicClass(book)),
      height: 320,
    },
    {
      id: 'kind',
      title: '基本支出与项目支出',
      option: pie('基本支出与项目支出', byKind(book)),
      height: 320,
    },
    {
      id: 'fund',
      title: '支出按资金来源',
      option: pie('支出按资金来源', byFundSource(book)),
      height: 320,
    },
  ];
  const years = yearOnYear(book, models);
  if (years.length > 0) {
    const y = book.info.year;
    out.push({
      id: 'year',
      title: '与上年对比',
      option: bars(
        '与上年对比',
        years.map((p) => p.name),
        [
          { name: `${y - 1}年`, data: years.map((p) => bar(p.lastYearFen)) },
          { name: `${y}年`, data: years.map((p) => bar(p.thisYearFen)) },
        ],
      ),
      height: 340,
    });
  }
  const units = byUnit(book);
  if (units.length > 1) {
    out.push({
      id: 'units',
      title: '各单位支出',
      option: bars(
        '各单位支出',
        units.map((u) => u.name),
        [
          { name: '基本支出', data: units.map((u) => bar(u.basicFen)) },
          { name: '项目支出', data: units.map((u) => bar(u.projectFen)) },
          { name: '其他支出', data: units.map((u) => bar(u.otherFen)) },
        ],
        'unit',
      ),
      height: 340,
    });
  }
  return out;
}
