/**
 * Reading the compared figures: this year's from the derived tables, last year's from the
 * imported printed figures. A side-by-side line of table 1 carries both halves' keys
 * ("fixed:incomeYear|fixed:expenditureYear"); a key names either half, the column decides.
 */
import type { Fen, LastYearFigure } from '../domain';
import type { TableModel, TableRow } from '../tables/model';
import type { FigureCell } from './document-pack';

function holdsKey(rowKey: string, key: string): boolean {
  return rowKey === key || rowKey.split('|').includes(key);
}

function rowOf(model: TableModel, key: string): TableRow | undefined {
  return model.rows.find((r) => r.key === key) ?? model.rows.find((r) => holdsKey(r.key, key));
}

/** This year's amount of a printed cell; 0 when the table prints no such row. */
export function figureNow(tables: readonly TableModel[], cell: FigureCell): Fen {
  const model = tables.find((t) => t.number === cell.table);
  if (!model) throw new Error(`第三部分需要表${cell.table}，但未生成该表`);
  const row = rowOf(model, cell.row);
  const c = row?.cells[cell.column];
  return c && c.kind === 'amount' ? c.fen : 0;
}

/**
 * Last year's amount of the cell, or null when nothing of that table was imported. A table that
 * was imported but does not print the row (a zero row left out) counts as 0.
 */
export function figureLast(lastYear: readonly LastYearFigure[], cell: FigureCell): Fen | null {
  const ofTable = lastYear.filter((f) => f.tableNo === cell.table);
  if (ofTable.length === 0) return null;
  const hit = ofTable.find((f) => f.columnIndex === cell.column && holdsKey(f.rowKey, cell.row));
  return hit ? hit.amountFen : 0;
}
