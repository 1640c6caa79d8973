/**
 * A block of cells in the line grid (Shift+click, Shift+arrows) and what the block does: Ctrl+C
 * copies it as tab-separated text that Excel and WPS paste cell for cell (and this grid pastes
 * back), Ctrl+D fills its top row down. Pure, so both are tested without a browser.
 */
import type { LineItem } from '../../../shared/domain';
import { fenToWanExact, fenToYuanPlain } from '../../../shared/money';
import type { CellPos } from './grid-nav';
import { codeLabel, type ColumnKey, type GridColumn, type LineOptions } from './line-cells';
import { applyValues, type GridScope } from './line-edits';
import type { DisplayUnit } from './money-display';

export interface CellRange {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** The rectangle between the anchor (where Shift-selection started) and the active cell. */
export function rangeOf(anchor: CellPos, active: CellPos): CellRange {
  return {
    r0: Math.min(anchor.row, active.row),
    r1: Math.max(anchor.row, active.row),
    c0: Math.min(anchor.col, active.col),
    c1: Math.max(anchor.col, active.col),
  };
}

export const inRange = (r: CellRange, row: number, col: number): boolean =>
  row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;

/** One cell as text for the clipboard: codes with names, amounts as plain numbers. */
function cellText(line: LineItem, key: ColumnKey, opts: LineOptions, unit: DisplayUnit): string {
  if (key === 'amountFen') {
    return unit === 'wan' ? fenToWanExact(line.amountFen) : fenToYuanPlain(line.amountFen);
  }
  return codeLabel(opts, key, String(line[key] ?? ''));
}

/** Excel's quoting: a cell holding a tab, line break or quote goes in "…" with quotes doubled. */
const quote = (t: string): string => (/[\t\n\r"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);

/** The lines of a block (rows given as the grid's lines, null for the empty row) as TSV. */
export function rangeTsv(
  rows: readonly (LineItem | null)[],
  columns: readonly GridColumn[],
  range: CellRange,
  opts: LineOptions,
  unit: DisplayUnit,
): string {
  const out: string[] = [];
  for (let r = range.r0; r <= range.r1; r++) {
    const line = rows[r];
    if (!line) continue;
    const cells = columns
      .slice(range.c0, range.c1 + 1)
      .map((c) => quote(cellText(line, c.key, opts, unit)));
    out.push(cells.join('\t'));
  }
  return out.length ? `${out.join('\r\n')}\r\n` : '';
}

/**
 * Ctrl+D: every line below the block's top row takes the top row's values in the block's
 * columns (a changed 部门经济科目 re-defaults what was defaulted, as typing it does). Lines
 * already equal are left out; the empty row is skipped.
 */
export function planFillDown(
  rows: readonly (LineItem | null)[],
  columns: readonly GridColumn[],
  range: CellRange,
  opts: LineOptions,
  scope: GridScope,
): { before: LineItem; after: LineItem }[] {
  const top = rows[range.r0];
  if (!top) return [];
  const keys = columns.slice(range.c0, range.c1 + 1).map((c) => c.key);
  const values = Object.fromEntries(keys.map((k) => [k, top[k] ?? ''])) as Partial<
    Record<ColumnKey, string | number>
  >;
  const updates: { before: LineItem; after: LineItem }[] = [];
  for (let r = range.r0 + 1; r <= range.r1; r++) {
    const line = rows[r];
    if (!line || keys.every((k) => line[k] === top[k])) continue;
    updates.push({ before: line, after: applyValues(line, values, opts, scope) });
  }
  return updates;
}
