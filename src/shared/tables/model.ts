/**
 * The table model: what the engine derives from a template and a book, and what the preview,
 * the Excel export and the checks all read. Amounts are 分; rounding happens when printed.
 */
import type { Fen } from '../domain';

/** One cell of the (possibly multi-row) merged header, positioned on the header grid. */
export interface HeaderCell {
  text: string;
  /** 0-based row within the header block. */
  row: number;
  /** 0-based column. */
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** A leaf column of the table body. */
export interface ColumnSpec {
  kind: 'text' | 'amount';
  /** Width in characters for print/preview. */
  width: number;
  /** Leaf caption, for messages and year-on-year keys. */
  caption: string;
}

export type TableCell =
  | { kind: 'text'; text: string }
  | { kind: 'amount'; fen: Fen }
  | { kind: 'empty' };

export interface TableRow {
  /** Stable key within the table (e.g. "fn:2080199", "fixed:收入总计"), for comparisons. */
  key: string;
  /** Classification or project code the row stands for, '' when none. */
  code: string;
  /** The row's printed label (without code prefix). */
  label: string;
  cells: TableCell[];
  emphasis: 'total' | 'subtotal' | 'normal';
}

export interface TableModel {
  /** 1..13 in the Jiangmen pack. */
  number: number;
  title: string;
  unitName: string;
  /** "单位：万元". */
  unitCaption: string;
  headerRows: number;
  header: HeaderCell[];
  columns: ColumnSpec[];
  rows: TableRow[];
  /** Lines printed under the table, each starting "注：". */
  notes: string[];
  /** The template accepts a 表注 from the clerk (the preview offers a field for it). */
  acceptsClerkNote?: boolean;
  /**
   * The clerk's 表注 as printed ("注：…"), when written; it is also the last entry of `notes`,
   * so readers that only print `notes` print it too.
   */
  clerkNote?: string;
  /** Page orientation of the template's print setup (the export prints A4, fit to width). */
  orientation?: 'landscape' | 'portrait';
}
