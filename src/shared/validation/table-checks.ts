/**
 * Turns each declarative table rule into concrete comparisons between cells: "this cell equals
 * those" or "this cell is the sum of those". Judging them (exact in 分, 尾差 in print) is
 * table-rules.ts's job; this module only knows how to walk rows, columns and row trees.
 */
import type { TableModel, TableRow } from '../tables/model';
import type { RowSumRule, RowsMatchRule, TableRule, TreeLevelBy, TreeSumRule } from './rule-types';
import { TableSet, cellRef, rowAmount, type CellValue } from './table-cells';

export interface SumCheck {
  type: 'sum';
  rule: TableRule;
  /** The part of the rule this check belongs to (see RuleLayout): re-run together. */
  unit: string;
  total: CellValue;
  parts: CellValue[];
  /** What the tail is about (a classification code), so tails of one quantity merge. */
  subject: string;
}

export interface EqualCheck {
  type: 'equal';
  rule: TableRule;
  unit: string;
  cells: CellValue[];
  subject: string;
}

export type CellCheck = SumCheck | EqualCheck;

/**
 * How a rule's checks divide into units that can be judged alone, on tables of a given shape
 * (rows by key, in order): a row-sum checks each row (unit: its index), a tree-sum each parent
 * row against its children (unit: the parent's index), a rows-match each code (unit: the code);
 * an equal or sum rule is one unit (''). Incremental 审核 keeps the layout while the shape holds
 * and re-runs only the units of rows that changed.
 */
export interface RuleLayout {
  /** tree-sum: the direct children of each parent row, and each child's parent. */
  children?: Map<number, number[]>;
  parentOf?: Map<number, number>;
  /** rows-match: the codes compared, in order, and as a set. */
  codes?: string[];
  codeSet?: ReadonlySet<string>;
}

/** Which checks to build: only these units (all when absent), on a layout already known. */
interface CheckScope {
  only?: ReadonlySet<string>;
  layout?: RuleLayout;
}

/**
 * A cell's amount, with its reference (labels, captions) built only when a finding names it:
 * row and tree sums compare every cell of large tables, and nearly all of them agree.
 */
function value(model: TableModel, row: TableRow, col: number): CellValue {
  let ref: CellValue['ref'] | undefined;
  return {
    fen: rowAmount(row, col),
    get ref() {
      return (ref ??= cellRef(model, row, row.key, col));
    },
  };
}

function amountColumns(model: TableModel): number[] {
  return model.columns.flatMap((c, i) => (c.kind === 'amount' ? [i] : []));
}

function rowSumChecks(tables: TableSet, rule: RowSumRule, scope: CheckScope): SumCheck[] {
  const model = tables.table(rule.table, rule.id);
  const total = tables.column(model, rule.total, rule.id);
  const parts = rule.parts.map((p) => tables.column(model, p, rule.id));
  const rows = scope.only ? [...scope.only].map(Number) : model.rows.keys();
  const checks: SumCheck[] = [];
  for (const i of rows) {
    const row = model.rows[i];
    checks.push({
      type: 'sum',
      rule,
      unit: String(i),
      total: value(model, row, total),
      parts: parts.map((p) => value(model, row, p)),
      subject: row.code,
    });
  }
  return checks;
}

function level(row: TableRow, by: TreeLevelBy): number {
  if (row.emphasis === 'total') return 0;
  switch (by.by) {
    case 'code-length':
      return row.code === '' ? 0 : row.code.length;
    case 'emphasis':
      return row.emphasis === 'subtotal' ? 1 : 2;
    case 'label-prefix':
      if (row.emphasis === 'subtotal') return 1;
      // The prefix is printed in the label column, not kept in TableRow.label.
      return row.cells.some((c) => c.kind === 'text' && c.text.startsWith(by.prefix)) ? 3 : 2;
  }
}

/** For each row, the indexes of its direct children: the shallowest rows in its span. */
function treeChildren(rows: TableRow[], by: TreeLevelBy): Map<number, number[]> {
  const levels = rows.map((r) => level(r, by));
  const result = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    let end = i + 1;
    while (end < rows.length && levels[end] > levels[i]) end++;
    if (end === i + 1) continue;
    const span = levels.slice(i + 1, end);
    const childLevel = Math.min(...span);
    const children: number[] = [];
    for (let j = i + 1; j < end; j++) if (levels[j] === childLevel) children.push(j);
    result.set(i, children);
  }
  return result;
}

