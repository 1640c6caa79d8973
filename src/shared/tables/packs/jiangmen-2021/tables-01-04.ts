/**
 * Jiangmen 2021 tables 1–4: the two side-by-side summaries (all funds; 财政拨款 only) and the
 * income and expenditure overviews by 功能分类.
 */
import type { FixedRow, HeaderItem, TableTemplate } from '../../template';
import {
  amount,
  BASIC,
  FISCAL,
  FUNCTION_CODE_NAME,
  FUNCTION_NOTE_BIANZHI,
  functionClassRows,
  GOV_FUND,
  GP,
  OTHER,
  PROJECT,
  SPECIAL,
  STATE_CAPITAL,
  text,
  yearTotalRow,
} from './common';

const LANDSCAPE = { orientation: 'landscape' } as const;

function sideBySideHeader(measure: ReturnType<typeof amount>): HeaderItem[] {
  return [
    { kind: 'group', caption: '收 入', children: [text('项 目', 'label', 30), measure] },
    { kind: 'group', caption: '支 出', children: [text('项 目', 'label', 30), measure] },
  ];
}

const t1Income: FixedRow[] = [
  { key: 'fiscal', label: '一、财政拨款', filter: { fundSources: FISCAL } },
  { key: 'special', label: '二、财政专户和财政代管资金拨款', filter: { fundSources: SPECIAL } },
  { key: 'other', label: '三、其他资金', filter: { fundSources: OTHER } },
];
const t1IncomeBelow: FixedRow[] = [
  { key: 'superior', label: '四、上级补助收入', filter: { fundSources: ['上级补助收入'] } },
  {
    key: 'affiliated',
    label: '五、附属单位上缴收入',
    filter: { fundSources: ['附属单位上缴收入'] },
  },
  {
    key: 'fundMakeUp',
    label: '六、用事业基金弥补收支差额',
    filter: { fundSources: ['用事业基金弥补收支差额'] },
  },
  { key: 'carriedIn', label: '七、上年结转结余', filter: { fundSources: ['上年结转结余'] } },
];
// 对附属单位补助 and 上缴上级 have their own rows below 本年支出合计, so the 类 rows leave them out.
const t1Classes = functionClassRows([...BASIC, ...PROJECT, '事业单位经营支出']);
const t1ExpenditureBelow: FixedRow[] = [
  {
    key: 'subsidy',
    label: '二十四、对附属单位补助支出',
    filter: { kinds: ['对附属单位补助支出'] },
  },
  // The template prints "附属单位上缴收入支出" here (sic); the row measures 上缴上级支出.
  { key: 'remit', label: '二十五、附属单位上缴收入支出', filter: { kinds: ['上缴上级支出'] } },
  { key: 'carryOver', label: '二十六、结转下年', filter: { kinds: ['结转下年'] } },
];
const t1IncomeYear = yearTotalRow('incomeYear', '本年收入合计', t1Income);
const t1ExpenditureYear = yearTotalRow('expenditureYear', '本年支出合计', t1Classes);

export const table1: TableTemplate = {
  number: 1,
  title: '收支总体情况表',
  header: sideBySideHeader(amount('预算')),
  rows: {
    type: 'sideBySide',
    splitAt: 2,
    left: [
      t1Income,
      [t1IncomeYear],
      t1IncomeBelow,
      [yearTotalRow('incomeAll', '收入总计', [t1IncomeYear, ...t1IncomeBelow])],
    ],
    right: [
      t1Classes,
      [t1ExpenditureYear],
      t1ExpenditureBelow,
      [yearTotalRow('expenditureAll', '支出总计', [t1ExpenditureYear, ...t1ExpenditureBelow])],
    ],
  },
  notes: ['注：财政拨款收支情况包括一般公共预算、政府性基金预算、国有资本经营预算拨款收支情况。'],
  print: LANDSCAPE,
};

