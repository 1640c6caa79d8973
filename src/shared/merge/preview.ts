/**
 * The 汇总 preview: per unit book, what it brings (units, lines, projects, totals by fund source),
 * whether it replaces an earlier merge of the same unit, and which printed cells of tables 1 and
 * 3 it alone changes — derived by the same engine from the department with only that book merged.
 */
import { FUND_SOURCES, type BookSnapshot, type Fen, type FundSource } from '../domain';
import { sumFen } from '../money';
import { deriveTables } from '../tables/engine';
import type { TableModel } from '../tables/model';
import { cellRef, findRow, rowAmount } from '../validation/table-cells';
import { mergedSnapshot } from './combine';
import type { MergeSourceRecord, TableCellChange, UnitMergePreview } from './types';

/** Tables whose changes the preview lists. */
const PREVIEW_TABLES = [1, 3] as const;

function cellsOf(
  models: TableModel[],
): Map<string, { fen: Fen; row: string; column: string; table: number }> {
  const out = new Map<string, { fen: Fen; row: string; column: string; table: number }>();
  for (const m of models)
    for (const row of m.rows)
      row.cells.forEach((c, col) => {
        if (c.kind !== 'amount') return;
        const keys = row.key.split('|');
        const key = keys.length === 2 ? keys[col < row.cells.length / 2 ? 0 : 1] : row.key;
        const ref = cellRef(m, findRow(m, key) ?? row, key, col);
        out.set(`${m.number}|${key}|${col}`, {
          fen: rowAmount(row, col),
          row: ref.rowLabel,
          column: ref.column,
          table: m.number,
        });
      });
  return out;
}

/** Printed cells of tables 1 and 3 that differ between two books (rows new on either side too). */
function tableChanges(before: BookSnapshot, after: BookSnapshot): TableCellChange[] {
  const a = cellsOf(deriveTables(before, [...PREVIEW_TABLES]));
  const b = cellsOf(deriveTables(after, [...PREVIEW_TABLES]));
  const out: TableCellChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    const beforeFen = x?.fen ?? 0;
    const afterFen = y?.fen ?? 0;
    if (beforeFen === afterFen) continue;
    const at = (y ?? x)!;
    out.push({ table: at.table, row: at.row, column: at.column, beforeFen, afterFen });
  }
  return out;
}

function byFundSource(unit: BookSnapshot): { fundSource: FundSource; fen: Fen }[] {
  return FUND_SOURCES.flatMap((fundSource) => {
    const lines = unit.lines.filter((l) => l.fundSource === fundSource);
    return lines.length ? [{ fundSource, fen: sumFen(lines.map((l) => l.amountFen)) }] : [];
  });
}

/** The preview of one unit book merged alone into the department. */
export function unitPreview(
  dept: BookSnapshot,
  records: readonly MergeSourceRecord[],
  path: string,
  unit: BookSnapshot,
): UnitMergePreview {
  const top = unit.units.find((u) => u.code === unit.info.unitCode);
  const previous = records.find((r) => r.unitCode === unit.info.unitCode);
  return {
    path,
    unitCode: unit.info.unitCode,
    unitName: top?.name ?? '',
    units: unit.units.length,
    lines: unit.lines.length,
    projects: unit.projects.length,
    totalFen: sumFen(unit.lines.map((l) => l.amountFen)),
    byFundSource: byFundSource(unit),
    replaces: previous ? { mergedAt: previous.mergedAt, lines: previous.lineCount } : null,
    tableChanges: tableChanges(dept, mergedSnapshot(dept, records, [unit])),
  };
}
