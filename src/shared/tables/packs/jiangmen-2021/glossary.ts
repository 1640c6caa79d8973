/**
 * The Jiangmen 2021 document beyond its tables: the figures 第三部分 compares with last year
 * (engine row keys of tables 1 and 7), the fixed 机关运行经费 texts, and the ten terms of
 * 第四部分 名词解释 as published. The government level is a parameter: the published 2021 sample
 * prints 市直 in table 7's note but 省直 in its glossary, an evident copy from the province's
 * template; the pack (index.ts) says 市直 for both.
 */
import type { PackDocument } from '../definition';
import { REASON_KEYS } from './rules-book';

/** Table 1 is printed side by side: column 1 is the income amount, column 3 the expenditure. */
const T1_INCOME = 1;
const T1_EXPENDITURE = 3;
/** Table 7's 合计 column. */
const T7_TOTAL = 1;
const t7 = (row: string) => ({ table: 7, row: `fixed:${row}`, column: T7_TOTAL });

const ADMIN_ITEMS =
  '办公费、印刷费、水费、电费、邮电费、取暖费、物业管理费、差旅费、因公出国（境）费用、维修（护）费、租赁费、会议费、培训费、公务接待费、专用材料费、被装购置费、福利费、公务用车运行维护费、其他交通费用、医疗费补助、办公设备购置、专用设备购置、信息网络及软件购置更新、公务用车购置、其他交通工具购置';

export const jiangmen2021Document: PackDocument = {
  subjects: {
    income: {
      cell: { table: 1, row: 'fixed:incomeYear', column: T1_INCOME },
      reasonKey: REASON_KEYS.income,
      label: '收入预算',
    },
    // 支出预算 is 支出总计 (968.73 in the sample), the counterpart of 收入总计.
    expenditure: {
      cell: { table: 1, row: 'fixed:expenditureAll', column: T1_EXPENDITURE },
      reasonKey: REASON_KEYS.expenditure,
      label: '支出预算',
    },
    threePublic: {
      cell: t7('threePublic'),
      reasonKey: REASON_KEYS.threePublic,
      label: '“三公”经费',
    },
    overseas: { cell: t7('overseas'), reasonKey: REASON_KEYS.overseas, label: '因公出国（境）费' },
    cars: { cell: t7('cars'), reasonKey: REASON_KEYS.cars, label: '公务用车购置及运行费' },
    carPurchase: t7('carPurchase'),
    carRunning: t7('carRunning'),
    reception: { cell: t7('reception'), reasonKey: REASON_KEYS.reception, label: '公务接待费' },
    admin: { cell: t7('admin'), reasonKey: REASON_KEYS.admin, label: '机关运行经费' },
  },
  adminDefinition: `行政经费（机关运行经费）指用于维持行政（参公）单位机关运行的经费。具体包括：${ADMIN_ITEMS}经济科目对应的预算资金。`,
  adminNoneSentence: '本部门为非参照公务员法管理的事业单位，按照上述定义，本部门无机关运行经费。',
  glossary: [
    { term: '财政拨款收入', definition: '指预算单位从本级财政部门取得的财政预算资金收入。' },
    { term: '事业收入', definition: '指事业单位开展专业业务活动及辅助活动所取得的收入。' },
    {
      term: '经营收入',
      definition: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。',
    },
    {
      term: '其他收入',
      definition:
        '指除上述“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。主要是非本级财政拨款、存款利息收入、事业单位固定资产出租收入等。',
    },
    {
      term: '用事业基金弥补收支差额',
      definition:
        '指事业单位在用当年的“财政拨款收入”、“事业收入”、“经营收入”、“其他收入”不足以安排当年支出的情况下，使用以前年度积累的事业基金（事业单位当年收支相抵后按国家规定提取、用于弥补以后年度收支差额的基金）弥补本年度收支缺口的资金。',
    },
    {
      term: '基本支出',
      definition: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
    },
    {
      term: '项目支出',
      definition: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
    },
    {
      term: '经营支出',
      definition: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动所发生的支出。',
    },
    {
      term: '行政经费（机关运行经费）',
      definition: `指用于维持行政（参公）单位机关运行的经费。具体包括：${ADMIN_ITEMS}经济科目对应的预算资金。`,
    },
    {
      term: '“三公”经费',
      definition:
        '指{level}行政（参公）单位、事业单位用于因公出国（境）、公务用车购置及运行维护、公务接待的经费。其中：因公出国（境）经费具体包括公务出国（境）的住宿费、差旅费、伙食补助费、杂费、培训费等支出；公务用车购置及运行维护费具体包括公务用车购置费、公务用车租用费、燃料费、维修费、过桥过路费、保险费等支出；公务接待费具体包括按规定开支的各类公务接待（外宾接待）费用。',
    },
  ],
};
