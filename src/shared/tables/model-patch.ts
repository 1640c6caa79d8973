/**
 * What changed in a table model, small enough to post to the 审核 worker after every edit: an
 * edit of one line changes a handful of rows of tables of thousands, and copying whole models
 * across threads costs more than checking them. A patch carries the model's own fields (title,
 * header, columns, notes — a few hundred bytes) and only the rows that changed, by position;
 * when the rows themselves moved (a row appeared or vanished) it carries the whole model.
 *
 * Applying a patch keeps every unchanged row object as it was, so code that compares rows by
 * identity (incremental 审核) sees exactly the rows the edit touched.
 */
import type { TableModel, TableRow } from './model';
import { shareRowIndex } from './row-index';

export type ModelPatch =
  | { number: number; model: TableModel }
  | { number: number; fields: Omit<TableModel, 'rows'>; rows: [index: number, row: TableRow][] };

/** The rows of both arrays carry the same keys in the same order. */
export function sameRowKeys(a: readonly TableRow[], b: readonly TableRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].key !== b[i].key) return false;
  return true;
}

/** The patch turning `before` into `after` (`before` absent: the whole model); null when equal. */
export function modelPatch(before: TableModel | undefined, after: TableModel): ModelPatch | null {
  if (before === after) return null;
  if (!before || !sameRowKeys(before.rows, after.rows)) {
    return { number: after.number, model: after };
  }
  const rows: [number, TableRow][] = [];
  for (let i = 0; i < after.rows.length; i++) {
    if (after.rows[i] !== before.rows[i]) rows.push([i, after.rows[i]]);
  }
  const { rows: _rows, ...fields } = after;
  return { number: after.number, fields, rows };
}

/**
 * The model a patch describes, from the model it was made against. A row patch against a model
 * with other rows (a lost message) cannot be applied: that is an error, not a silent mix.
 */
export function applyModelPatch(before: TableModel | undefined, patch: ModelPatch): TableModel {
  if ('model' in patch) return patch.model;
  if (!before) throw new Error(`表${patch.number}的更新缺少原表，无法应用`);
  const rows = [...before.rows];
  for (const [i, row] of patch.rows) {
    if (i >= rows.length || rows[i].key !== row.key) {
      throw new Error(`表${patch.number}的更新与原表的行不一致，无法应用`);
    }
    rows[i] = row;
  }
  shareRowIndex(before.rows, rows);
  return { ...patch.fields, rows };
}
