/**
 * Opening a book of an older structure keeps a copy of it, as it was, before the upgrade runs:
 * the snapshot holds only the old migrations, the book the new ones, and both the same budget.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BookDb } from '../../../src/main/ledger/book-db';
import { loadMigrations } from '../../../src/main/ledger/migrations';
import { listSnapshots } from '../../../src/main/snapshots/store';
import { INIT_2021 } from '../../helpers/book-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-upgrade-');

const versions = (file: string): number[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT version FROM schema_migrations ORDER BY version')
      .pluck()
      .all() as number[];
  } finally {
    db.close();
  }
};

describe('the snapshot before an upgrade', () => {
  it('keeps the book as it was before its migrations ran', () => {
    const dir = tempDir();
    const only001 = join(dir, 'migrations');
    mkdirSync(only001);
    copyFileSync(
      resolve(__dirname, '../../../migrations/001_initial.sql'),
      join(only001, '001_initial.sql'),
    );
    const path = join(dir, '旧.sqlite');
    BookDb.create(path, INIT_2021, { migrationsDir: only001 }).close();
    expect(listSnapshots(path)).toEqual([]);

    const book = BookDb.open(path, { dataDir: join(dir, 'data') });
    book.close();
    const [snap] = listSnapshots(path);
    expect(snap).toMatchObject({ reason: 'open-before-upgrade', lineCount: 0 });
    expect(versions(snap.file)).toEqual([1]);
    expect(versions(path)).toEqual(loadMigrations().map((m) => m.version));

    // Opening the upgraded book again takes no further copy.
    BookDb.open(path).close();
    expect(listSnapshots(path)).toHaveLength(1);
  });
});
