/**
 * Identities between the printed tables of the Jiangmen 2021 pack (layout-notes §4.2, ids X1…),
 * as data. Each addresses cells by the engine's row keys ("fixed:…", "fn:208", "total") and the
 * pack's column captions; 表1/表4 income sits in column 1, expenditure in column 3.
 */
import type { AmountSel, CellSel, TableRule } from '../../../validation/rule-types';
import { FUNCTION_CLASS_ROWS } from './common';
import { EXPENDITURE, INCOME } from './rules-within';

const cell = (table: number, row: string, column: string | number): CellSel => ({
  table,
  row,
  column,
});
const total = (table: number, column: string): CellSel => cell(table, 'total', column);
const t1 = (row: string, column = INCOME): CellSel => cell(1, `fixed:${row}`, column);
const t4 = (row: string, column = INCOME): CellSel => cell(4, `fixed:${row}`, column);
const codes = (table: number, list: string[], column: string | number): AmountSel => ({
  table,
  codes: list,
  column,
});

const NOT_IN_T5 =
  '表5只列一般公共预算的基本支出和项目支出：财政拨款安排的事业单位经营支出、对附属单位补助、上缴上级或结转下年支出不在其中，请核对这些明细的支出类型和资金来源';

const perClass: TableRule[] = FUNCTION_CLASS_ROWS.flatMap(([label, code]): TableRule[] => [
  {
    id: 'X1',
    text: '表1 各功能类支出 = 表3 同类的基本支出 + 项目支出 + 事业单位经营支出',
    kind: 'sum',
    total: cell(1, `fixed:fn:${code}`, EXPENDITURE),
    parts: ['基本支出', '项目支出', '事业单位经营支出'].map((c) => cell(3, `fn:${code}`, c)),
  },
  {
    id: 'X8',
    text: `表4 各功能类支出 = 表5 + 表8 + 表9 同类的小计（${label}）`,
    kind: 'sum',
    total: cell(4, `fixed:fn:${code}`, EXPENDITURE),
    parts: [5, 8, 9].map((t) => cell(t, `fn:${code}`, '小计')),
    hint: NOT_IN_T5,
  },
]);

const threePublic: [string, string[]][] = [
  ['overseas', ['30212']],
  ['carPurchase', ['31013', '30913']],
  ['carRunning', ['30231']],
  ['reception', ['30217']],
];