const t2Header: HeaderItem[] = [
  FUNCTION_CODE_NAME,
  amount('合计'),
  {
    kind: 'group',
    caption: '财政拨款收入',
    children: [
      amount('一般公共预算', { fundSources: GP }),
      amount('政府性基金预算', { fundSources: GOV_FUND }),
      amount('国有资本经营预算', { fundSources: STATE_CAPITAL }),
    ],
  },
  {
    kind: 'group',
    caption: '财政专户拨款收入',
    children: [
      amount('教育收费', { fundSources: ['财政专户-教育收费'] }),
      amount('其他专户收入拨款', { fundSources: ['财政专户-其他专户收入拨款'] }),
    ],
  },
  {
    kind: 'group',
    caption: '其他资金收入',
    children: [
      amount('事业收入', { fundSources: ['事业收入'] }),
      amount('经营收入', { fundSources: ['经营收入'] }),
      amount('其他收入', { fundSources: ['其他收入'] }),
    ],
  },
  amount('上级补助收入', { fundSources: ['上级补助收入'] }),
  amount('附属单位上缴收入', { fundSources: ['附属单位上缴收入'] }),
  // The note under the table says this column includes 上年结转结余.
  amount('用事业基金弥补收支差额', { fundSources: ['用事业基金弥补收支差额', '上年结转结余'] }),
];

export const table2: TableTemplate = {
  number: 2,
  title: '收入总体情况表',
  header: t2Header,
  rows: { type: 'functionHierarchy', total: { label: '合计', field: 'name' } },
  notes: ['注：“用事业基金弥补收支差额”一列含“上年结转结余”金额'],
  print: LANDSCAPE,
};

export const table3: TableTemplate = {
  number: 3,
  title: '支出总体情况表',
  header: [
    FUNCTION_CODE_NAME,
    amount('合计'),
    amount('基本支出', { kinds: BASIC }),
    amount('项目支出', { kinds: PROJECT }),
    amount('事业单位经营支出', { kinds: ['事业单位经营支出'] }),
    amount('对附属单位补助支出', { kinds: ['对附属单位补助支出'] }),
    amount('上缴上级支出', { kinds: ['上缴上级支出'] }),
    amount('结转下年', { kinds: ['结转下年'] }),
  ],
  rows: { type: 'functionHierarchy', total: { label: '合计', field: 'name' } },
  notes: [FUNCTION_NOTE_BIANZHI],
  print: LANDSCAPE,
};

const t4Income: FixedRow[] = [
  { key: 'gp', label: '一、一般公共预算', filter: { fundSources: GP } },
  { key: 'fund', label: '二、政府性基金预算', filter: { fundSources: GOV_FUND } },
  { key: 'capital', label: '三、国有资本经营预算', filter: { fundSources: STATE_CAPITAL } },
];
// Only 结转下年 prints below the total here, so the 类 rows take every other kind.
const t4Classes = functionClassRows([
  ...BASIC,
  ...PROJECT,
  '事业单位经营支出',
  '对附属单位补助支出',
  '上缴上级支出',
]);
const t4IncomeYear = yearTotalRow('incomeYear', '本年收入合计', t4Income);
const t4ExpenditureYear = yearTotalRow('expenditureYear', '本年支出合计', t4Classes);
const t4CarryOver: FixedRow = {
  key: 'carryOver',
  label: '二十四、结转下年',
  filter: { kinds: ['结转下年'] },
};

export const table4: TableTemplate = {
  number: 4,
  title: '财政拨款收支总体情况表',
  header: sideBySideHeader(amount('预算', { fundSources: FISCAL })),
  rows: {
    type: 'sideBySide',
    splitAt: 2,
    left: [t4Income, [t4IncomeYear], [], [yearTotalRow('incomeAll', '收入总计', [t4IncomeYear])]],
    right: [
      t4Classes,
      [t4ExpenditureYear],
      [t4CarryOver],
      [yearTotalRow('expenditureAll', '支出总计', [t4ExpenditureYear, t4CarryOver])],
    ],
  },
  notes: [FUNCTION_NOTE_BIANZHI],
  print: LANDSCAPE,
};
