/**
 * Re-deriving thirteen tables of a 10,000-line book after every keystroke-commit costs more than
 * a frame, yet an edit of a few lines changes every printed cell by an amount the engine can
 * compute from those lines alone: every cell is a sum of line amounts. So: derive the tables of a
 * tiny book holding only the change (the old versions negated, the new versions as they are) with
 * the same engine, and add those cells into the current models by row key.
 *
 * When the change alters the table's shape — a row that must appear (not printed before) or
 * disappear (its amounts all become zero) — this returns null and the caller derives in full.
 * The result equals a full derivation (tests compare the two on random edits).
 */
import type { LineChange } from '../../../shared/api/apply-changes';
import type { BookSnapshot } from '../../../shared/domain';
import { deriveTables } from '../../../shared/tables/engine';
import type { TableCell, TableModel, TableRow } from '../../../shared/tables/model';
import { packOf } from '../../../shared/tables/packs';
import { rowIndex, shareRowIndex } from '../../../shared/tables/row-index';
import { leafColumns } from '../../../shared/tables/template';
import { fitColumns } from '../../../shared/tables/widths';
import { formatWan } from '../../../shared/money';

const allZero = (row: TableRow): boolean =>
  row.cells.every((c) => c.kind !== 'amount' || c.fen === 0);

/**
 * The models of `book` (the snapshot AFTER the change), from `models` (derived before it) and the
 * change; null when the change reshapes a table.
 */
export function applyLineChange(
  book: BookSnapshot,
  models: readonly TableModel[],
  change: LineChange,
): TableModel[] | null {
  if (change.removed.length + change.added.length === 0) return [...models];
  const lines = [
    ...change.removed.map((l) => ({ ...l, amountFen: -l.amountFen })),
    ...change.added,
  ];
  const deltas = deriveTables(
    { ...book, lines },
    models.map((m) => m.number),
  );
  const pack = packOf(book);
  const out: TableModel[] = [];
  for (let t = 0; t < models.length; t++) {
    const model = models[t];
    const delta = deltas[t];
    const changing = delta.rows.filter((r) => !allZero(r));
    if (changing.length === 0) {
      out.push(model);
      continue;
    }
    const index = rowIndex(model.rows).own;
    const rows = [...model.rows];
    // Column widths follow the longest printed figure; they can only change when a changed
    // cell's printed length does, so most edits keep them (fitting all rows costs a few ms).
    let refit = false;
    for (const d of changing) {
      const i = index.get(d.key);
      if (i === undefined) return null; // a row the table did not print: shape changes
      const before = rows[i];
      const cells = before.cells.map((c, k): TableCell => {
        const dc = d.cells[k];
        if (c.kind !== 'amount' || dc?.kind !== 'amount' || dc.fen === 0) return c;
        const fen = c.fen + dc.fen;
        if (formatWan(fen).length !== formatWan(c.fen).length) refit = true;
        return { kind: 'amount', fen };
      });
      const after = { ...before, cells };
      // A row printed only while non-zero would now vanish; let the full derivation decide.
      if (allZero(after) && !allZero(before)) return null;
      rows[i] = after;
    }
    const template = pack.table(model.number);
    const columns = refit
      ? fitColumns(leafColumns(template.header), model.header, rows, template.print.captionLines)
      : model.columns;
    // Same keys in the same places: the next edit, and the checks, reuse the indexes.
    shareRowIndex(model.rows, rows);
    out.push({ ...model, rows, columns });
  }
  return out;
}
