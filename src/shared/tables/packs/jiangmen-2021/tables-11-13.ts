/**
 * Jiangmen 2021 tables 11–13: basic expenditure per unit, project (and other) expenditure per
 * unit, and 一级 projects. Column captions the sample does not show are settings below, not code.
 */
import type { HeaderItem, TableTemplate } from '../../template';
import { amount, BASIC, FISCAL, FISCAL_GROUP, OTHER, PROJECT, SPECIAL, text } from './common';

const LANDSCAPE = { orientation: 'landscape' } as const;

export const table11: TableTemplate = {
  number: 11,
  title: '部门预算基本支出预算表',
  header: [
    text('单位编码', 'unitCode', 10),
    { ...text('单位名称', 'unitName', 16), maxWidth: 22 },
    { ...text('支出经济分类科目（资金使用单位）', 'label', 24), maxWidth: 30 },
    // 总计 takes every source so it always equals table 3's 基本支出; the sample has only 财政拨款.
    amount('总计'),
    FISCAL_GROUP,
    amount('财政专户和财政代管资金拨款', { fundSources: SPECIAL }),
    amount('其他资金', { fundSources: OTHER }),
  ],
  scope: { kinds: BASIC },
  rows: {
    type: 'units',
    total: { label: '', field: 'label' },
    subtotalSuffix: '-小计',
    classLabels: { '303': '对个人和家庭补助支出' },
  },
  notes: [],
  print: LANDSCAPE,
};

/**
 * Captions of table 12's columns after 总计 and 财政拨款{…}. The published text lost the header:
 * only 总计, 财政拨款合计 and 一般公共预算 are settled by the figures (layout-notes §2.12), so
 * these stay pack settings until the official blank template is at hand.
 */
export const TABLE12_CAPTIONS = {
  special: '财政专户和财政代管资金拨款',
  other: '其他资金',
  superiorEtc: '上级补助及附属单位上缴等',
  carriedIn: '上年结转结余',
} as const;

export const table12: TableTemplate = {
  number: 12,
  title: '部门预算项目支出及其他支出预算表',
  header: [
    text('单位编码', 'unitCode', 10),
    { ...text('单位名称', 'unitName', 16), maxWidth: 22 },
    { ...text('项目名称', 'label', 30), maxWidth: 44 },
    amount('总计'),
    FISCAL_GROUP,
    amount(TABLE12_CAPTIONS.special, { fundSources: SPECIAL }),
    amount(TABLE12_CAPTIONS.other, { fundSources: OTHER }),
    amount(TABLE12_CAPTIONS.superiorEtc, {
      fundSources: ['上级补助收入', '附属单位上缴收入', '用事业基金弥补收支差额'],
    }),
    amount(TABLE12_CAPTIONS.carriedIn, { fundSources: ['上年结转结余'] }),
  ],
  scope: { kinds: ['项目支出', '事业单位经营支出', '对附属单位补助支出', '上缴上级支出'] },
  rows: {
    type: 'projects',
    layout: 'tree',
    total: { label: '合计', field: 'label' },
    subtotalSuffix: '-小计',
    childPrefix: '--',
    // "及其他支出": the non-project kinds of table 3, printed under the unit when non-zero.
    otherKinds: [
      { kind: '事业单位经营支出', label: '事业单位经营支出' },
      { kind: '对附属单位补助支出', label: '对附属单位补助支出' },
      { kind: '上缴上级支出', label: '上缴上级支出' },
    ],
  },
  notes: [],
  print: LANDSCAPE,
};

/**
 * Table 13's twelve 财政拨款 sub-columns, read as 政府预算支出经济分类 类 (layout-notes §2.13
 * reading H-A: it puts the sample's 173.10 under 503 and 200.20 under 506, as printed). The
 * captions are not in the published text: they are settings of this pack.
 */
export const TABLE13_FISCAL_CLASSES: readonly (readonly [code: string, caption: string])[] = [
  ['502', '机关商品和服务支出'],
  ['503', '机关资本性支出（一）'],
  ['504', '机关资本性支出（二）'],
  ['505', '对事业单位经常性补助'],
  ['506', '对事业单位资本性补助'],
  ['507', '对企业补助'],
  ['508', '对企业资本性支出'],
  ['509', '对个人和家庭的补助'],
  ['510', '对社会保障基金补助'],
  ['511', '债务利息及费用支出'],
  ['512', '债务还本支出'],
  ['599', '其他支出'],
];

/** Captions of table 13's columns 15–22 (only 15 and 22 are settled by the figures). */
export const TABLE13_CAPTIONS = {
  special: '财政专户和财政代管资金拨款',
  business: '事业收入',
  operating: '经营收入',
  otherIncome: '其他收入',
  superior: '上级补助收入',
  affiliated: '附属单位上缴收入',
  fundMakeUp: '用事业基金弥补收支差额',
  carriedIn: '上年结转结余',
} as const;

// Twenty-four columns on A4 landscape: amounts are narrow and captions wrap onto four lines.
const narrow = (c: ReturnType<typeof amount>): ReturnType<typeof amount> => ({ ...c, minWidth: 8 });

const t13Header: HeaderItem[] = [
  text('项目编码', 'code', 23),
  { ...text('项目名称', 'label', 16), maxWidth: 22 },
  narrow(amount('总计')),
  {
    kind: 'group',
    caption: '财政拨款',
    children: [
      narrow(amount('合计', { fundSources: FISCAL })),
      ...TABLE13_FISCAL_CLASSES.map(([code, caption]) =>
        narrow(amount(caption, { fundSources: FISCAL, govEconPrefixes: [code] })),
      ),
    ],
  },
  narrow(amount(TABLE13_CAPTIONS.special, { fundSources: SPECIAL })),
  narrow(amount(TABLE13_CAPTIONS.business, { fundSources: ['事业收入'] })),
  narrow(amount(TABLE13_CAPTIONS.operating, { fundSources: ['经营收入'] })),
  narrow(amount(TABLE13_CAPTIONS.otherIncome, { fundSources: ['其他收入'] })),
  narrow(amount(TABLE13_CAPTIONS.superior, { fundSources: ['上级补助收入'] })),
  narrow(amount(TABLE13_CAPTIONS.affiliated, { fundSources: ['附属单位上缴收入'] })),
  narrow(amount(TABLE13_CAPTIONS.fundMakeUp, { fundSources: ['用事业基金弥补收支差额'] })),
  narrow(amount(TABLE13_CAPTIONS.carriedIn, { fundSources: ['上年结转结余'] })),
];

export const table13: TableTemplate = {
  number: 13,
  title: '部门预算一级项目支出预算表',
  header: t13Header,
  scope: { kinds: PROJECT },
  rows: { type: 'projects', layout: 'level1', total: { label: '合计', field: 'label' } },
  notes: [],
  print: { orientation: 'landscape', captionLines: 4 },
};
