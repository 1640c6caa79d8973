/** Income plan (控制数) repository: one amount per unit and fund source. */
import { FUND_SOURCES, type IncomePlanEntry } from '../../shared/domain';
import type { BookDb } from './book-db';

const SOURCE_ORDER = new Map<string, number>(FUND_SOURCES.map((s, i) => [s, i]));

/** Entries by unit (in the order units were added), then in the printed order of fund sources. */
export function listPlan(book: BookDb): IncomePlanEntry[] {
  const rows = book.db
    .prepare(
      `SELECT u.rowid AS unitOrder, p.unit_code AS unitCode, p.fund_source AS fundSource,
         p.amount_fen AS amountFen
       FROM income_plan p JOIN units u ON u.code = p.unit_code`,
    )
    .all() as (IncomePlanEntry & { unitOrder: number })[];
  rows.sort(
    (a, b) =>
      a.unitOrder - b.unitOrder ||
      (SOURCE_ORDER.get(a.fundSource) ?? 0) - (SOURCE_ORDER.get(b.fundSource) ?? 0),
  );
  return rows.map(({ unitCode, fundSource, amountFen }) => ({ unitCode, fundSource, amountFen }));
}

/** Sets (inserts or replaces) the plan amount of one unit and fund source. */
export function setPlan(book: BookDb, e: IncomePlanEntry): IncomePlanEntry {
  book.db
    .prepare(
      `INSERT INTO income_plan (unit_code, fund_source, amount_fen) VALUES (?, ?, ?)
       ON CONFLICT (unit_code, fund_source) DO UPDATE SET amount_fen = excluded.amount_fen`,
    )
    .run(e.unitCode, e.fundSource, e.amountFen);
  return { ...e };
}

export function clearPlanEntry(book: BookDb, unitCode: string, fundSource: string): boolean {
  return (
    book.db
      .prepare('DELETE FROM income_plan WHERE unit_code = ? AND fund_source = ?')
      .run(unitCode, fundSource).changes > 0
  );
}
