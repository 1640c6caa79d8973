/**
 * One budget book = one SQLite file. BookDb opens it (checking, before any write, that it is a
 * book this app can continue), applies pending migrations, and hands out the connection to the
 * repositories. WAL and foreign keys are always on.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BookInfo, Unit } from '../../shared/domain';
import type { PackDefinition } from '../../shared/tables/packs';
import { storeBookPack } from './book-pack';
import {
  BookExistsError,
  BookFolderMissingError,
  BookNotFoundError,
  BookReadOnlyUpgradeError,
  NotABookError,
} from './errors';
import { loadMigrations, migrate, pendingMigrations, readApplied } from './migrations';
import { insertUnit } from './units';
import { ensureBookCatalog } from './book-catalog';
import { openDatabase } from './native-binding';
import {
  APPLICATION_ID,
  assertSameFile,
  BookDamagedError,
  canWriteBook,
  identityOf,
  quickCheck,
  readOnlyCopy,
  removeReadOnlyCopy,
  type FileIdentity,
} from './book-file';
import { damagedAdvice, snapshotBeforeUpgrade } from '../snapshots/on-open';
import { commitFile, TEMP_SUFFIX } from '../fs/atomic-write';
import { sweepStaleTemps } from '../fs/temp-sweep';

export interface BookInit {
  year: number;
  packId: string;
  /** The book's top unit (the department). */
  unit: Unit;
  /** The pack when it is not the built-in one of packId (a pack file): the book carries it. */
  pack?: PackDefinition;
}

interface BookOptions {
  /** Another migrations folder (tests of upgrades and refusals). */
  migrationsDir?: string;
  /** The app's data folder: snapshots go there when the book's own folder cannot be written. */
  dataDir?: string;
  /** Open read-only even where the file could be written (as a read-only file always is). */
  readonly?: boolean;
}

interface BookInfoRow extends BookInfo {
  createdAt: string;
}

export class BookDb {
  private constructor(
    readonly path: string,
    readonly db: Database.Database,
    /** Which file the connection holds; null in memory. */
    private readonly identity: FileIdentity | null = null,
    /** Opened read-only: every write fails with a Chinese message saying so. */
    readonly readOnly = false,
    /** The private copy a read-only book is read from (book-file.ts readOnlyCopy), if any. */
    private readonly copy?: string,
  ) {}

  /**
   * Throws BookReplacedError when the file at `path` is no longer the one this connection holds
   * (replaced, moved, deleted, or no longer a book): a write now would go where the clerk cannot
   * see it.
   */
  assertOnDisk(): void {
    if (!this.identity) return;
    try {
      assertSameFile(this.path, this.identity);
    } catch (e) {
      // This connection's WAL still sits at `<path>-wal`: emptied now (through its own file
      // handle), it cannot be replayed onto the book that took the name.
      try {
        if (!this.readOnly) this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A busy checkpoint leaves the WAL; the refusal below still stops every save.
      }
      throw e;
    }
  }

  /** A new book file; refuses to overwrite an existing one. All or nothing: no file on failure. */
  static create(path: string, init: BookInit, opts: BookOptions = {}): BookDb {
    if (existsSync(path)) throw new BookExistsError(path);
    if (!existsSync(dirname(path))) throw new BookFolderMissingError(path, dirname(path));
    const files = loadMigrations(opts.migrationsDir);
    const db = openDatabase(path);
    try {
      return BookDb.initialise(path, db, init, files);
    } catch (e) {
      db.close();
      removeBookFiles(path);
      throw e;
    }
  }

  /** An in-memory book built from the real migrations, for tests. */
  static openMemory(init: BookInit, opts: BookOptions = {}): BookDb {
    return BookDb.initialise(
      ':memory:',
      openDatabase(':memory:'),
      init,
      loadMigrations(opts.migrationsDir),
    );
  }

  /**
   * An existing book. Throws NotABookError, BookTooNewError or MigrationHistoryMismatchError
   * without having written a byte; otherwise upgrades it to the app's schema.
   */
  static open(path: string, opts: BookOptions = {}): BookDb {
    if (!existsSync(path)) throw new BookNotFoundError(path);
    sweepStaleTemps(dirname(path));
    sweepStaleTemps(`${path}.snapshots`);
    const files = loadMigrations(opts.migrationsDir);
    const readOnly = opts.readonly === true || !canWriteBook(path);
    const copy = readOnly ? readOnlyCopy(path) : undefined;
    const source = copy ?? path;
    let db: Database.Database;
    let pending: number;
    try {
      pending = inspectAfterCrash(source, files, readOnly, opts.dataDir);
      if (readOnly && pending > 0) throw new BookReadOnlyUpgradeError(path);
      db = openDatabase(source, { fileMustExist: true, readonly: readOnly });
    } catch (e) {
      if (copy) removeReadOnlyCopy(copy);
      throw e;
    }
    const identity = identityOf(path);
    try {
      configure(db, readOnly);
      // Before an upgrade rewrites the file, a copy of it as it was goes to the snapshots.
      const upgrade = pending > 0 ? snapshotBeforeUpgrade(db, path, opts.dataDir) : null;
      migrate(db, path, files);
      const book = new BookDb(path, db, identity, readOnly, copy);
      // A book from before schema 3 gets the built-in catalog of its year, once.
      if (!readOnly) ensureBookCatalog(book);
      upgrade?.describe(book);
      return book;
    } catch (e) {
      db.close();
      if (copy) removeReadOnlyCopy(copy);
      throw e;
    }
  }

