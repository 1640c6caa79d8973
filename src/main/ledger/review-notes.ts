/** The clerk's 出错说明 for 审核 findings, keyed by the finding's stable key. */
import type { BookDb } from './book-db';

export interface ReviewNote {
  findingKey: string;
  note: string;
  updatedAt: string;
}

export function listReviewNotes(book: BookDb): ReviewNote[] {
  return book.db
    .prepare(
      'SELECT finding_key AS findingKey, note, updated_at AS updatedAt FROM review_notes ORDER BY finding_key',
    )
    .all() as ReviewNote[];
}

/** Sets the note; a blank note removes it (the finding is then unexplained again). */
export function setReviewNote(book: BookDb, findingKey: string, note: string): ReviewNote | null {
  if (note.trim() === '') {
    book.db.prepare('DELETE FROM review_notes WHERE finding_key = ?').run(findingKey);
    return null;
  }
  const updatedAt = new Date().toISOString();
  book.db
    .prepare(
      `INSERT INTO review_notes (finding_key, note, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (finding_key) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`,
    )
    .run(findingKey, note, updatedAt);
  return { findingKey, note, updatedAt };
}
