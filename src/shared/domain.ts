/**
 * The budget domain: units, projects, line items and the facts a clerk enters beside them.
 * Every amount is an integer number of 分 (fen). Never a float of 元.
 */
import type { CatalogData } from './catalogs/types';
import type { PackDefinition } from './tables/packs/definition';

/** Integer 分. 1 元 = 100 分; 1 万元 = 1,000,000 分. */
export type Fen = number;

export const UNIT_TYPES = ['行政单位', '参公事业单位', '事业单位'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Fund sources (资金来源), in the order the income tables print them. */
export const FUND_SOURCES = [
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
  '财政专户-教育收费',
  '财政专户-其他专户收入拨款',
  '事业收入',
  '经营收入',
  '其他收入',
  '上级补助收入',
  '附属单位上缴收入',
  '用事业基金弥补收支差额',
  '上年结转结余',
] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

/** Groups of fund sources as the tables name them. */
export const FUND_GROUPS = {
  财政拨款: ['一般公共预算', '政府性基金预算', '国有资本经营预算'],
  财政专户: ['财政专户-教育收费', '财政专户-其他专户收入拨款'],
  其他资金: ['事业收入', '经营收入', '其他收入'],
} as const satisfies Record<string, readonly FundSource[]>;

/** Expenditure kinds (支出类型) of a line item. */
export const EXPENDITURE_KINDS = [
  '基本支出-人员经费',
  '基本支出-公用经费',
  '项目支出',
  '事业单位经营支出',
  '对附属单位补助支出',
  '上缴上级支出',
  '结转下年',
] as const;
export type ExpenditureKind = (typeof EXPENDITURE_KINDS)[number];

export const BASIC_KINDS: readonly ExpenditureKind[] = ['基本支出-人员经费', '基本支出-公用经费'];

/** A budget unit (预算单位). A department may have subordinate units (parentCode). */
export interface Unit {
  code: string;
  name: string;
  type: UnitType;
  parentCode: string | null;
}

/** 一级 projects have level 1 and no parent; 二级 projects have level 2 and a 一级 parent. */
export interface Project {
  code: string;
  name: string;
  level: 1 | 2;
  parentCode: string | null;
  unitCode: string;
  /** 重点项目 flag. */
  isKey: boolean;
  /** 项目库 approved amount, entered by the clerk; null when not entered. */
  approvedFen: Fen | null;
  procurementGoodsFen: Fen;
  procurementWorksFen: Fen;
  procurementServicesFen: Fen;
}

/** 绩效指标 tier names of the 2021 framework. */
export const INDICATOR_TIERS = ['产出指标', '效益指标', '满意度指标'] as const;
export type IndicatorTier = (typeof INDICATOR_TIERS)[number];

/** One 三级 performance indicator of a project. */
export interface PerformanceIndicator {
  id: number;
  projectCode: string;
  tier: IndicatorTier;
  /** 二级指标, e.g. 数量指标, 社会效益指标. */
  category: string;
  name: string;
  /** 指标值 including comparator, e.g. "≥5". */
  value: string;
  unit: string;
}

/** The fact table: money for one purpose from one source. */
export interface LineItem {
  id: number;
  unitCode: string;
  /** 功能分类 项, 7 digits. */
  functionCode: string;
  /** 部门预算支出经济分类 款, 5 digits; empty only for kinds that carry none (e.g. 结转下年). */
  deptEconCode: string;
  /** 政府预算支出经济分类 款; defaulted from deptEconCode and the unit type unless overridden. */
  govEconCode: string;
  kind: ExpenditureKind;
  /** 二级项目 code for 项目支出, otherwise null. */
  projectCode: string | null;
  fundSource: FundSource;
  amountFen: Fen;
}

/** A line without its database id, as imported or entered. */
export type LineItemInput = Omit<LineItem, 'id'>;

/** The income plan (控制数) of one fund source for one unit. */
export interface IncomePlanEntry {
  unitCode: string;
  fundSource: FundSource;
  amountFen: Fen;
}

/** 第一部分 texts. */
export interface UnitTexts {
  mainDuties: string;
  organization: string;
  budgetComposition: string;
}

/** 国有资产 figures for 第三部分 五. */
export interface AssetFigures {
  asOfDate: string;
  fixedAssetsFen: Fen;
  buildingsM2: number;
  vehicles: number;
  equipmentOver1m: number;
  plannedPurchaseFen: Fen;
  plannedPurchaseText: string;
}

/** Budget years a book may have: each has its catalog and its built-in template pack. */
export const FIRST_BUDGET_YEAR = 2021;
export const LAST_BUDGET_YEAR = 2030;

/** Why a budget year cannot be drafted, in the clerk's words; undefined when it can. */
export function budgetYearProblem(year: unknown): string | undefined {
  if (
    typeof year === 'number' &&
    Number.isInteger(year) &&
    year >= FIRST_BUDGET_YEAR &&
    year <= LAST_BUDGET_YEAR
  )
    return undefined;
  return `“预算年度”应为 ${FIRST_BUDGET_YEAR}–${LAST_BUDGET_YEAR} 年之间的年份（收到“${String(year)}”）`;
}

/** Book-level facts. */
export interface BookInfo {
  year: number;
  packId: string;
  /** The top unit of the book (the department). */
  unitCode: string;
}

/** Everything the table engine and the checks need, as plain data. */
export interface BookSnapshot {
  info: BookInfo;
  units: Unit[];
  projects: Project[];
  lines: LineItem[];
  plan: IncomePlanEntry[];
  /** 绩效指标 of the projects (for the key-project checks); absent when not loaded. */
  indicators?: PerformanceIndicator[];
  /** Last year's printed figures (year-on-year checks and 第三部分); absent when not loaded. */
  lastYear?: LastYearFigure[];
  /** The clerk's reasons for year-on-year changes; absent when not loaded. */
  reasons?: ChangeReason[];
  /**
   * The clerk's 表注 by table number (text without the "注：" prefix), printed under tables whose
   * template accepts one; absent when not loaded, tables without a note have no key.
   */
  tableNotes?: Record<number, string>;
  /**
   * The catalog stored in the book (科目表, possibly imported from the finance bureau's list);
   * absent when not loaded, and then the built-in catalog of the year applies.
   */
  catalog?: CatalogData;
  /**
   * The whole template pack when the book was made from a pack file (it carries it, so it opens
   * without the file); absent for a built-in pack, which info.packId names.
   */
  pack?: PackDefinition;
}

/** Longest 表注 a clerk may write, in characters (the book's CHECK says the same). */
export const TABLE_NOTE_MAX_CHARS = 2000;

/** One printed cell of last year's budget, from the import of last year's tables. */
export interface LastYearFigure {
  id: number;
  tableNo: number;
  /** TableRow.key of the row in this year's pack. */
  rowKey: string;
  code: string;
  label: string;
  /** 0-based index into TableModel.columns. */
  columnIndex: number;
  caption: string;
  amountFen: Fen;
}

/** The clerk's "主要原因是…" for a change against last year, keyed by its subject (e.g. 'income'). */
export interface ChangeReason {
  subjectKey: string;
  reason: string;
}
