/**
 * The shape of 审核 rules as data. A template pack lists its rules (packs/<id>/rules.ts); the
 * evaluator reads them. Table identities address printed cells of the table models; book rules
 * name a checker kind and give it parameters (thresholds, code lists), so an edited pack changes
 * what is checked without touching code.
 */
import type { UnitType } from '../domain';
import type { Severity } from './finding';

/** A column of a table: its leaf caption, or its 0-based index in TableModel.columns. */
export type ColumnSel = string | number;

/**
 * One printed cell: table number, row key and column. A side-by-side table (表1, 表4) pairs two
 * rows in one printed line; either half's own key addresses it.
 */
export interface CellSel {
  table: number;
  row: string;
  column: ColumnSel;
}

/** The sum of the rows of a table whose code is one of `codes` (e.g. every 30217 row of 表6). */
interface CodeSumSel {
  table: number;
  codes: string[];
  column: ColumnSel;
}

export type AmountSel = CellSel | CodeSumSel;

interface RuleBase {
  /** Stable id, e.g. "X11", "T3-a", "PLAN-SOURCE". */
  id: string;
  /** The rule in words, as the clerk reads it. */
  text: string;
  /**
   * Its short Chinese name, the heading of a finding (“资金来源未按控制数安排”); table rules
   * without one are named by ruleName() from their kind.
   */
  name?: string;
  /** Where to look when it fails, if not the pack's definition of the tables (the default hint). */
  hint?: string;
}

/** All cells hold the same amount (the same quantity printed in several places). */
interface EqualRule extends RuleBase {
  kind: 'equal';
  cells: AmountSel[];
}

/** One cell is the sum of others. */
interface SumRule extends RuleBase {
  kind: 'sum';
  total: AmountSel;
  parts: AmountSel[];
}

/** In every body row of a table, one column is the sum of others. */
export interface RowSumRule extends RuleBase {
  kind: 'row-sum';
  table: number;
  total: ColumnSel;
  parts: ColumnSel[];
}

/**
 * How rows nest inside a table: by code length (类 3 → 款 5 → 项 7; the total row on top), or by
 * the row's emphasis (total → subtotal → normal), or by a label prefix marking children ("--").
 */
export type TreeLevelBy =
  | { by: 'code-length' }
  | { by: 'emphasis' }
  | { by: 'label-prefix'; prefix: string };

/** Every parent row equals the sum of its child rows, column by column. */
export interface TreeSumRule extends RuleBase {
  kind: 'tree-sum';
  table: number;
  /** Amount columns to check; all amount columns when omitted. */
  columns?: ColumnSel[];
  levels: TreeLevelBy;
}

/**
 * Per code, the rows carrying it in one table add up to those carrying it in another (e.g. 表2
 * 合计 = 表3 合计 by 功能科目; 表6 类 = 表11 类, where a code may print on several rows).
 */
export interface RowsMatchRule extends RuleBase {
  kind: 'rows-match';
  a: { table: number; column: ColumnSel };
  b: { table: number; column: ColumnSel };
  /** Only rows whose code has one of these lengths (default: every row with a code). */
  codeLengths?: number[];
  /** Which table's codes are compared: both (default), or only those printed in table a. */
  codesFrom?: 'both' | 'a';
}

/**
 * An identity between printed cells. Exact in 分 or an error; when exact in 分 but the printed
 * parts do not add up to the printed total, an info finding explains the 尾差. Tails of rules
 * sharing a `tailGroup` with the same printed figures are one finding (the same quantity printed
 * in several tables).
 */
export type TableRule = (EqualRule | SumRule | RowSumRule | TreeSumRule | RowsMatchRule) & {
  tailGroup?: string;
};

/** Parameters of each book-level checker kind. */
interface CheckerParams {
  /** Lines by fund source = the income plan (控制数), where one is entered. */
  'plan-by-source': Record<string, never>;
  /** A project's lines = its approved amount (项目库), where one is entered. */
  'project-approved': Record<string, never>;
  /** Function and economic codes exist in the book year's catalog. */
  'catalog-codes': Record<string, never>;
  /** No line uses a code that an imported 科目表 dropped (停用 in the book's catalog). */
  'catalog-retired': Record<string, never>;
  /** The 部门→政府 经济科目 pair is allowed for the unit type. */
  'econ-pair': Record<string, never>;
  /** No negative amounts (lines, plan, approved amounts, procurement). */
  'negative-amount': Record<string, never>;
  /** 政府采购 of a project ≤ its lines. */
  'procurement-within-lines': Record<string, never>;
  /** Units of these types should not use these 政府经济分类 类. */
  'gov-class-for-unit-type': { unitTypes: UnitType[]; govClasses: string[] };
  /** A key project has performance targets. */
  'key-project-targets': { minIndicators: number };
  /** A key project whose lines buy goods/works/services has its 政府采购 split. */
  'key-project-procurement': { procurementDeptEconPrefixes: string[] };
  /** A printed figure rose against last year (三公 and its items). */
  'rise-against-last-year': { subjects: YearSubject[] };
  /** A printed figure changed by more than thresholdPercent without a written reason. */
  'change-needs-reason': { thresholdPercent: number; subjects: YearSubject[] };
  /** A non-empty table needs its note (注：…) written by the clerk. */
  'table-note-required': { tables: number[]; emptyNotes: string[] };
  /** A 二级 project (or a 一级 one without 二级 projects) has no lines. */
  'project-without-lines': Record<string, never>;
  /** A book with lines has its 国有资产 figures entered (第三部分 五 prints them). */
  'assets-entered': Record<string, never>;
}

/** A figure compared year on year: a printed cell, and the key its reason is stored under. */
export interface YearSubject {
  label: string;
  cell: CellSel;
  /** change_reasons.subject_key. */
  reasonKey: string;
}

export type CheckerKind = keyof CheckerParams;

export type BookRule = {
  [K in CheckerKind]: RuleBase & { severity: Severity; check: K; params: CheckerParams[K] };
}[CheckerKind];

/** The rules of one template pack. */
export interface PackRules {
  packId: string;
  /** Identities between and within printed tables; always errors (tails become info). */
  tables: TableRule[];
  book: BookRule[];
}
