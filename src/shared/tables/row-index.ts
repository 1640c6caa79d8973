/**
 * Where each row of a table's rows sits, by key and by code — what the checks look rows up by.
 * Built the first time a rows array is read, and shared by a rows array made from another with
 * the same keys in the same places (an edit's patch, model-patch.ts): after an edit of a
 * 10,000-line book the indexes of tables of thousands of rows are not built again.
 */
import type { TableRow } from './model';

interface RowIndex {
  /** The first row with this key. */
  own: Map<string, number>;
  /** The first side-by-side line (表1, 表4) holding this key in one of its halves. */
  half: Map<string, number>;
  /** The rows carrying each code, in order (built when first asked). */
  byCode?: Map<string, number[]>;
}

const INDEXES = new WeakMap<readonly TableRow[], RowIndex>();

/** The two halves' keys of a side-by-side line ("fixed:fiscal|fixed:fn:201"), else null. */
export function halves(row: TableRow): string[] | null {
  if (!row.key.includes('|')) return null;
  const parts = row.key.split('|');
  return parts.length === 2 && parts.every((p) => p === '' || p.startsWith('fixed:'))
    ? parts
    : null;
}

export function rowIndex(rows: readonly TableRow[]): RowIndex {
  let index = INDEXES.get(rows);
  if (!index) {
    const own = new Map<string, number>();
    const half = new Map<string, number>();
    rows.forEach((r, i) => {
      if (!own.has(r.key)) own.set(r.key, i);
      for (const h of halves(r) ?? []) if (!half.has(h)) half.set(h, i);
    });
    index = { own, half };
    INDEXES.set(rows, index);
  }
  return index;
}

/** The rows carrying each code, by position. */
export function rowsByCode(rows: readonly TableRow[]): Map<string, number[]> {
  const index = rowIndex(rows);
  if (!index.byCode) {
    const byCode = new Map<string, number[]>();
    rows.forEach((r, i) => {
      const list = byCode.get(r.code);
      if (list) list.push(i);
      else byCode.set(r.code, [i]);
    });
    index.byCode = byCode;
  }
  return index.byCode;
}

/**
 * `next` has the rows of `rows` with some replaced by rows of the same key and code: it shares
 * the index of `rows`, if built.
 */
export function shareRowIndex(rows: readonly TableRow[], next: readonly TableRow[]): void {
  const index = INDEXES.get(rows);
  if (index) INDEXES.set(next, index);
}
