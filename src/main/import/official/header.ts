/**
 * Header detection against the pack: a row without numbers whose texts are mostly the template's
 * captions is a header row (the first page's, or one repeated on a later page). Sheet columns are
 * matched to the template's leaf columns left to right by the caption path above them, so a
 * typed table may omit group rows, add blank columns, or put the header on one row.
 */
import type { HeaderItem, LeafColumn, TableTemplate } from '../../../shared/tables/template';
import { cellsOf, textOf, type Grid } from './grid';
import { looksNumeric, norm } from './text';

interface LeafInfo {
  leaf: LeafColumn;
  /** Index among the template's leaves = TableModel column index. */
  index: number;
  /** Normalised captions from the top group down to the leaf. */
  path: string[];
}

function leavesWithPaths(items: readonly HeaderItem[]): LeafInfo[] {
  const out: LeafInfo[] = [];
  const walk = (list: readonly HeaderItem[], above: string[]): void => {
    for (const item of list) {
      if (item.kind === 'group') walk(item.children, [...above, norm(item.caption)]);
      else out.push({ leaf: item, index: out.length, path: [...above, norm(item.caption)] });
    }
  };
  walk(items, []);
  return out;
}

export function captionSet(t: TableTemplate): Set<string> {
  const set = new Set<string>();
  for (const l of leavesWithPaths(t.header)) for (const p of l.path) set.add(p);
  set.delete('');
  return set;
}

/** Whether row r reads as a header row of the table. */
export function isHeaderRow(grid: Grid, r: number, captions: Set<string>): boolean {
  const cells = cellsOf(grid, r);
  if (cells.length === 0) return false;
  let hits = 0;
  for (const [, c] of cells) {
    const text = textOf(c);
    if (typeof c.value === 'number' || looksNumeric(text)) return false;
    if (captions.has(norm(text))) hits++;
  }
  return hits * 2 >= cells.length;
}

export interface ColumnMap {
  /** Sheet column → template leaf. */
  bySheetColumn: Map<number, LeafInfo>;
  /** Amount leaves with no sheet column. */
  missing: LeafInfo[];
  /** Sheet columns with a header the template does not have: [column, caption]. */
  unknown: [number, string][];
}

/** Matches the columns of a header block (rows [from, to]) to the template's leaves. */
export function mapColumns(grid: Grid, from: number, to: number, t: TableTemplate): ColumnMap {
  const paths = new Map<number, string[]>();
  for (let r = from; r <= to; r++) {
    for (const [c, cell] of cellsOf(grid, r)) {
      const text = norm(textOf(cell));
      const path = paths.get(c) ?? [];
      if (path[path.length - 1] !== text) path.push(text);
      paths.set(c, path);
    }
  }
  const columns = [...paths.keys()].sort((a, b) => a - b);
  const leaves = leavesWithPaths(t.header);
  const bySheetColumn = new Map<number, LeafInfo>();
  const missing: LeafInfo[] = [];
  let next = 0;
  for (const leaf of leaves) {
    const allowed = new Set(leaf.path);
    const at = columns.findIndex((c, i) => {
      if (i < next) return false;
      const path = paths.get(c)!;
      return (
        path[path.length - 1] === leaf.path[leaf.path.length - 1] &&
        path.every((p) => allowed.has(p))
      );
    });
    if (at < 0) {
      if (leaf.leaf.kind === 'amount') missing.push(leaf);
      continue;
    }
    bySheetColumn.set(columns[at], leaf);
    next = at + 1;
  }
  const unknown: [number, string][] = columns
    .filter((c) => !bySheetColumn.has(c))
    .map((c) => [c, paths.get(c)!.join('/')] as [number, string]);
  return { bySheetColumn, missing, unknown };
}
