/**
 * The snapshot taken every 10 minutes of editing while the book changed: checked whenever a
 * handler reaches the open book, so no timer runs while the clerk is away and an unchanged book
 * gets no copies.
 */
import { takeSnapshot } from '../snapshots/take';
import type { BookDb } from '../ledger/book-db';

export const AUTOSNAPSHOT_MS = 10 * 60 * 1000;

interface Watch {
  since: number;
  changes: number;
}

const watched = new WeakMap<BookDb, Watch>();

function changesOf(book: BookDb): number {
  return book.db.prepare('SELECT total_changes() AS n').pluck().get() as number;
}

/**
 * Takes an `autosave` snapshot when 10 minutes have passed since the book was opened or last
 * snapshotted and it has changed since. Never throws: a failed copy is retried next time, and the
 * clerk's edit must not fail because a copy could not be made.
 */
export function autosnapshot(book: BookDb, dataDir: string, now = Date.now()): boolean {
  if (book.path === ':memory:' || book.readOnly) return false;
  const w = watched.get(book);
  if (!w) {
    watched.set(book, { since: now, changes: changesOf(book) });
    return false;
  }
  if (now - w.since < AUTOSNAPSHOT_MS) return false;
  const changes = changesOf(book);
  if (changes === w.changes) return false;
  try {
    takeSnapshot(book, 'autosave', { dataDir });
    watched.set(book, { since: now, changes });
    return true;
  } catch {
    return false;
  }
}
