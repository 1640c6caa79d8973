/**
 * Building blocks shared by the Jiangmen 2021 tables: fund groups, kind groups, the 23 function
 * 类 of tables 1 and 4 in their printed order, and the column sets several tables repeat.
 */
import { BASIC_KINDS, FUND_GROUPS, type ExpenditureKind, type FundSource } from '../../../domain';
import type { AmountColumn, FixedRow, HeaderItem, LineFilter, TextColumn } from '../../template';

export const FISCAL: readonly FundSource[] = FUND_GROUPS.财政拨款;
export const SPECIAL: readonly FundSource[] = FUND_GROUPS.财政专户;
export const OTHER: readonly FundSource[] = FUND_GROUPS.其他资金;
export const GP: readonly FundSource[] = ['一般公共预算'];
export const GOV_FUND: readonly FundSource[] = ['政府性基金预算'];
export const STATE_CAPITAL: readonly FundSource[] = ['国有资本经营预算'];

export const BASIC: readonly ExpenditureKind[] = BASIC_KINDS;
export const PROJECT: readonly ExpenditureKind[] = ['项目支出'];
const BASIC_AND_PROJECT: readonly ExpenditureKind[] = [...BASIC_KINDS, '项目支出'];

export function amount(caption: string, filter: LineFilter = {}): AmountColumn {
  return { kind: 'amount', caption, filter };
}

export function text(caption: string, field: TextColumn['field'], minWidth?: number): TextColumn {
  return minWidth === undefined
    ? { kind: 'text', caption, field }
    : { kind: 'text', caption, field, minWidth };
}

/**
 * The 23 expenditure 类 as tables 1 and 4 print them. The order is the template's, not code
 * order: 二十 国有资本经营预算支出 (223) comes before 二十一 粮油物资储备支出 (222).
 */
export const FUNCTION_CLASS_ROWS: readonly (readonly [label: string, code: string])[] = [
  ['一、一般公共服务支出', '201'],
  ['二、外交支出', '202'],
  ['三、国防支出', '203'],
  ['四、公共安全支出', '204'],
  ['五、教育支出', '205'],
  ['六、科学技术支出', '206'],
  ['七、文化旅游体育与传媒支出', '207'],
  ['八、社会保障和就业支出', '208'],
  ['九、卫生健康支出', '210'],
  ['十、节能环保支出', '211'],
  ['十一、城乡社区支出', '212'],
  ['十二、农林水支出', '213'],
  ['十三、交通运输支出', '214'],
  ['十四、资源勘探工业信息等支出', '215'],
  ['十五、商业服务业等支出', '216'],
  ['十六、金融支出', '217'],
  ['十七、援助其他地区支出', '219'],
  ['十八、自然资源海洋气象等支出', '220'],
  ['十九、住房保障支出', '221'],
  ['二十、国有资本经营预算支出', '223'],
  ['二十一、粮油物资储备支出', '222'],
  ['二十二、灾害防治及应急管理支出', '224'],
  ['二十三、其他支出', '229'],
];

/** The 23 类 rows measuring the given kinds, and the 本年支出合计 row adding them up. */
export function functionClassRows(kinds: readonly ExpenditureKind[]): FixedRow[] {
  return FUNCTION_CLASS_ROWS.map(([label, code]) => ({
    key: `fn:${code}`,
    label,
    filter: { functionPrefixes: [code], kinds },
  }));
}

export function yearTotalRow(key: string, label: string, rows: readonly FixedRow[]): FixedRow {
  return { key, label, sumOf: rows.map((r) => r.key), emphasis: 'total' };
}

/** 功能分类科目{科目编码 | 科目名称}, the label block of tables 2, 3, 8 and 9. */
export const FUNCTION_CODE_NAME: HeaderItem = {
  kind: 'group',
  caption: '功能分类科目',
  children: [text('科目编码', 'code', 10), text('科目名称', 'name', 24)],
};

/** 小计 | 其中：基本支出 | 项目支出 under one fund (tables 5, 8, 9). */
export function basicProjectColumns(group: string, funds: readonly FundSource[]): HeaderItem {
  return {
    kind: 'group',
    caption: group,
    children: [
      amount('小计', { fundSources: funds, kinds: BASIC_AND_PROJECT }),
      amount('其中：基本支出', { fundSources: funds, kinds: BASIC }),
      amount('项目支出', { fundSources: funds, kinds: PROJECT }),
    ],
  };
}

/** 财政拨款{合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算} (tables 11 and 12). */
export const FISCAL_GROUP: HeaderItem = {
  kind: 'group',
  caption: '财政拨款',
  children: [
    amount('合计', { fundSources: FISCAL }),
    amount('一般公共预算', { fundSources: GP }),
    amount('政府性基金预算', { fundSources: GOV_FUND }),
    amount('国有资本经营预算', { fundSources: STATE_CAPITAL }),
  ],
};

export const FUNCTION_NOTE_BIANZHI = '注：表中功能分类科目，根据各部门实际预算编制情况编制。';
export const FUNCTION_NOTE_BIANLIE = '注：表中功能分类科目，根据各部门实际预算编制情况编列。';
