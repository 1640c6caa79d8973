/**
 * A worksheet as a plain grid of values. A merged range repeats its value in every cell it covers
 * (so a group caption sits over each column beneath it), and each cell says whether it is such a
 * copy, so a label merged across two columns is read once.
 */
import type { CellValue, Worksheet } from 'exceljs';

export interface GridCell {
  value: string | number;
  /** True for a cell covered by a merge whose value belongs to the range's top-left cell. */
  copy: boolean;
}

export interface Grid {
  sheet: string;
  /** rows[r][c], 1-based as in Excel; undefined where empty. */
  rows: (GridCell | undefined)[][];
  rowCount: number;
  colCount: number;
}

/** The value a cell shows: text of rich text, results of formulas, numbers as numbers. */
function plain(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) {
      const r = value.result;
      return typeof r === 'number' || typeof r === 'string' ? r : null;
    }
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  return null;
}

export function gridOf(ws: Worksheet): Grid {
  const rows: (GridCell | undefined)[][] = [];
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = plain(cell.value);
      if (v === null || (typeof v === 'string' && v.trim() === '')) return;
      out[c] = {
        value: typeof v === 'string' ? v.trim() : v,
        copy: cell.isMerged && cell.master.address !== cell.address,
      };
      colCount = Math.max(colCount, c);
    });
    rows[r] = out;
  });
  return { sheet: ws.name, rows, rowCount: rows.length, colCount };
}

/** The non-empty cells of row r, left to right, as [column, cell]. */
export function cellsOf(grid: Grid, r: number): [number, GridCell][] {
  const row = grid.rows[r];
  if (!row) return [];
  const out: [number, GridCell][] = [];
  row.forEach((cell, c) => {
    if (cell) out.push([c, cell]);
  });
  return out;
}

export function textOf(cell: GridCell): string {
  return typeof cell.value === 'number' ? String(cell.value) : cell.value;
}