export const tableRulesBetween: TableRule[] = [
  ...perClass,
  {
    id: 'X2',
    text: '表1 收入总计 = 表2 合计 = 表3 合计',
    kind: 'equal',
    cells: [t1('incomeAll'), total(2, '合计'), total(3, '合计')],
  },
  {
    id: 'X3',
    text: '表1 财政拨款 = 表4 本年收入合计',
    kind: 'equal',
    cells: [t1('fiscal'), t4('incomeYear')],
  },
  {
    id: 'X3',
    text: '表1 财政拨款 = 表2 合计行 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
    kind: 'sum',
    total: t1('fiscal'),
    parts: ['一般公共预算', '政府性基金预算', '国有资本经营预算'].map((c) => total(2, c)),
  },
  {
    id: 'X4',
    text: '表1 财政专户和财政代管资金拨款 = 表2 教育收费 + 其他专户收入拨款',
    kind: 'sum',
    total: t1('special'),
    parts: [total(2, '教育收费'), total(2, '其他专户收入拨款')],
  },
  {
    id: 'X5',
    text: '表1 其他资金 = 表2 事业收入 + 经营收入 + 其他收入',
    kind: 'sum',
    total: t1('other'),
    parts: ['事业收入', '经营收入', '其他收入'].map((c) => total(2, c)),
  },
  {
    id: 'X6',
    text: '表1 上级补助收入 = 表2 上级补助收入',
    kind: 'equal',
    cells: [t1('superior'), total(2, '上级补助收入')],
  },
  {
    id: 'X6',
    text: '表1 附属单位上缴收入 = 表2 附属单位上缴收入',
    kind: 'equal',
    cells: [t1('affiliated'), total(2, '附属单位上缴收入')],
  },
  {
    id: 'X6',
    text: '表2 用事业基金弥补收支差额（含上年结转结余）= 表1 用事业基金弥补收支差额 + 上年结转结余',
    kind: 'sum',
    total: total(2, '用事业基金弥补收支差额'),
    parts: [t1('fundMakeUp'), t1('carriedIn')],
  },
  {
    id: 'X7',
    text: '表2 与表3 按功能科目逐行：合计相等',
    kind: 'rows-match',
    a: { table: 2, column: '合计' },
    b: { table: 3, column: '合计' },
  },
  {
    id: 'X9',
    text: '表4 一般公共预算收入 = 表2 合计行一般公共预算 = 表5 合计',
    kind: 'equal',
    cells: [t4('gp'), total(2, '一般公共预算'), total(5, '小计')],
    hint: NOT_IN_T5,
  },
  {
    id: 'X10',
    text: '表4 政府性基金预算收入 = 表8 合计',
    kind: 'equal',
    cells: [t4('fund'), total(8, '小计')],
    hint: NOT_IN_T5.replace('表5只列一般公共预算', '表8只列政府性基金预算'),
  },
  {
    id: 'X10',
    text: '表4 国有资本经营预算收入 = 表9 合计',
    kind: 'equal',
    cells: [t4('capital'), total(9, '小计')],
    hint: NOT_IN_T5.replace('表5只列一般公共预算', '表9只列国有资本经营预算'),
  },
  {
    id: 'X11',
    text: '表5 基本支出合计 = 表6 合计 = 表11 一般公共预算合计',
    kind: 'equal',
    cells: [total(5, '其中：基本支出'), total(6, '预算'), total(11, '一般公共预算')],
  },
  {
    id: 'X12',
    text: '表5 项目支出合计 = 表10 合计 = 表12 一般公共预算合计',
    kind: 'equal',
    cells: [total(5, '项目支出'), total(10, '预算'), total(12, '一般公共预算')],
    hint: '表12 还列示一般公共预算安排的事业单位经营支出、对附属单位补助和上缴上级支出，请核对这些明细的支出类型',
  },
  {
    id: 'X12',
    text: '表13 财政拨款合计 = 表5 + 表8 + 表9 的项目支出合计',
    kind: 'sum',
    total: total(13, '合计'),
    parts: [5, 8, 9].map((t) => total(t, '项目支出')),
  },
  {
    id: 'X13',
    text: '表3 基本支出合计 = 表11 总计',
    kind: 'equal',
    cells: [total(3, '基本支出'), total(11, '总计')],
  },
  {
    id: 'X14',
    text: '表3 项目支出合计 = 表13 总计',
    kind: 'equal',
    cells: [total(3, '项目支出'), total(13, '总计')],
  },
  {
    id: 'X14',
    text: '表12 总计 = 表3 项目支出 + 事业单位经营支出 + 对附属单位补助支出 + 上缴上级支出',
    kind: 'sum',
    total: total(12, '总计'),
    parts: ['项目支出', '事业单位经营支出', '对附属单位补助支出', '上缴上级支出'].map((c) =>
      total(3, c),
    ),
  },
  {
    id: 'X17',
    text: '表6 各经济分类类 = 表11 同类的一般公共预算',
    kind: 'rows-match',
    a: { table: 6, column: '预算' },
    b: { table: 11, column: '一般公共预算' },
    codeLengths: [3],
  },
  ...threePublic.map(
    ([row, list]): TableRule => ({
      id: 'X18',
      text: '表7 “三公”各项（一般公共预算）= 表6 基本支出 + 表10 项目支出中对应经济科目之和',
      kind: 'sum',
      total: cell(7, `fixed:${row}`, '一般公共预算'),
      parts: [codes(6, list, '预算'), codes(10, list, '预算')],
    }),
  ),
  {
    id: 'X20',
    text: '表13 各一级项目总计 = 表12 同一项目总计',
    kind: 'rows-match',
    a: { table: 13, column: '总计' },
    b: { table: 12, column: '总计' },
    codesFrom: 'a',
  },
  {
    id: 'X20',
    text: '表13 各一级项目财政拨款合计 = 表12 同一项目财政拨款合计',
    kind: 'rows-match',
    a: { table: 13, column: '合计' },
    b: { table: 12, column: '合计' },
    codesFrom: 'a',
  },
];
