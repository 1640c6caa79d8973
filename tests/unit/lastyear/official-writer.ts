/**
 * Writes TableModels as another tool or a clerk typing from the published PDF would: with or
 * without the merged group rows, a blank column, blank rows, the table split into pages that
 * repeat title and header, [code]name labels or code and name in separate cells, amounts as
 * numbers or as text with thousands separators, in 万元 or in 元.
 */
import type ExcelJS from 'exceljs';
import { fenToWan, formatWan, formatYuan } from '../../../src/shared/money';
import type { TableModel, TableRow } from '../../../src/shared/tables/model';

export interface Layout {
  unit: '万元' | '元';
  /** Amounts as text ("1,234.50") instead of numbers. */
  numbersAsText?: boolean;
  /** Only the leaf captions on one header row (no merged group rows). */
  flatHeader?: boolean;
  /** An empty column between the first and second column. */
  blankColumn?: boolean;
  /** Body rows per printed page: title, unit line and header repeat after each page. */
  pageRows?: number;
  /** Function labels: "[208]name" in one cell, or code and name in two cells. */
  labels?: 'asIs' | 'bracket' | 'split';
  /** Title cell text (default the model's title), e.g. "表5 一般公共…". */
  title?: string;
  /** Title of the pages after the first (default: the same title), e.g. "…（续）". */
  continuedTitle?: string;
}

function amountCell(fen: number, layout: Layout): string | number {
  if (layout.unit === '元') return layout.numbersAsText ? formatYuan(fen) : fen / 100;
  return layout.numbersAsText ? formatWan(fen, { thousands: true }) : fenToWan(fen);
}

/** The row's cells as written, after the label transformation of the layout. */
function rowValues(model: TableModel, row: TableRow, layout: Layout): (string | number | null)[] {
  const out: (string | number | null)[] = [];
  row.cells.forEach((c, i) => {
    const caption = model.columns[i].caption;
    if (c.kind === 'amount') out.push(amountCell(c.fen, layout));
    else if (c.kind === 'empty') out.push(null);
    else if (layout.labels === 'bracket' && caption === '科目编码')
      out.push(row.code ? `[${row.code}]${row.label}` : c.text);
    else if (layout.labels === 'bracket' && caption === '科目名称')
      out.push(row.code ? null : c.text);
    else out.push(c.text);
    // A [code]name column becomes two cells: code, then name.
    if (layout.labels === 'split' && caption === '功能科目名称') {
      const m = c.kind === 'text' ? /^\[(\d+)\](.*)$/.exec(c.text) : null;
      out[out.length - 1] = m ? m[1] : c.kind === 'text' ? c.text : null;
      out.push(m ? m[2] : null);
    }
  });
  return out;
}

function headerRows(
  model: TableModel,
  layout: Layout,
): { rows: (string | null)[][]; merges: [number, number, number, number][] } {
  const width =
    model.columns.length +
    (layout.labels === 'split' && model.columns.some((c) => c.caption === '功能科目名称') ? 1 : 0);
  const shift = (col: number): number =>
    layout.labels === 'split' && col > 0 && model.columns[0].caption === '功能科目名称'
      ? col + 1
      : col;
  if (layout.flatHeader) {
    const row: (string | null)[] = [];
    model.columns.forEach((c, i) => {
      row[shift(i)] = c.caption;
    });
    return { rows: [row], merges: [] };
  }
  const rows: (string | null)[][] = Array.from({ length: model.headerRows }, () =>
    Array<string | null>(width).fill(null),
  );
  const merges: [number, number, number, number][] = [];
  for (const h of model.header) {
    const c1 = shift(h.col);
    const c2 = shift(h.col + h.colSpan - 1) + (h.col === 0 && width > model.columns.length ? 1 : 0);
    rows[h.row][c1] = h.text;
    if (h.rowSpan > 1 || c2 > c1) merges.push([h.row, c1, h.row + h.rowSpan - 1, c2]);
  }
  return { rows, merges };
}

/** Writes the model onto `ws` from `top`; returns the next free row. */
export function writeOfficial(
  ws: ExcelJS.Worksheet,
  model: TableModel,
  layout: Layout,
  top = 1,
): number {
  const gap = layout.blankColumn ? 1 : 0;
  const col = (c: number): number => (c === 0 ? 1 : c + 1 + gap);
  const header = headerRows(model, layout);
  let r = top;
  let page = 0;
  const pageTop = (): void => {
    const title = layout.title ?? model.title;
    ws.getCell(r, 1).value = page++ > 0 ? (layout.continuedTitle ?? title) : title;
    r++;
    ws.getCell(r, 1).value = `单位名称：${model.unitName}`;
    ws.getCell(r, col(header.rows[0].length - 1)).value = `单位：${layout.unit}`;
    r++;
    header.rows.forEach((values, i) => {
      values.forEach((v, c) => {
        if (v !== null) ws.getCell(r + i, col(c)).value = v;
      });
    });
    for (const [r1, c1, r2, c2] of header.merges) ws.mergeCells(r + r1, col(c1), r + r2, col(c2));
    r += header.rows.length;
  };
  pageTop();
  model.rows.forEach((row, i) => {
    if (layout.pageRows && i > 0 && i % layout.pageRows === 0) {
      r += 2; // blank rows between printed pages
      pageTop();
    }
    rowValues(model, row, layout).forEach((v, c) => {
      if (v !== null) ws.getCell(r, col(c)).value = v;
    });
    r++;
  });
  for (const note of model.notes) ws.getCell(r++, 1).value = note;
  return r;
}
