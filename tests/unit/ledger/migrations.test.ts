import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BookDb } from '../../../src/main/ledger/book-db';
import {
  BookTooNewError,
  MigrationHistoryMismatchError,
  NotABookError,
} from '../../../src/main/ledger/errors';
import {
  findMigrationsDir,
  loadMigrations,
  readApplied,
} from '../../../src/main/ledger/migrations';
import { INIT_2021 } from '../../helpers/book-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-mig-');
const REAL = findMigrationsDir();
const V2 = `CREATE TABLE notes_v2 (id INTEGER NOT NULL PRIMARY KEY, text TEXT NOT NULL) STRICT;\n`;

/** A migrations folder holding a copy of the real 001 and, optionally, a test-only 002. */
function migrationsDir(withV2: boolean, v1Override?: string): string {
  const dir = join(tempDir(), 'migrations');
  mkdirSync(dir);
  const v1 = loadMigrations(REAL)[0];
  const v1File = join(dir, `001_${v1.name}.sql`);
  if (v1Override === undefined) copyFileSync(join(REAL, `001_${v1.name}.sql`), v1File);
  else writeFileSync(v1File, v1Override);
  if (withV2) writeFileSync(join(dir, '002_add_notes.sql'), V2);
  return dir;
}

/** Bytes and mtime of the file, and the names in its folder (no -wal/-shm left behind). */
function fingerprint(path: string): { bytes: Buffer; mtimeMs: number; folder: string[] } {
  const s = statSync(path);
  return {
    bytes: readFileSync(path),
    mtimeMs: s.mtimeMs,
    folder: readdirSync(dirname(path)).sort(),
  };
}

function tables(path: string): string[] {
  const db = new Database(path, { readonly: true });
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  db.close();
  return names;
}

