/**
 * The book's lines as CSV in exactly the import layout (see import/lines-layout.ts), so that
 * importing the export into a new book gives the same lines. UTF-8 with BOM and CRLF, as Excel
 * on Chinese Windows needs to open it without garbling the Chinese.
 */
import { fenToYuanPlain } from '../../shared/money';
import type { BookDb } from '../ledger/book-db';
import { lineRows } from '../ledger/lines';
import { listProjects } from '../ledger/projects';
import { listUnits } from '../ledger/units';
import { csvField } from '../import/csv';
import { LINE_COLUMNS } from '../import/lines-layout';

export const BOM = '\uFEFF';

export function exportLinesCsv(book: BookDb, opts: { bom?: boolean } = {}): string {
  const units = new Map(listUnits(book).map((u) => [u.code, u]));
  const projects = new Map(listProjects(book).map((p) => [p.code, p]));
  const out: string[] = [LINE_COLUMNS.join(',')];
  // Rows straight from SQLite: no object per line.
  for (const [, unitCode, fn, dept, gov, kind, projectCode, fundSource, amountFen] of lineRows(
    book,
  )) {
    const unit = units.get(unitCode);
    const p2 = projectCode ? projects.get(projectCode) : undefined;
    const p1 = p2?.parentCode ? projects.get(p2.parentCode) : undefined;
    // The 政府 code is always written out: an import then keeps it even where it is the default.
    const cells = [
      unitCode,
      unit?.name ?? '',
      unit?.type ?? '',
      fn,
      dept,
      gov,
      kind,
      p1?.code ?? '',
      p1?.name ?? '',
      p2?.code ?? '',
      p2?.name ?? '',
      fundSource,
      fenToYuanPlain(amountFen),
    ];
    out.push(cells.map(csvField).join(','));
  }
  return (opts.bom === false ? '' : BOM) + out.join('\r\n') + '\r\n';
}
