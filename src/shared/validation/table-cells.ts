/**
 * Reading printed cells out of table models by the addresses rules use (table number, row key,
 * column caption or index). A classification row that is not printed (zero rows are filtered out)
 * reads as 0; a table or column the pack does not have is a RuleAddressError, because that means
 * the rule and the pack disagree, which must not pass silently as "0 = 0".
 */
import type { Fen } from '../domain';
import type { TableModel, TableRow } from '../tables/model';
import { halves, rowIndex, rowsByCode } from '../tables/row-index';
import type { CellRef } from './finding';
import type { AmountSel, ColumnSel } from './rule-types';

export class RuleAddressError extends Error {
  readonly code = 'RULE_ADDRESS';
}

export interface CellValue {
  fen: Fen;
  ref: CellRef;
}

export class TableSet {
  private readonly byNumber: Map<number, TableModel>;

  constructor(readonly tables: TableModel[]) {
    this.byNumber = new Map(tables.map((t) => [t.number, t]));
  }

  has(table: number): boolean {
    return this.byNumber.has(table);
  }

  table(table: number, ruleId: string): TableModel {
    const t = this.byNumber.get(table);
    if (!t)
      throw new RuleAddressError(
        `审核规则 ${ruleId} 引用了表${table}，但模板中没有这张表，请检查模板包的审核规则`,
      );
    return t;
  }

  /** Index into TableModel.columns of an amount column. */
  column(model: TableModel, column: ColumnSel, ruleId: string): number {
    const idx =
      typeof column === 'number' ? column : model.columns.findIndex((c) => c.caption === column);
    if (idx < 0 || idx >= model.columns.length || model.columns[idx].kind !== 'amount') {
      throw new RuleAddressError(
        `审核规则 ${ruleId} 引用了表${model.number}的“${String(column)}”列，但该表没有这一金额列，请检查模板包的审核规则`,
      );
    }
    return idx;
  }

  cell(sel: AmountSel, ruleId: string): CellValue {
    const model = this.table(sel.table, ruleId);
    const col = this.column(model, sel.column, ruleId);
    if ('codes' in sel) {
      const rows = this.rowsWithCodes(model, sel.codes);
      if (rows.length === 1)
        return { fen: rowAmount(rows[0], col), ref: cellRef(model, rows[0], rows[0].key, col) };
      return {
        fen: rows.reduce((s, r) => s + rowAmount(r, col), 0),
        ref: {
          table: model.number,
          rowKey: `codes:${sel.codes.join(',')}`,
          rowLabel: `编码为 ${sel.codes.join('、')} 的各行`,
          column: model.columns[col].caption,
        },
      };
    }
    const row = findRow(model, sel.row);
    return {
      fen: row ? rowAmount(row, col) : 0,
      ref: cellRef(model, row ?? null, sel.row, col),
    };
  }

  /** The rows whose code is one of `codes` (a code listed twice still counts its rows once). */
  private rowsWithCodes(model: TableModel, codes: readonly string[]): TableRow[] {
    const index = rowsByCode(model.rows);
    const rows: TableRow[] = [];
    for (const code of new Set(codes))
      for (const i of index.get(code) ?? []) rows.push(model.rows[i]);
    return rows;
  }
}

/**
 * The row with this key; in a side-by-side table, the printed line holding it in either half
 * (looked up in the rows' index, row-index.ts).
 */
export function findRow(model: TableModel, key: string): TableRow | undefined {
  const index = rowIndex(model.rows);
  const at = index.own.get(key) ?? index.half.get(key);
  return at === undefined ? undefined : model.rows[at];
}

/** The amount of a row in a column; text or empty cells count as 0. */
export function rowAmount(row: TableRow, col: number): Fen {
  const c = row.cells[col];
  return c && c.kind === 'amount' ? c.fen : 0;
}

function rowLabel(row: TableRow): string {
  if (row.code && !row.label.includes(row.code)) return `[${row.code}]${row.label}`;
  return row.label || row.key;
}

export function cellRef(
  model: TableModel,
  row: TableRow | null,
  rowKey: string,
  col: number,
): CellRef {
  return {
    table: model.number,
    rowKey,
    rowLabel: row ? labelAt(row, col) : `${rowKey}（未列示，按 0 计）`,
    column: model.columns[col].caption,
  };
}

/** A side-by-side line's label for a column is the text printed left of it in the same half. */
function labelAt(row: TableRow, col: number): string {
  if (!halves(row)) return rowLabel(row);
  for (let i = col - 1; i >= 0; i--) {
    const c = row.cells[i];
    if (c && c.kind === 'text') return c.text;
  }
  return rowLabel(row);
}

/** "表6“[301]工资福利支出”行“预算”列" — a cell as the clerk reads it. */
export function cellText(ref: CellRef): string {
  return `表${ref.table}“${ref.rowLabel}”行“${ref.column}”列`;
}

/**
 * Cells of the rows printed with a code label such as "[503]…" (表6/表10 pair rows): the first
 * amount column right of that label. Lets a book-level finding point at the printed figures.
 */
export function cellsLabelled(models: TableModel[], code: string): CellRef[] {
  const prefix = `[${code}]`;
  const refs: CellRef[] = [];
  for (const model of models) {
    for (const row of model.rows) {
      const at = row.cells.findIndex((c) => c.kind === 'text' && c.text.startsWith(prefix));
      if (at < 0) continue;
      const col = row.cells.findIndex((_c, i) => i > at && model.columns[i]?.kind === 'amount');
      if (col >= 0) refs.push(cellRef(model, row, row.key, col));
    }
  }
  return refs;
}
