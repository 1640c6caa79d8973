/**
 * Last year's figures as read from a workbook, before anything is stored: the preview the clerk
 * confirms (确认导入) and exactly what 'lastyear:commit' then stores.
 */
import type { Fen } from './domain';

/** One amount read from a table row. */
export interface PreviewFigure {
  /** 0-based index into this year's TableModel.columns. */
  columnIndex: number;
  caption: string;
  amountFen: Fen;
}

/** One row of a recognised table, keyed like the table engine's rows so compare can join it. */
export interface PreviewRow {
  /** 1-based row of the worksheet it was read from. */
  sheetRow: number;
  /** TableRow.key; in a side-by-side table (表1, 表4) the key of its half, e.g. "fixed:incomeYear". */
  rowKey: string;
  code: string;
  label: string;
  figures: PreviewFigure[];
}

export interface PreviewTable {
  tableNo: number;
  title: string;
  /** Worksheet(s) it was read from (a table continued on a 续 sheet names both). */
  sheets: string[];
  /** "万元" or "元", as the table's 单位 line said (万元 when it had none). */
  unit: '万元' | '元';
  rows: PreviewRow[];
}

/** What a workbook held of last year's thirteen tables. */
export interface LastYearPreview {
  /** Key under which main keeps this preview until 确认导入. */
  previewId: string;
  fileName: string;
  tables: PreviewTable[];
  /** Tables of the pack the workbook does not contain. */
  missingTables: { tableNo: number; title: string }[];
  /** Cells and rows that were not understood, each a Chinese sentence naming its place. */
  unrecognised: string[];
  figureCount: number;
}

/** Total number of figures of a preview. */
export function countFigures(tables: readonly PreviewTable[]): number {
  return tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.figures.length, 0), 0);
}

/** What 结转到下一年度 made: the new book and what it carried. */
export interface RollResult {
  path: string;
  year: number;
  packId: string;
  /** The new book's template pack as the clerk knows it. */
  packName: string;
  units: number;
  projects: number;
  lines: number;
  lastYearFigures: number;
  /** One Chinese sentence per carried line whose code the new year's catalog lacks. */
  retiredCodes: string[];
}
