/**
 * Book-level 审核 rules of the Jiangmen 2021 pack: each names a checker kind and its parameters
 * (thresholds, code lists, the printed cells compared with last year), with its severity.
 */
import type { BookRule, YearSubject } from '../../../validation/rule-types';
import { EXPENDITURE, INCOME } from './rules-within';

/** Keys of change_reasons for the subjects of 第三部分 (shared with the explanation text). */
export const REASON_KEYS = {
  income: 'income',
  expenditure: 'expenditure',
  threePublic: '三公',
  overseas: '三公-因公出国',
  cars: '三公-公务用车',
  reception: '三公-公务接待',
  admin: '机关运行经费',
} as const;

const t7 = (row: string): YearSubject['cell'] => ({
  table: 7,
  row: `fixed:${row}`,
  column: '合计',
});

const THREE_PUBLIC: YearSubject[] = [
  { label: '“三公”经费', cell: t7('threePublic'), reasonKey: REASON_KEYS.threePublic },
  { label: '因公出国（境）费', cell: t7('overseas'), reasonKey: REASON_KEYS.overseas },
  { label: '公务用车购置及运行维护费', cell: t7('cars'), reasonKey: REASON_KEYS.cars },
  { label: '公务接待费', cell: t7('reception'), reasonKey: REASON_KEYS.reception },
];

const CHANGE_SUBJECTS: YearSubject[] = [
  {
    label: '收入预算（本年收入合计）',
    cell: { table: 1, row: 'fixed:incomeYear', column: INCOME },
    reasonKey: REASON_KEYS.income,
  },
  {
    label: '支出预算（本年支出合计）',
    cell: { table: 1, row: 'fixed:expenditureYear', column: EXPENDITURE },
    reasonKey: REASON_KEYS.expenditure,
  },
  ...THREE_PUBLIC,
  { label: '机关运行经费', cell: t7('admin'), reasonKey: REASON_KEYS.admin },
];

export const bookRules: BookRule[] = [
  {
    id: 'PLAN-SOURCE',
    name: '资金来源未按控制数安排',
    severity: 'error',
    text: '各资金来源的支出明细合计 = 该来源的收入计划（控制数）',
    check: 'plan-by-source',
    params: {},
  },
  {
    id: 'PROJECT-APPROVED',
    name: '项目明细与项目库批复金额不符',
    severity: 'error',
    text: '项目的支出明细合计 = 项目库批复金额',
    check: 'project-approved',
    params: {},
  },
  {
    id: 'CATALOG-CODE',
    name: '科目编码不在本年度目录中',
    severity: 'error',
    text: '功能科目、部门经济科目、政府经济科目须为本年度科目目录中的编码',
    check: 'catalog-codes',
    params: {},
  },
  {
    id: 'CATALOG-RETIRED',
    name: '使用了已停用的科目',
    severity: 'error',
    text: '明细不得使用导入的科目表已删除（停用）的科目',
    check: 'catalog-retired',
    params: {},
  },
  {
    id: 'ECON-PAIR',
    name: '经济科目对应关系不符',
    severity: 'error',
    text: '部门经济科目与政府经济科目的对应须符合该单位性质的对照关系',
    check: 'econ-pair',
    params: {},
  },
  {
    id: 'NEGATIVE',
    name: '金额为负数',
    severity: 'error',
    text: '金额不得为负数',
    check: 'negative-amount',
    params: {},
  },
  {
    id: 'PROCUREMENT',
    name: '政府采购超过项目支出',
    severity: 'error',
    text: '项目的政府采购（货物+工程+服务）≤ 项目支出明细合计',
    check: 'procurement-within-lines',
    params: {},
  },
  {
    id: 'GOV-CLASS-UNIT',
    name: '事业单位使用机关类政府经济科目',
    severity: 'warning',
    text: '事业单位不宜使用机关类政府经济科目（501/502/503）',
    check: 'gov-class-for-unit-type',
    params: { unitTypes: ['事业单位'], govClasses: ['501', '502', '503'] },
  },
  {
    id: 'KEY-PROJECT-TARGETS',
    name: '重点项目缺少绩效目标',
    severity: 'warning',
    text: '重点项目须填写绩效目标',
    check: 'key-project-targets',
    params: { minIndicators: 1 },
  },
  {
    id: 'KEY-PROJECT-PROCUREMENT',
    name: '重点项目未拆分政府采购',
    severity: 'warning',
    text: '重点项目的购置、服务类支出须按货物/工程/服务拆分政府采购',
    check: 'key-project-procurement',
    params: {
      procurementDeptEconPrefixes: [
        '309',
        '310',
        '30202',
        '30203',
        '30209',
        '30213',
        '30214',
        '30226',
        '30227',
      ],
    },
  },
  {
    id: 'THREE-PUBLIC-RISE',
    name: '“三公”经费比上年增加',
    severity: 'warning',
    text: '“三公”经费及其各项不得比上年增加',
    check: 'rise-against-last-year',
    params: { subjects: THREE_PUBLIC },
  },
  {
    id: 'CHANGE-REASON',
    name: '增减变化未写原因',
    severity: 'warning',
    text: '比上年增减超过 10% 的项目须填写增减变化原因',
    check: 'change-needs-reason',
    params: { thresholdPercent: 10, subjects: CHANGE_SUBJECTS },
  },
  {
    id: 'FUND-TABLE-NOTE',
    name: '表8、表9 缺少表注',
    severity: 'warning',
    text: '表8、表9 有金额时须有表下说明（不能仍为“注：无”）',
    check: 'table-note-required',
    params: { tables: [8, 9], emptyNotes: ['注：无'] },
  },
  {
    id: 'PROJECT-NO-LINES',
    name: '项目没有支出明细',
    severity: 'warning',
    text: '每个项目须有支出明细（表12、表13 和第三部分按明细列出项目）',
    check: 'project-without-lines',
    params: {},
  },
  {
    id: 'ASSETS-MISSING',
    name: '国有资产尚未填写',
    severity: 'warning',
    text: '有预算的单位须填写国有资产情况（第三部分“国有资产占有使用情况”）',
    check: 'assets-entered',
    params: {},
  },
];
