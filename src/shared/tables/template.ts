/**
 * Table templates as data. A region/year pack describes each disclosure table with these types;
 * one engine (engine.ts) turns a template plus the book's line items into a TableModel. Nothing
 * here knows a particular table: captions, row lists and measures all live in the pack.
 */
import type { ExpenditureKind, FundSource, UnitType } from '../domain';

/**
 * A filter over line items. Every field that is given must match (AND); within one field any
 * listed value matches (OR). Code fields match by prefix, so '301' selects the whole 类.
 */
export interface LineFilter {
  fundSources?: readonly FundSource[];
  kinds?: readonly ExpenditureKind[];
  /** 功能分类 code prefixes (类 3, 款 5 or 项 7 digits). */
  functionPrefixes?: readonly string[];
  /** 部门预算支出经济分类 code prefixes. */
  deptEconPrefixes?: readonly string[];
  /** 政府预算支出经济分类 code prefixes. */
  govEconPrefixes?: readonly string[];
  unitTypes?: readonly UnitType[];
}

/**
 * Which text a row prints in a text column. Row sources fill the fields they know:
 * fixed rows `label`; function rows `code`, `name`, `codeName` ("[208]社会保障和就业支出");
 * economic pairs `dept`, `gov`; unit and project rows `unitCode`, `unitName`, `label`, `code`.
 */
export type TextField =
  | 'label'
  | 'code'
  | 'name'
  | 'codeName'
  | 'dept'
  | 'gov'
  | 'unitCode'
  | 'unitName';

/** A leaf column printing text from the row. */
export interface TextColumn {
  kind: 'text';
  caption: string;
  field: TextField;
  /** Smallest width in characters (CJK count double); the engine widens to fit the content. */
  minWidth?: number;
  /** Largest width; longer texts wrap onto more lines (wide tables such as table 13). */
  maxWidth?: number;
}

/** A leaf column measuring the sum of the line items its filter selects (AND the row's own). */
export interface AmountColumn {
  kind: 'amount';
  caption: string;
  filter: LineFilter;
  minWidth?: number;
}

export type LeafColumn = TextColumn | AmountColumn;

/** A merged header cell over the columns below it. */
interface HeaderGroup {
  kind: 'group';
  caption: string;
  children: readonly HeaderItem[];
}

/** The header tree: its leaves, left to right, are the table's columns. */
export type HeaderItem = HeaderGroup | LeafColumn;

/** Where a total or subtotal row prints its label. */
export interface TotalRowSpec {
  label: string;
  /** The text field that carries the label; the other text fields stay blank. */
  field: TextField;
}

/** One fixed row: its own filter over line items, or the unrounded sum of other rows. */
export interface FixedRow {
  key: string;
  label: string;
  filter?: LineFilter;
  /** Keys of earlier rows of the same block whose 分 amounts this row adds up. */
  sumOf?: readonly string[];
  emphasis?: 'total' | 'subtotal' | 'normal';
}

interface FixedRowSource {
  type: 'fixed';
  rows: readonly FixedRow[];
}

/**
 * Two fixed halves printed side by side (income left, expenditure right), paired row by row
 * within each section; the shorter half of a section is padded with blank cells.
 */
interface SideBySideRowSource {
  type: 'sideBySide';
  /** Number of leaf columns of the left half. */
  splitAt: number;
  left: readonly (readonly FixedRow[])[];
  right: readonly (readonly FixedRow[])[];
}

/** 功能分类 类 → 款 → 项 rows in code order, non-zero rows only, after a total row. */
export interface FunctionHierarchyRowSource {
  type: 'functionHierarchy';
  total: TotalRowSpec;
}

/** (部门 类, 政府 类) rows each followed by their (部门 款, 政府 款) rows, non-zero only. */
export interface EconomicPairsRowSource {
  type: 'economicPairs';
  total: TotalRowSpec;
}

/** Per unit: a 小计 row, then one row per 部门经济分类 类 (non-zero), after a grand total. */
export interface UnitsRowSource {
  type: 'units';
  total: TotalRowSpec;
  /** Appended to the unit name for its 小计 row, e.g. "-小计". */
  subtotalSuffix: string;
  /** Printed 类 labels that differ from the catalog name (e.g. 303 → 对个人和家庭补助支出). */
  classLabels?: Readonly<Record<string, string>>;
}

/** A row for lines of one non-project kind, printed under a unit's projects when non-zero. */
interface OtherKindRow {
  kind: ExpenditureKind;
  label: string;
}

/**
 * Project rows. `tree`: per unit a 小计, each 一级 project, its 二级 projects with a prefix,
 * and rows for other kinds. `level1`: one row per 一级 project with its code.
 */
export interface ProjectsRowSource {
  type: 'projects';
  layout: 'tree' | 'level1';
  total: TotalRowSpec;
  subtotalSuffix?: string;
  childPrefix?: string;
  otherKinds?: readonly OtherKindRow[];
}

export type RowSource =
  | FixedRowSource
  | SideBySideRowSource
  | FunctionHierarchyRowSource
  | EconomicPairsRowSource
  | UnitsRowSource
  | ProjectsRowSource;

interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  /** Lines a leaf caption may wrap onto, so narrow amount columns fit wide tables (default 2). */
  captionLines?: number;
}

export interface TableTemplate {
  number: number;
  title: string;
  header: readonly HeaderItem[];
  /** Lines outside the scope are ignored by every row (e.g. only 基本支出). */
  scope?: LineFilter;
  rows: RowSource;
  /** Printed under the table, each starting "注：". */
  notes: readonly string[];
  /** Printed instead of `notes` when the table has no rows besides its totals (e.g. "注：无"). */
  emptyNotes?: readonly string[];
  /**
   * The clerk may write a 表注 for this table (BookSnapshot.tableNotes). The engine prints it as
   * "注：…" after `notes`; once written it also stands in for `emptyNotes`.
   */
  clerkNote?: boolean;
  print: PrintSetup;
}

/** A region/year template pack. */
export interface TemplatePack {
  id: string;
  name: string;
  year: number;
  /** "单位：万元". */
  unitCaption: string;
  tables: readonly TableTemplate[];
}

/** The leaf columns of a header tree, left to right. */
export function leafColumns(items: readonly HeaderItem[]): LeafColumn[] {
  const out: LeafColumn[] = [];
  const walk = (list: readonly HeaderItem[]): void => {
    for (const item of list) {
      if (item.kind === 'group') walk(item.children);
      else out.push(item);
    }
  };
  walk(items);
  return out;
}