function treeSumChecks(tables: TableSet, rule: TreeSumRule, scope: CheckScope): SumCheck[] {
  const model = tables.table(rule.table, rule.id);
  const cols = rule.columns
    ? rule.columns.map((c) => tables.column(model, c, rule.id))
    : amountColumns(model);
  const tree = scope.layout?.children ?? treeChildren(model.rows, rule.levels);
  const parents = scope.only
    ? [...scope.only].map((u): [number, number[]] => [Number(u), tree.get(Number(u)) ?? []])
    : tree;
  const checks: SumCheck[] = [];
  for (const [parent, children] of parents) {
    const row = model.rows[parent];
    for (const col of cols) {
      checks.push({
        type: 'sum',
        rule,
        unit: String(parent),
        total: value(model, row, col),
        parts: children.map((c) => value(model, model.rows[c], col)),
        subject: rule.levels.by === 'code-length' ? row.code : '',
      });
    }
  }
  return checks;
}

/** The rows whose codes a rows-match rule compares. */
function matchedRow(rule: RowsMatchRule, r: TableRow): boolean {
  return r.code !== '' && (!rule.codeLengths || rule.codeLengths.includes(r.code.length));
}

function matchedCodes(tables: TableSet, rule: RowsMatchRule): string[] {
  const ma = tables.table(rule.a.table, rule.id);
  const mb = tables.table(rule.b.table, rule.id);
  const source = rule.codesFrom === 'a' ? ma.rows : [...ma.rows, ...mb.rows];
  return [...new Set(source.filter((r) => matchedRow(rule, r)).map((r) => r.code))];
}

function rowsMatchChecks(tables: TableSet, rule: RowsMatchRule, scope: CheckScope): EqualCheck[] {
  const ma = tables.table(rule.a.table, rule.id);
  const mb = tables.table(rule.b.table, rule.id);
  const ca = tables.column(ma, rule.a.column, rule.id);
  const cb = tables.column(mb, rule.b.column, rule.id);
  const codes = scope.only ? [...scope.only] : (scope.layout?.codes ?? matchedCodes(tables, rule));
  return codes.map((code) => ({
    type: 'equal',
    rule,
    unit: code,
    cells: [
      tables.cell({ table: rule.a.table, codes: [code], column: ca }, rule.id),
      tables.cell({ table: rule.b.table, codes: [code], column: cb }, rule.id),
    ],
    subject: code,
  }));
}

/** Every comparison a table rule stands for, on these tables (or those of the units asked). */
export function checksOf(tables: TableSet, rule: TableRule, scope: CheckScope = {}): CellCheck[] {
  switch (rule.kind) {
    case 'equal':
      return [
        {
          type: 'equal',
          rule,
          unit: '',
          cells: rule.cells.map((c) => tables.cell(c, rule.id)),
          subject: '',
        },
      ];
    case 'sum':
      return [
        {
          type: 'sum',
          rule,
          unit: '',
          total: tables.cell(rule.total, rule.id),
          parts: rule.parts.map((p) => tables.cell(p, rule.id)),
          subject: '',
        },
      ];
    case 'row-sum':
      return rowSumChecks(tables, rule, scope);
    case 'tree-sum':
      return treeSumChecks(tables, rule, scope);
    case 'rows-match':
      return rowsMatchChecks(tables, rule, scope);
  }
}

/** The layout of a rule on these tables (what incremental 审核 keeps while their shape holds). */
export function layoutOf(tables: TableSet, rule: TableRule): RuleLayout {
  if (rule.kind === 'tree-sum') {
    const children = treeChildren(tables.table(rule.table, rule.id).rows, rule.levels);
    const parentOf = new Map<number, number>();
    for (const [parent, kids] of children) for (const k of kids) parentOf.set(k, parent);
    return { children, parentOf };
  }
  if (rule.kind === 'rows-match') {
    const codes = matchedCodes(tables, rule);
    return { codes, codeSet: new Set(codes) };
  }
  return {};
}

/**
 * The units of a rule that read any of the changed rows (row indexes by table number), on a
 * layout of tables whose shape did not change.
 */
export function unitsTouched(
  tables: TableSet,
  rule: TableRule,
  layout: RuleLayout,
  changed: ReadonlyMap<number, readonly number[]>,
): Set<string> {
  const units = new Set<string>();
  switch (rule.kind) {
    case 'equal':
    case 'sum':
      units.add('');
      break;
    case 'row-sum':
      for (const i of changed.get(rule.table) ?? []) units.add(String(i));
      break;
    case 'tree-sum':
      for (const i of changed.get(rule.table) ?? []) {
        if (layout.children?.has(i)) units.add(String(i));
        const parent = layout.parentOf?.get(i);
        if (parent !== undefined) units.add(String(parent));
      }
      break;
    case 'rows-match': {
      const compared = layout.codeSet ?? new Set(layout.codes);
      for (const side of [rule.a, rule.b]) {
        const rows = tables.table(side.table, rule.id).rows;
        for (const i of changed.get(side.table) ?? []) {
          const r = rows[i];
          if (matchedRow(rule, r) && compared.has(r.code)) units.add(r.code);
        }
      }
      break;
    }
  }
  return units;
}
