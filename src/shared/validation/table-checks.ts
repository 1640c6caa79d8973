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
  total: CellValue;
  parts: CellValue[];
  /** What the tail is about (a classification code), so tails of one quantity merge. */
  subject: string;
}

export interface EqualCheck {
  type: 'equal';
  rule: TableRule;
  cells: CellValue[];
  subject: string;
}

type CellCheck = SumCheck | EqualCheck;

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

function rowSumChecks(tables: TableSet, rule: RowSumRule): SumCheck[] {
  const model = tables.table(rule.table, rule.id);
  const total = tables.column(model, rule.total, rule.id);
  const parts = rule.parts.map((p) => tables.column(model, p, rule.id));
  return model.rows.map((row) => ({
    type: 'sum',
    rule,
    total: value(model, row, total),
    parts: parts.map((p) => value(model, row, p)),
    subject: row.code,
  }));
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

function treeSumChecks(tables: TableSet, rule: TreeSumRule): SumCheck[] {
  const model = tables.table(rule.table, rule.id);
  const cols = rule.columns
    ? rule.columns.map((c) => tables.column(model, c, rule.id))
    : amountColumns(model);
  const checks: SumCheck[] = [];
  for (const [parent, children] of treeChildren(model.rows, rule.levels)) {
    const row = model.rows[parent];
    for (const col of cols) {
      checks.push({
        type: 'sum',
        rule,
        total: value(model, row, col),
        parts: children.map((c) => value(model, model.rows[c], col)),
        subject: rule.levels.by === 'code-length' ? row.code : '',
      });
    }
  }
  return checks;
}

function rowsMatchChecks(tables: TableSet, rule: RowsMatchRule): EqualCheck[] {
  const ma = tables.table(rule.a.table, rule.id);
  const mb = tables.table(rule.b.table, rule.id);
  const ca = tables.column(ma, rule.a.column, rule.id);
  const cb = tables.column(mb, rule.b.column, rule.id);
  const keep = (r: TableRow): boolean =>
    r.code !== '' && (!rule.codeLengths || rule.codeLengths.includes(r.code.length));
  const source = rule.codesFrom === 'a' ? ma.rows : [...ma.rows, ...mb.rows];
  const codes = [...new Set(source.filter(keep).map((r) => r.code))];
  return codes.map((code) => ({
    type: 'equal',
    rule,
    cells: [
      tables.cell({ table: rule.a.table, codes: [code], column: ca }, rule.id),
      tables.cell({ table: rule.b.table, codes: [code], column: cb }, rule.id),
    ],
    subject: code,
  }));
}

/** Every comparison a table rule stands for, on these tables. */
export function checksOf(tables: TableSet, rule: TableRule): CellCheck[] {
  switch (rule.kind) {
    case 'equal':
      return [
        { type: 'equal', rule, cells: rule.cells.map((c) => tables.cell(c, rule.id)), subject: '' },
      ];
    case 'sum':
      return [
        {
          type: 'sum',
          rule,
          total: tables.cell(rule.total, rule.id),
          parts: rule.parts.map((p) => tables.cell(p, rule.id)),
          subject: '',
        },
      ];
    case 'row-sum':
      return rowSumChecks(tables, rule);
    case 'tree-sum':
      return treeSumChecks(tables, rule);
    case 'rows-match':
      return rowsMatchChecks(tables, rule);
  }
}
