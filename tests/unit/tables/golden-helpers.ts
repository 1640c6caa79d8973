/**
 * Reading an exported workbook back for the golden test: each sheet as a grid of plain values,
 * and the published reference JSON. The repo carries a copy (tests/fixtures/reference) so a
 * clone tests on its own; where ../shared/reference sits beside the repo, the copy must match it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS, { type Worksheet } from 'exceljs';

export const REFERENCE_PATH = resolve(
  __dirname,
  '../../fixtures/reference/sample-2021-published.json',
);

/** The shared original beside the repository, when present. */
export const SHARED_REFERENCE_PATH = resolve(
  __dirname,
  '../../../..',
  'shared/reference/sample-2021-published.json',
);

/** Reads an exported workbook back (exceljs takes an ArrayBuffer; copy the Node Buffer into one). */
export async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(buffer).buffer);
  return wb;
}

export type Value = string | number | null;
export type PublishedRow = [code: string, name: string, values: (number | null)[]];

export interface Published {
  unit: { code: string; name: string };
  tables: Record<string, Record<string, unknown>>;
}

/** The reference figures; fails (never skips) when the file is missing. */
export function loadPublished(): Published {
  if (!existsSync(REFERENCE_PATH)) {
    throw new Error(
      `找不到参考数据 ${REFERENCE_PATH}：金标准测试需要 tests/fixtures/reference/sample-2021-published.json（从 ../shared/reference 复制）`,
    );
  }
  return JSON.parse(readFileSync(REFERENCE_PATH, 'utf8')) as Published;
}

export interface Grid {
  /** Every row of the sheet, 0-based, each cell's plain value (merged cells: the master's). */
  rows: Value[][];
  numFmt: (r: number, c: number) => string | undefined;
}

export function gridOf(ws: Worksheet): Grid {
  const rows: Value[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: Value[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = ws.getCell(r, c).value;
      row.push(typeof v === 'number' || typeof v === 'string' ? v : null);
    }
    rows.push(row);
  }
  return { rows, numFmt: (r, c) => ws.getCell(r + 1, c + 1).numFmt };
}

/** Labels compare without spaces: the PDF prints "合 计" where the JSON has "合计". */
export function norm(text: Value): string {
  return String(text ?? '').replace(/\s+/g, '');
}

/** Two printed figures agree to the cent. */
export function sameFigure(cell: Value, printed: number): boolean {
  return typeof cell === 'number' && Math.round(cell * 100) === Math.round(printed * 100);
}

/** "[30101]基本工资" → ["30101", "基本工资"]. */
export function splitBracket(text: Value): [string, string] {
  const m = /^\[(\d+)\](.*)$/.exec(String(text ?? ''));
  return m ? [m[1], m[2]] : ['', String(text ?? '')];
}

/** Index of the first row at or after `from` whose cells at `cols` read `texts` (normalised). */
export function findRow(grid: Grid, cols: number[], texts: string[], from = 0): number {
  for (let r = from; r < grid.rows.length; r++) {
    if (cols.every((c, i) => norm(grid.rows[r][c]) === norm(texts[i]))) return r;
  }
  return -1;
}

/** The cells after `start` as numbers (for identity checks on extra rows). */
export function amounts(grid: Grid, r: number, start: number): number[] {
  return grid.rows[r].slice(start).map((v) => (typeof v === 'number' ? v : NaN));
}