describe('migrations runner', () => {
  it('finds the repo migrations folder and reads contiguous files', () => {
    const files = loadMigrations();
    expect(files[0].version).toBe(1);
    expect(files.map((f) => f.version)).toEqual(files.map((_, i) => i + 1));
    expect(files[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('creates a fresh book with every table, WAL and foreign keys on, history recorded', () => {
    const path = join(tempDir(), 'fresh.sqlite');
    const book = BookDb.create(path, INIT_2021);
    expect(book.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(book.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const applied = readApplied(book.db) ?? [];
    expect(applied.map((a) => a.version)).toEqual(loadMigrations(REAL).map((f) => f.version));
    expect(book.info()).toMatchObject({ year: 2021, packId: 'jiangmen-2021', unitCode: '404011' });
    book.close();
    expect(tables(path)).toEqual(
      expect.arrayContaining([
        'assets',
        'book_info',
        'change_reasons',
        'income_plan',
        'last_year_figures',
        'line_items',
        'performance_indicators',
        'projects',
        'review_notes',
        'schema_migrations',
        'table_notes',
        'unit_texts',
        'units',
      ]),
    );
  });

  it('upgrades a version-1 book to version 2, keeping its data', () => {
    const path = join(tempDir(), 'old.sqlite');
    BookDb.create(path, INIT_2021, { migrationsDir: migrationsDir(false) }).close();
    expect(tables(path)).not.toContain('notes_v2');
    const book = BookDb.open(path, { migrationsDir: migrationsDir(true) });
    expect((readApplied(book.db) ?? []).map((a) => [a.version, a.name])).toEqual([
      [1, 'initial'],
      [2, 'add_notes'],
    ]);
    expect(book.info().unitCode).toBe('404011');
    book.close();
    expect(tables(path)).toContain('notes_v2');
  });

  it('upgrades a book made with 001 only to the real migrations (002 adds table_notes)', () => {
    const path = join(tempDir(), 'v1.sqlite');
    const old = BookDb.create(path, INIT_2021, { migrationsDir: migrationsDir(false) });
    old.db
      .prepare("INSERT INTO change_reasons (subject_key, reason) VALUES ('income', '旧原因')")
      .run();
    old.close();
    expect(tables(path)).not.toContain('table_notes');
    const book = BookDb.open(path);
    expect((readApplied(book.db) ?? []).map((a) => [a.version, a.name])).toEqual([
      [1, 'initial'],
      [2, 'table_notes'],
      [3, 'book_catalog'],
      [4, 'merge_sources'],
      [5, 'book_pack'],
    ]);
    expect(book.db.prepare('SELECT reason FROM change_reasons').pluck().get()).toBe('旧原因');
    book.db.prepare("INSERT INTO table_notes (table_no, text) VALUES (8, '基金用途')").run();
    // The CHECKs of 002 hold in an upgraded book as in a new one.
    expect(() =>
      book.db.prepare("INSERT INTO table_notes (table_no, text) VALUES (100, 'x')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      book.db
        .prepare('INSERT INTO table_notes (table_no, text) VALUES (9, ?)')
        .run('字'.repeat(2001)),
    ).toThrow(/CHECK/);
    book.close();
    expect(tables(path)).toContain('table_notes');
  });

  it('refuses a book of this version in an app that has only 001, file untouched', () => {
    const path = join(tempDir(), 'current.sqlite');
    BookDb.create(path, INIT_2021).close();
    const before = fingerprint(path);
    expect(() => BookDb.open(path, { migrationsDir: migrationsDir(false) })).toThrow(
      BookTooNewError,
    );
    expect(fingerprint(path)).toEqual(before);
  });

  it('refuses a book from the future and leaves the file untouched', () => {
    const path = join(tempDir(), 'future.sqlite');
    BookDb.create(path, INIT_2021, { migrationsDir: migrationsDir(true) }).close();
    const before = fingerprint(path);
    let err: unknown;
    try {
      BookDb.open(path, { migrationsDir: migrationsDir(false) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BookTooNewError);
    expect((err as BookTooNewError).code).toBe('BOOK_TOO_NEW');
    expect((err as Error).message).toMatch(/第 2 版.*第 1 版.*文件未作任何改动.*升级 BudgetDesk/);
    expect(fingerprint(path)).toEqual(before);
  });

  it('refuses a book whose history differs from the files and leaves it untouched', () => {
    const path = join(tempDir(), 'forked.sqlite');
    BookDb.create(path, INIT_2021, { migrationsDir: migrationsDir(false) }).close();
    const before = fingerprint(path);
    const edited = readFileSync(join(REAL, '001_initial.sql'), 'utf8') + '\n-- edited later\n';
    expect(() => BookDb.open(path, { migrationsDir: migrationsDir(false, edited) })).toThrow(
      MigrationHistoryMismatchError,
    );
    try {
      BookDb.open(path, { migrationsDir: migrationsDir(false, edited) });
    } catch (e) {
      expect((e as MigrationHistoryMismatchError).code).toBe('MIGRATION_HISTORY_MISMATCH');
      expect((e as Error).message).toContain('文件未作任何改动');
      expect((e as Error).message).toContain('forked.sqlite');
    }
    expect(fingerprint(path)).toEqual(before);
  });

  it('treats CRLF line endings of a migration as the same migration', () => {
    const path = join(tempDir(), 'crlf.sqlite');
    BookDb.create(path, INIT_2021, { migrationsDir: migrationsDir(false) }).close();
    const crlf = readFileSync(join(REAL, '001_initial.sql'), 'utf8').replace(/\n/g, '\r\n');
    BookDb.open(path, { migrationsDir: migrationsDir(false, crlf) }).close();
  });

  it('refuses a file that is not SQLite, and an SQLite file that is not a book, untouched', () => {
    const text = join(tempDir(), 'notes.sqlite');
    writeFileSync(text, '单位编码,单位名称\n'.repeat(200));
    const before = fingerprint(text);
    expect(() => BookDb.open(text)).toThrow(NotABookError);
    expect(fingerprint(text)).toEqual(before);

    const other = join(tempDir(), 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x INTEGER)');
    db.close();
    const before2 = fingerprint(other);
    expect(() => BookDb.open(other)).toThrow(/不是 BudgetDesk 预算文件/);
    expect(fingerprint(other)).toEqual(before2);
  });

  it('create refuses to overwrite, and leaves no file behind when it fails', () => {
    const dir = tempDir();
    const path = join(dir, 'book.sqlite');
    writeFileSync(path, 'keep me');
    expect(() => BookDb.create(path, INIT_2021)).toThrow(/已存在/);
    expect(readFileSync(path, 'utf8')).toBe('keep me');

    const bad = join(dir, 'bad.sqlite');
    expect(() => BookDb.create(bad, { ...INIT_2021, year: 1900 })).toThrow();
    expect(() => statSync(bad)).toThrow();
  });
});
