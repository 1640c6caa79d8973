/**
 * 三公经费 and 行政经费 (机关运行经费) "where each figure comes from": the figure is read from table
 * 7 of the derived models (the same the preview and export print), and its sources — the
 * economic codes and the line items — from the SAME filters the pack's table 7 template uses,
 * so the explanation cannot disagree with the table.
 */
import type { BookSnapshot, Fen, LineItem, UnitType } from '../../../shared/domain';
import type { TableModel } from '../../../shared/tables/model';
import { packOf } from '../../../shared/tables/packs';
import { compileFilter, prepareLines } from '../../../shared/tables/prepare';
import { leafColumns } from '../../../shared/tables/template';

export interface FigureSource {
  key: string;
  label: string;
  /** 合计 (财政拨款) as table 7 prints it, unrounded 分. */
  totalFen: Fen;
  /** Per fund column of table 7 (一般公共预算, 政府性基金, 国有资本经营). */
  byColumn: { caption: string; fen: Fen }[];
  /** 部门经济科目 款 the row counts. */
  econCodes: string[];
  /** Unit types the row is limited to (行政经费: 行政 and 参公 units only); empty = all. */
  unitTypes: UnitType[];
  /** The line items behind the 合计 figure. */
  lines: LineItem[];
}

/** Table 7's rows with their sources; empty when the pack has no table 7 of this shape. */
export function threePublicSources(
  snap: BookSnapshot,
  table7: TableModel | undefined,
): FigureSource[] {
  if (!table7) return [];
  const template = packOf(snap).table(7);
  if (template.rows.type !== 'fixed') return [];
  const leaves = leafColumns(template.header);
  const amountIdx = leaves.flatMap((l, i) => (l.kind === 'amount' ? [i] : []));
  const totalLeaf = leaves[amountIdx[0]];
  // The engine's own filters over the book (it derived table7 from it, so the book prepares).
  const prepared = prepareLines(snap);
  const inColumn = compileFilter(totalLeaf?.kind === 'amount' ? totalLeaf.filter : {}, prepared);
  const inScope = compileFilter(template.scope, prepared);
  return template.rows.rows.map((row): FigureSource => {
    const printed = table7.rows.find((r) => r.key === row.key || r.key.endsWith(`:${row.key}`));
    const fenAt = (i: number): Fen => {
      const cell = printed?.cells[i];
      return cell?.kind === 'amount' ? cell.fen : 0;
    };
    const filter = row.filter ?? {};
    const inRow = compileFilter(filter, prepared);
    const lines = snap.lines.filter((_, i) => inRow(i) && inColumn(i) && inScope(i));
    return {
      key: row.key,
      label: row.label,
      totalFen: fenAt(amountIdx[0]),
      byColumn: amountIdx.slice(1).map((i) => ({ caption: leaves[i].caption, fen: fenAt(i) })),
      econCodes: [...(filter.deptEconPrefixes ?? [])],
      unitTypes: [...(filter.unitTypes ?? [])],
      lines,
    };
  });
}
