/**
 * A block copied from Excel or WPS arrives as text: rows separated by line breaks, cells by tabs,
 * a cell holding a tab or line break quoted with "…" (quotes doubled inside). This turns it into
 * cell values for the grid's columns from the focused one on, checking every cell first. Bare
 * amounts are read in the unit the amount column shows (元 or 万元).
 */
import type { BareUnit } from '../../../shared/money';
import {
  parseCell,
  type CellValues,
  type ColumnKey,
  type GridColumn,
  type LineOptions,
} from './line-cells';

/**
 * Columns whose empty pasted cell means "as typing would fill it" (completeLine) rather than a
 * mistake: an existing line keeps its value, a new row takes the row above's or the default.
 */
const FILLED_WHEN_EMPTY = new Set<ColumnKey>(['functionCode', 'kind', 'fundSource', 'unitCode']);

/** Rows of cells of a tab-separated clipboard text; a trailing line break adds no row. */
export function splitClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && cell === '') {
      // A quoted cell: runs to the closing quote that is not doubled.
      let j = i + 1;
      let quoted = '';
      while (j < s.length) {
        if (s[j] === '"' && s[j + 1] === '"') {
          quoted += '"';
          j += 2;
        } else if (s[j] === '"') break;
        else quoted += s[j++];
      }
      if (j < s.length && (j + 1 === s.length || s[j + 1] === '\t' || s[j + 1] === '\n')) {
        cell = quoted;
        i = j + 1;
        continue;
      }
    }
    if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

interface PasteResult {
  /** One entry per pasted row: the fields it sets. */
  rows: CellValues[];
  /** Chinese messages naming row and column; non-empty = nothing may be saved. */
  problems: string[];
}

/**
 * Parses a pasted block into values for the grid's columns starting at `startCol`. `firstRow`
 * is the grid row number (1-based) of the first pasted row, for the messages.
 */
export function parsePasteBlock(
  block: string[][],
  columns: readonly GridColumn[],
  startCol: number,
  opts: LineOptions,
  firstRow: number,
  amountUnit: BareUnit = 'yuan',
): PasteResult {
  const problems: string[] = [];
  const width = columns.length - startCol;
  const rows = block.map((cells, r) => {
    const values: CellValues = {};
    if (cells.length > width) {
      problems.push(
        `第 ${firstRow + r} 行：粘贴了 ${cells.length} 列，但从“${columns[startCol].title}”起只有 ${width} 列，请少选几列再复制`,
      );
    }
    cells.slice(0, width).forEach((text, c) => {
      const col = columns[startCol + c];
      if (text.trim() === '' && FILLED_WHEN_EMPTY.has(col.key)) return;
      const parsed = parseCell(col.key, text, opts, amountUnit);
      if (parsed.ok) values[col.key] = parsed.value;
      else problems.push(`第 ${firstRow + r} 行“${col.title}”列：${parsed.message}`);
    });
    return values;
  });
  return { rows, problems };
}
