/** Performance indicators (绩效指标) of projects. */
import type { IndicatorTier, PerformanceIndicator } from '../../shared/domain';
import type { BookDb } from './book-db';

export type IndicatorInput = Omit<PerformanceIndicator, 'id'>;

const SELECT = `SELECT id, project_code AS projectCode, tier, category, name, value, unit
  FROM performance_indicators`;

type Row = PerformanceIndicator & { tier: IndicatorTier };

export function listIndicators(book: BookDb, projectCode?: string): PerformanceIndicator[] {
  if (projectCode === undefined) return book.db.prepare(`${SELECT} ORDER BY id`).all() as Row[];
  return book.db.prepare(`${SELECT} WHERE project_code = ? ORDER BY id`).all(projectCode) as Row[];
}

/** Replaces the indicators of one project, keeping the given order. */
export function replaceIndicators(
  book: BookDb,
  projectCode: string,
  items: Omit<IndicatorInput, 'projectCode'>[],
): PerformanceIndicator[] {
  return book.transaction(() => {
    book.db.prepare('DELETE FROM performance_indicators WHERE project_code = ?').run(projectCode);
    insertIndicators(
      book,
      items.map((i) => ({ ...i, projectCode })),
    );
    return listIndicators(book, projectCode);
  });
}

export function insertIndicators(book: BookDb, items: IndicatorInput[]): void {
  const stmt = book.db.prepare(
    `INSERT INTO performance_indicators (project_code, tier, category, name, value, unit)
     VALUES (@projectCode, @tier, @category, @name, @value, @unit)`,
  );
  book.transaction(() => {
    for (const i of items) stmt.run(i);
  });
}
