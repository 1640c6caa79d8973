/**
 * How the preview prints a TableModel: header cells grouped by header row (for <tr> with
 * rowspan/colspan), body cells as the printed text — amounts in 万元 by money.ts, exactly the
 * figure the export writes — and the short captions of the tab strip.
 */
import { formatWan } from '../../../shared/money';
import type { HeaderCell, TableCell, TableModel } from '../../../shared/tables/model';

/** Header cells per header row, left to right. */
export function headerRows(model: TableModel): HeaderCell[][] {
  const rows: HeaderCell[][] = Array.from({ length: model.headerRows }, () => []);
  for (const h of model.header) rows[h.row]?.push(h);
  for (const r of rows) r.sort((a, b) => a.col - b.col);
  return rows;
}

/** The printed text of a body cell: "0.00" for a zero amount, '' for an empty cell. */
export function cellText(cell: TableCell): string {
  if (cell.kind === 'amount') return formatWan(cell.fen);
  if (cell.kind === 'text') return cell.text;
  return '';
}

/** Tab caption: the whole table name without the year ("一般公共预算支出情况表（按功能分类科目）"). */
export function tabTitle(model: TableModel): string {
  return model.title.replace(/^\d{4}年/, '');
}