  private static initialise(
    path: string,
    db: Database.Database,
    init: BookInit,
    files: ReturnType<typeof loadMigrations>,
  ): BookDb {
    configure(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, path, files);
    const book = new BookDb(path, db);
    book.transaction(() => {
      insertUnit(book, init.unit);
      db.prepare(
        'INSERT INTO book_info (id, year, pack_id, unit_code, created_at) VALUES (1, ?, ?, ?, ?)',
      ).run(init.year, init.packId, init.unit.code, new Date().toISOString());
      ensureBookCatalog(book);
      if (init.pack) storeBookPack(book, init.pack);
    });
    return book;
  }

  info(): BookInfoRow {
    const row = this.db
      .prepare(
        'SELECT year, pack_id AS packId, unit_code AS unitCode, created_at AS createdAt FROM book_info WHERE id = 1',
      )
      .get() as BookInfoRow | undefined;
    if (!row) throw new NotABookError(this.path, '缺少预算年度等基本信息');
    return row;
  }

  /** Runs fn in one transaction (nested calls become savepoints); rolls back if fn throws. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    if (this.db.open) this.db.close();
    if (this.copy) removeReadOnlyCopy(this.copy);
  }
}

/** Deletes a book file and the journal files SQLite may have left beside it. */
function removeBookFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/**
 * Builds a new book file at `path` from `init` and `fill`: in a temporary file beside it
 * (`.<name>.<pid>-<tag>.bdtmp`, swept at the next start if this run is killed), checkpointed,
 * closed and flushed, then renamed to `path` only when complete, so a failure leaves no
 * half-built book and `path` as it was. With `replace`, a book already at
 * `path` is swapped for the new one; without it, BookDb.create's refusals are the caller's.
 */
export function buildBookFile(
  path: string,
  tag: string,
  init: BookInit,
  fill: (book: BookDb) => void,
  replace = false,
): void {
  sweepStaleTemps(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${tag}${TEMP_SUFFIX}`);
  removeBookFiles(temp);
  try {
    const book = BookDb.create(temp, init);
    try {
      fill(book);
      book.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      book.close();
    }
    commitFile(temp, path);
    // The rename replaced the old book in one step; its -wal/-shm must not be replayed onto the new.
    if (replace) for (const s of ['-wal', '-shm', '-journal']) rmSync(path + s, { force: true });
  } finally {
    removeBookFiles(temp);
  }
}

function configure(db: Database.Database, readOnly = false): void {
  if (!readOnly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 3000');
}

/**
 * inspectReadOnly, after letting SQLite recover the WAL of a run that was killed when a read-only
 * connection cannot (SQLITE_READONLY_RECOVERY): recovery is SQLite's own crash repair, replaying
 * committed transactions only, so the book afterwards holds exactly what was last committed.
 */
function inspectAfterCrash(
  path: string,
  files: ReturnType<typeof loadMigrations>,
  readOnly: boolean,
  dataDir?: string,
): number {
  try {
    return inspectReadOnly(path, files, dataDir);
  } catch (e) {
    if (readOnly || !(e instanceof Database.SqliteError) || !e.code.startsWith('SQLITE_READONLY'))
      throw e;
    const db = openDatabase(path, { fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } finally {
      db.close();
    }
    return inspectReadOnly(path, files, dataDir);
  }
}

/**
 * Reads the header and history through a read-only connection, so a refusal writes nothing. A
 * read-only connection to a WAL database creates the -wal and -shm files but cannot remove them
 * on close; those it created (the -wal still empty, so holding no data) are removed again, so a
 * refused book leaves its folder as it found it.
 */
function inspectReadOnly(
  path: string,
  files: ReturnType<typeof loadMigrations>,
  dataDir?: string,
): number {
  const hadWal = existsSync(`${path}-wal`);
  const hadShm = existsSync(`${path}-shm`);
  let ro: Database.Database | undefined;
  try {
    ro = openDatabase(path, { readonly: true, fileMustExist: true });
    const appId = ro.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new NotABookError(path, '这是一个 SQLite 数据库，但不是预算文件');
    }
    const damage = quickCheck(ro);
    if (damage.length) throw new BookDamagedError(path, damage, damagedAdvice(path, dataDir));
    const applied = readApplied(ro);
    if (!applied) throw new NotABookError(path, '缺少数据结构版本记录');
    return pendingMigrations(path, applied, files).length;
  } catch (e) {
    if (e instanceof Database.SqliteError && /CORRUPT/.test(e.code)) {
      throw new BookDamagedError(path, [e.message], damagedAdvice(path, dataDir));
    }
    if (e instanceof Database.SqliteError && /NOTADB/.test(e.code)) {
      throw new NotABookError(path, '文件不是 SQLite 数据库，或已损坏');
    }
    throw e;
  } finally {
    ro?.close();
    if (!hadWal && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size === 0) {
      rmSync(`${path}-wal`, { force: true });
      if (!hadShm) rmSync(`${path}-shm`, { force: true });
    }
  }
}
