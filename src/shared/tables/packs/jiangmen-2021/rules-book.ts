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
    severity: 'error',
    text: '各资金来源的支出明细合计 = 该来源的收入计划（控制数）',
    check: 'plan-by-source',
    params: {},
  },
  {
    id: 'PROJECT-APPROVED',
    severity: 'error',
    text: '项目的支出明细合计 = 项目库批复金额',
    check: 'project-approved',
    params: {},
  },
  {
    id: 'CATALOG-CODE',
    severity: 'error',
    text: '功能科目、部门经济科目、政府经济科目须为本年度科目目录中的编码',
    check: 'catalog-codes',
    params: {},
  },
  {
    id: 'CATALOG-RETIRED',
    severity: 'error',
    text: '明细不得使用导入的科目表已删除（停用）的科目',
    check: 'catalog-retired',
    params: {},
  },
  {
    id: 'ECON-PAIR',
    severity: 'error',
    text: '部门经济科目与政府经济科目的对应须符合该单位性质的对照关系',
    check: 'econ-pair',
    params: {},
  },
  {
    id: 'NEGATIVE',
    severity: 'error',
    text: '金额不得为负数',
    check: 'negative-amount',
    params: {},
  },
  {
    id: 'PROCUREMENT',
    severity: 'error',
    text: '项目的政府采购（货物+工程+服务）≤ 项目支出明细合计',
    check: 'procurement-within-lines',
    params: {},
  },
  {
    id: 'GOV-CLASS-UNIT',
    severity: 'warning',
    text: '事业单位不宜使用机关类政府经济科目（501/502/503）',
    check: 'gov-class-for-unit-type',
    params: { unitTypes: ['事业单位'], govClasses: ['501', '502', '503'] },
  },
  {
    id: 'KEY-PROJECT-TARGETS',
    severity: 'warning',
    text: '重点项目须填写绩效目标',
    check: 'key-project-targets',
    params: { minIndicators: 1 },
  },
  {
    id: 'KEY-PROJECT-PROCUREMENT',
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
    severity: 'warning',
    text: '“三公”经费及其各项不得比上年增加',
    check: 'rise-against-last-year',
    params: { subjects: THREE_PUBLIC },
  },
  {
    id: 'CHANGE-REASON',
    severity: 'warning',
    text: '比上年增减超过 10% 的项目须填写增减变化原因',
    check: 'change-needs-reason',
    params: { thresholdPercent: 10, subjects: CHANGE_SUBJECTS },
  },
  {
    id: 'FUND-TABLE-NOTE',
    severity: 'warning',
    text: '表8、表9 有金额时须有表下说明（不能仍为“注：无”）',
    check: 'table-note-required',
    params: { tables: [8, 9], emptyNotes: ['注：无'] },
  },
];
