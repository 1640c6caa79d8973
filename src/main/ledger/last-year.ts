/** Last year's printed figures, one cell per row, as imported from last year's budget. */
import type { LastYearFigure } from '../../shared/domain';
import type { BookDb } from './book-db';

/** A figure to store; its id is given by the book. */
export type LastYearFigureInput = Omit<LastYearFigure, 'id'> & { id?: number };

const SELECT = `SELECT id, table_no AS tableNo, row_key AS rowKey, code, label,
  column_index AS columnIndex, caption, amount_fen AS amountFen FROM last_year_figures`;

export function listLastYear(book: BookDb, tableNo?: number): LastYearFigure[] {
  if (tableNo === undefined) {
    return book.db.prepare(`${SELECT} ORDER BY table_no, id`).all() as LastYearFigure[];
  }
  return book.db
    .prepare(`${SELECT} WHERE table_no = ? ORDER BY id`)
    .all(tableNo) as LastYearFigure[];
}

/** Replaces all of last year's figures in one transaction (a re-import replaces the old one). */
export function replaceLastYear(book: BookDb, figures: readonly LastYearFigureInput[]): number {
  const stmt = book.db.prepare(
    `INSERT INTO last_year_figures (table_no, row_key, code, label, column_index, caption, amount_fen)
     VALUES (@tableNo, @rowKey, @code, @label, @columnIndex, @caption, @amountFen)`,
  );
  return book.transaction(() => {
    book.db.prepare('DELETE FROM last_year_figures').run();
    for (const f of figures) {
      const { tableNo, rowKey, code, label, columnIndex, caption, amountFen } = f;
      stmt.run({ tableNo, rowKey, code, label, columnIndex, caption, amountFen });
    }
    return figures.length;
  });
}
