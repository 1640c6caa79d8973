/** Reasons for changes (“主要原因是…”) of 第三部分, written by the clerk, keyed by subject. */
import type { ChangeReason } from '../../shared/domain';
import type { BookDb } from './book-db';

export function listReasons(book: BookDb): ChangeReason[] {
  return book.db
    .prepare('SELECT subject_key AS subjectKey, reason FROM change_reasons ORDER BY subject_key')
    .all() as ChangeReason[];
}

export function getReason(book: BookDb, subjectKey: string): string | undefined {
  const row = book.db
    .prepare('SELECT reason FROM change_reasons WHERE subject_key = ?')
    .get(subjectKey) as { reason: string } | undefined;
  return row?.reason;
}

/** Sets the reason; an empty (blank) reason removes it. */
export function setReason(book: BookDb, subjectKey: string, reason: string): void {
  if (reason.trim() === '') {
    book.db.prepare('DELETE FROM change_reasons WHERE subject_key = ?').run(subjectKey);
    return;
  }
  book.db
    .prepare(
      `INSERT INTO change_reasons (subject_key, reason) VALUES (?, ?)
       ON CONFLICT (subject_key) DO UPDATE SET reason = excluded.reason`,
    )
    .run(subjectKey, reason);
}
