/**
 * Identities within one printed table of the Jiangmen 2021 pack (layout-notes §4.1, ids T1-a…),
 * as data, addressed by the engine's row keys and the pack's column captions.
 */
import type { TableRule } from '../../../validation/rule-types';
import { FUNCTION_CLASS_ROWS } from './common';
import { TABLE12_CAPTIONS, TABLE13_CAPTIONS, TABLE13_FISCAL_CLASSES } from './tables-11-13';

/** 表1/表4 print income in column 1 and expenditure in column 3 (both captioned 预算). */
export const INCOME = 1;
export const EXPENDITURE = 3;

const FN_CLASS_KEYS = FUNCTION_CLASS_ROWS.map(([, code]) => `fixed:fn:${code}`);

/** Rules that add up rows of one side-by-side column, for each given (total, parts) pair. */
function sums(
  id: string,
  text: string,
  table: number,
  column: number,
  pairs: [string, string[]][],
): TableRule[] {
  return pairs.map(([total, parts]) => ({
    id,
    text,
    kind: 'sum',
    total: { table, row: `fixed:${total}`, column },
    parts: parts.map((p) => ({ table, row: `fixed:${p}`, column })),
  }));
}

const T7_COLUMNS = ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'];

export const tableRulesWithin: TableRule[] = [
  ...sums(
    'T1-a',
    '表1 本年收入合计 = 财政拨款 + 财政专户和财政代管资金拨款 + 其他资金',
    1,
    INCOME,
    [['incomeYear', ['fiscal', 'special', 'other']]],
  ),
  ...sums(
    'T1-b',
    '表1 收入总计 = 本年收入合计 + 上级补助收入 + 附属单位上缴收入 + 用事业基金弥补收支差额 + 上年结转结余',
    1,
    INCOME,
    [['incomeAll', ['incomeYear', 'superior', 'affiliated', 'fundMakeUp', 'carriedIn']]],
  ),
  {
    id: 'T1-c',
    text: '表1 本年支出合计 = 二十三个功能分类类级支出之和',
    kind: 'sum',
    total: { table: 1, row: 'fixed:expenditureYear', column: EXPENDITURE },
    parts: FN_CLASS_KEYS.map((row) => ({ table: 1, row, column: EXPENDITURE })),
  },
  ...sums(
    'T1-d',
    '表1 支出总计 = 本年支出合计 + 对附属单位补助支出 + 上缴上级支出 + 结转下年',
    1,
    EXPENDITURE,
    [['expenditureAll', ['expenditureYear', 'subsidy', 'remit', 'carryOver']]],
  ),
  {
    id: 'T1-e',
    text: '表1 收入总计 = 支出总计（收支平衡）',
    kind: 'equal',
    cells: [
      { table: 1, row: 'fixed:incomeAll', column: INCOME },
      { table: 1, row: 'fixed:expenditureAll', column: EXPENDITURE },
    ],
  },
  {
    id: 'T2-a',
    text: '表2 每行：合计 = 各收入来源列之和',
    kind: 'row-sum',
    table: 2,
    total: '合计',
    parts: [
      '一般公共预算',
      '政府性基金预算',
      '国有资本经营预算',
      '教育收费',
      '其他专户收入拨款',
      '事业收入',
      '经营收入',
      '其他收入',
      '上级补助收入',
      '附属单位上缴收入',
      '用事业基金弥补收支差额',
    ],
  },
  {
    id: 'T2-b',
    text: '表2 合计 = Σ类，类 = Σ款，款 = Σ项（各列）',
    kind: 'tree-sum',
    table: 2,
    levels: { by: 'code-length' },
    tailGroup: 'function',
  },
  {
    id: 'T3-a',
    text: '表3 每行：合计 = 基本支出 + 项目支出 + 事业单位经营支出 + 对附属单位补助支出 + 上缴上级支出 + 结转下年',
    kind: 'row-sum',
    table: 3,
    total: '合计',
    parts: [
      '基本支出',
      '项目支出',
      '事业单位经营支出',
      '对附属单位补助支出',
      '上缴上级支出',
      '结转下年',
    ],
  },
  {
    id: 'T3-b',
    text: '表3 合计 = Σ类，类 = Σ款，款 = Σ项（各列）',
    kind: 'tree-sum',
    table: 3,
    levels: { by: 'code-length' },
    tailGroup: 'function',
  },
  ...sums(
    'T4-a',
    '表4 本年收入合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算；收入总计 = 本年收入合计',
    4,
    INCOME,
    [
      ['incomeYear', ['gp', 'fund', 'capital']],
      ['incomeAll', ['incomeYear']],
    ],
  ),
  {
    id: 'T4-b',
    text: '表4 本年支出合计 = 二十三个功能分类类级支出之和',
    kind: 'sum',
    total: { table: 4, row: 'fixed:expenditureYear', column: EXPENDITURE },
    parts: FN_CLASS_KEYS.map((row) => ({ table: 4, row, column: EXPENDITURE })),
  },
  ...sums('T4-c', '表4 支出总计 = 本年支出合计 + 结转下年', 4, EXPENDITURE, [
    ['expenditureAll', ['expenditureYear', 'carryOver']],
  ]),
  {
    id: 'T4-d',
    text: '表4 收入总计 = 支出总计（财政拨款收支平衡）',
    kind: 'equal',
    cells: [
      { table: 4, row: 'fixed:incomeAll', column: INCOME },
      { table: 4, row: 'fixed:expenditureAll', column: EXPENDITURE },
    ],
  },
  ...[5, 8, 9].flatMap((table): TableRule[] => [
    {
      id: `T${table}-a`,
      text: `表${table} 每行：小计 = 基本支出 + 项目支出`,
      kind: 'row-sum',
      table,
      total: '小计',
      parts: ['其中：基本支出', '项目支出'],
    },
    {
      id: `T${table}-b`,
      text: `表${table} 合计 = Σ类，类 = Σ款，款 = Σ项（各列）`,
      kind: 'tree-sum',
      table,
      levels: { by: 'code-length' },
      tailGroup: 'function',
    },
  ]),
  {
    id: 'T6-a',
    text: '表6 合计 = Σ类，类 = Σ其款',
    kind: 'tree-sum',
    table: 6,
    levels: { by: 'code-length' },
    tailGroup: 'gp-basic-econ',
  },
  ...T7_COLUMNS.flatMap((column): TableRule[] => [
    {
      id: 'T7-a',
      text: '表7 “三公”经费 = 因公出国（境）+ 公务用车购置及运行维护 + 公务接待；公务用车 = 购置 + 运行维护',
      kind: 'sum',
      total: { table: 7, row: 'fixed:threePublic', column },
      parts: ['overseas', 'cars', 'reception'].map((k) => ({
        table: 7,
        row: `fixed:${k}`,
        column,
      })),
    },
    {
      id: 'T7-a',
      text: '表7 “三公”经费 = 因公出国（境）+ 公务用车购置及运行维护 + 公务接待；公务用车 = 购置 + 运行维护',
      kind: 'sum',
      total: { table: 7, row: 'fixed:cars', column },
      parts: ['carPurchase', 'carRunning'].map((k) => ({ table: 7, row: `fixed:${k}`, column })),
    },
  ]),
  {
    id: 'T7-b',
    text: '表7 每行：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
    kind: 'row-sum',
    table: 7,
    total: '合计',
    parts: T7_COLUMNS.slice(1),
  },
  {
    id: 'T10-a',
    text: '表10 合计 = Σ类，类 = Σ其款（按部门/政府经济科目对）',
    kind: 'tree-sum',
    table: 10,
    levels: { by: 'code-length' },
  },
  {
    id: 'T11-a',
    text: '表11 每行：总计 = 财政拨款合计 + 财政专户和财政代管资金拨款 + 其他资金',
    kind: 'row-sum',
    table: 11,
    total: '总计',
    parts: ['合计', '财政专户和财政代管资金拨款', '其他资金'],
    hint: '表11 只列财政拨款、财政专户和其他资金三类来源：基本支出若使用上级补助、附属单位上缴、事业基金或上年结转结余，该表将无法平衡，请核对这些基本支出明细的资金来源',
  },
  {
    id: 'T11-a',
    text: '表11 每行：财政拨款合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
    kind: 'row-sum',
    table: 11,
    total: '合计',
    parts: ['一般公共预算', '政府性基金预算', '国有资本经营预算'],
  },
  {
    id: 'T11-b',
    text: '表11 总计行 = Σ单位小计，单位小计 = Σ其经济分类类',
    kind: 'tree-sum',
    table: 11,
    levels: { by: 'emphasis' },
    tailGroup: 'gp-basic-econ',
  },
  {
    id: 'T12-a',
    text: '表12 每行：总计 = 财政拨款合计 + 其余各来源列',
    kind: 'row-sum',
    table: 12,
    total: '总计',
    parts: [
      '合计',
      TABLE12_CAPTIONS.special,
      TABLE12_CAPTIONS.other,
      TABLE12_CAPTIONS.superiorEtc,
      TABLE12_CAPTIONS.carriedIn,
    ],
  },
  {
    id: 'T12-a',
    text: '表12 每行：财政拨款合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
    kind: 'row-sum',
    table: 12,
    total: '合计',
    parts: ['一般公共预算', '政府性基金预算', '国有资本经营预算'],
  },
  {
    id: 'T12-b',
    text: '表12 合计 = Σ单位小计，单位小计 = Σ一级项目及其他支出，一级项目 = Σ其二级项目',
    kind: 'tree-sum',
    table: 12,
    levels: { by: 'label-prefix', prefix: '--' },
  },
  {
    id: 'T13-a',
    text: '表13 每行：总计 = 财政拨款合计 + 其余各来源列',
    kind: 'row-sum',
    table: 13,
    total: '总计',
    parts: ['合计', ...Object.values(TABLE13_CAPTIONS)],
  },
  {
    id: 'T13-b',
    text: '表13 每行：财政拨款合计 = 各政府经济分类类级列之和',
    kind: 'row-sum',
    table: 13,
    total: '合计',
    parts: TABLE13_FISCAL_CLASSES.map(([, caption]) => caption),
    hint: '表13 的财政拨款只按模板列出的政府经济分类类分列（不含 501 等）：财政拨款项目支出若使用未列出的类，请核对这些项目明细的政府经济科目，或在模板包中补充该列',
  },
  {
    id: 'T13-c',
    text: '表13 合计行 = Σ一级项目行（各列）',
    kind: 'tree-sum',
    table: 13,
    levels: { by: 'emphasis' },
  },
];
