/**
 * Jiangmen 2021 tables 5–10: 一般公共预算 by function and by economic pair, the 行政经费 and 三公
 * table, and the 政府性基金 / 国有资本经营 tables (which print only 合计 and "注：无" when empty).
 */
import type { HeaderItem, TableTemplate } from '../../template';
import {
  amount,
  BASIC,
  basicProjectColumns,
  FISCAL,
  FUNCTION_CODE_NAME,
  FUNCTION_NOTE_BIANLIE,
  GOV_FUND,
  GP,
  PROJECT,
  STATE_CAPITAL,
  text,
} from './common';

const LANDSCAPE = { orientation: 'landscape' } as const;

export const table5: TableTemplate = {
  number: 5,
  title: '一般公共预算支出情况表（按功能分类科目）',
  header: [text('功能科目名称', 'codeName', 40), basicProjectColumns('一般公共预算支出', GP)],
  scope: { fundSources: GP },
  rows: { type: 'functionHierarchy', total: { label: '合 计', field: 'codeName' } },
  notes: [FUNCTION_NOTE_BIANLIE],
  print: LANDSCAPE,
};

function pairHeader(filter: { fundSources: typeof GP; kinds: typeof BASIC }): HeaderItem[] {
  return [
    text('部门预算支出经济科目', 'dept', 30),
    text('政府预算支出经济科目', 'gov', 30),
    amount('预算', filter),
  ];
}

export const table6: TableTemplate = {
  number: 6,
  title: '一般公共预算基本支出情况表（按经济分类款级科目）',
  header: pairHeader({ fundSources: GP, kinds: BASIC }),
  scope: { fundSources: GP, kinds: BASIC },
  // The 合计 label sits in the second column here, in the first in table 10 — as printed.
  rows: { type: 'economicPairs', total: { label: '合 计', field: 'gov' } },
  // Printed as is: the template speaks of 功能分类 although the table is economic.
  notes: [FUNCTION_NOTE_BIANLIE],
  print: LANDSCAPE,
};

/** 因公出国（境）, 公务用车购置, 公务用车运行维护, 公务接待: the 部门经济分类 款 of each item. */
const OVERSEAS = ['30212'];
const CAR_PURCHASE = ['31013', '30913'];
const CAR_RUNNING = ['30231'];
const RECEPTION = ['30217'];

/** The 款 the note under table 7 lists as 行政经费 (机关运行经费). */
const ADMIN_EXPENSE_CODES = [
  '30201',
  '30202',
  '30205',
  '30206',
  '30207',
  '30208',
  '30209',
  '30211',
  '30212',
  '30213',
  '30214',
  '30215',
  '30216',
  '30217',
  '30218',
  '30224',
  '30229',
  '30231',
  '30239',
  '30307',
  '31002',
  '31003',
  '31007',
  '31013',
  '31019',
];

export const table7: TableTemplate = {
  number: 7,
  title: '财政拨款安排的行政经费及“三公”经费预算表',
  header: [
    text('项 目', 'label', 34),
    amount('合计', { fundSources: FISCAL }),
    amount('一般公共预算', { fundSources: GP }),
    amount('政府性基金预算', { fundSources: GOV_FUND }),
    amount('国有资本经营预算', { fundSources: STATE_CAPITAL }),
  ],
  rows: {
    type: 'fixed',
    rows: [
      {
        key: 'admin',
        label: '行政经费',
        // Only 行政 and 参公 units have 行政经费; a plain 事业单位 prints 0.00 (as the sample).
        filter: {
          unitTypes: ['行政单位', '参公事业单位'],
          kinds: BASIC,
          deptEconPrefixes: ADMIN_EXPENSE_CODES,
        },
      },
      {
        key: 'threePublic',
        label: '“三公”经费',
        filter: { deptEconPrefixes: [...OVERSEAS, ...CAR_PURCHASE, ...CAR_RUNNING, ...RECEPTION] },
      },
      {
        key: 'overseas',
        label: '其中：（一）因公出国（境）支出',
        filter: { deptEconPrefixes: OVERSEAS },
      },
      {
        key: 'cars',
        label: '（二）公务用车购置及运行维护支出',
        filter: { deptEconPrefixes: [...CAR_PURCHASE, ...CAR_RUNNING] },
      },
      { key: 'carPurchase', label: '1. 公务用车购置', filter: { deptEconPrefixes: CAR_PURCHASE } },
      {
        key: 'carRunning',
        label: '2. 公务用车运行维护费',
        filter: { deptEconPrefixes: CAR_RUNNING },
      },
      { key: 'reception', label: '（三）公务接待费支出', filter: { deptEconPrefixes: RECEPTION } },
    ],
  },
  // {level} prints the pack's government level (市直 here), as in the glossary.
  notes: [
    '注：一、行政经费是指用于维持行政（参公）单位机关运行的经费。具体包括：办公费、印刷费、水费、电费、邮电费、取暖费、物业管理费、差旅费、因公出国（境）费用、维修（护）费、租赁费、会议费、培训费、公务接待费、专用材料费、被装购置费、福利费、公务用车运行维护费、其他交通费用、医疗费补助、办公设备购置、专用设备购置、信息网络及软件购置更新、公务用车购置、其他交通工具购置经济科目对应的预算资金。',
    '二、“三公”经费包括因公出国（境）经费、公务用车购置及运行维护费和公务接待费。其中：因公出国（境）经费指{level}行政单位、事业单位工作人员公务出国（境）的住宿费、差旅费、伙食补助费、杂费、培训费等支出；公务用车购置及运行维护费指{level}行政单位、事业单位公务用车购置费、公务用车租用费、燃料费、维修费、过桥过路费、保险费等支出；公务接待费指{level}行政单位、事业单位按规定开支的各类公务接待（外宾接待）费用。',
  ],
  print: LANDSCAPE,
};

function fundTable(number: number, title: string, group: string, funds: typeof GP): TableTemplate {
  return {
    number,
    title,
    header: [FUNCTION_CODE_NAME, basicProjectColumns(group, funds)],
    scope: { fundSources: funds },
    rows: { type: 'functionHierarchy', total: { label: '合 计', field: 'name' } },
    notes: [],
    emptyNotes: ['注：无'],
    // A table with money needs the clerk's explanation (审核 FUND-TABLE-NOTE asks for it).
    clerkNote: true,
    print: LANDSCAPE,
  };
}

export const table8 = fundTable(8, '政府性基金预算支出情况表', '政府性基金预算支出', GOV_FUND);
export const table9 = fundTable(
  9,
  '国有资本经营预算支出情况表',
  '国有资本经营预算支出',
  STATE_CAPITAL,
);

export const table10: TableTemplate = {
  number: 10,
  title: '一般公共预算项目支出情况表（按支出经济分类科目）',
  header: pairHeader({ fundSources: GP, kinds: PROJECT }),
  scope: { fundSources: GP, kinds: PROJECT },
  rows: { type: 'economicPairs', total: { label: '合 计', field: 'dept' } },
  notes: [],
  print: LANDSCAPE,
};
