/**
 * Prepared statements kept per connection: a repository function called for every edit or every
 * read of the book compiles its SQL once, not at each call.
 */
import type Database from 'better-sqlite3';
import type { BookDb } from './book-db';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The connection's prepared statement for `sql`, compiled on first use. */
export function statement(book: BookDb, sql: string): Database.Statement {
  let byText = cache.get(book.db);
  if (!byText) {
    byText = new Map();
    cache.set(book.db, byText);
  }
  let stmt = byText.get(sql);
  if (!stmt) {
    stmt = book.db.prepare(sql);
    byText.set(sql, stmt);
  }
  return stmt;
}
