/**
 * The migrations runner. `migrations/NNN_name.sql` are contiguous and forward-only; each is applied
 * together with its schema_migrations row in one transaction, so a crash leaves the book at the
 * previous version, never half-way. A book newer than the app, or whose recorded history differs
 * from the shipped files, is refused before anything is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { BookTooNewError, MigrationHistoryMismatchError, MigrationsFolderError } from './errors';

interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  /** sha256 of the text with line endings normalised, so a CRLF checkout does not look edited. */
  checksum: string;
}

interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
  appliedAt: string;
}

const FILE_RE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/**
 * The repo's migrations folder. Walks up from this module (src/main/ledger under vitest and tsx,
 * out/main in the electron-vite bundle) and then from the working directory, until a folder holding
 * migrations/001_*.sql appears — so the CLI works from any cwd.
 */
export function findMigrationsDir(): string {
  const starts = [typeof __dirname === 'string' ? __dirname : '', process.cwd()].filter(Boolean);
  for (const start of starts) {
    let dir = resolve(start);
    for (;;) {
      const candidate = join(dir, 'migrations');
      if (existsSync(candidate) && readdirSync(candidate).some((f) => /^001_.*\.sql$/.test(f))) {
        return candidate;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new MigrationsFolderError('找不到数据结构升级文件夹 migrations');
}

function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** The migration files of a folder, checked to be numbered 001, 002, … without gaps. */
export function loadMigrations(dir: string = findMigrationsDir()): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationsFolderError(`找不到文件夹 ${dir}`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const out: MigrationFile[] = [];
  for (const f of files) {
    const m = FILE_RE.exec(f);
    if (!m) throw new MigrationsFolderError(`${dir} 中的文件名“${f}”不符合 NNN_name.sql 格式`);
    const version = Number(m[1]);
    if (version !== out.length + 1) {
      throw new MigrationsFolderError(
        `${dir} 中缺少第 ${out.length + 1} 号升级文件（见到的是 ${f}）`,
      );
    }
    const sql = readFileSync(join(dir, f), 'utf8');
    out.push({ version, name: m[2], sql, checksum: checksumOf(sql) });
  }
  if (out.length === 0) throw new MigrationsFolderError(`${dir} 中没有升级文件`);
  return out;
}

const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER NOT NULL PRIMARY KEY CHECK (version >= 1),
  name       TEXT NOT NULL,
  checksum   TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`;

/** The recorded history, or null when the database has no schema_migrations table. */
export function readApplied(db: Database.Database): AppliedMigration[] | null {
  const has = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!has) return null;
  return db
    .prepare(
      'SELECT version, name, checksum, applied_at AS appliedAt FROM schema_migrations ORDER BY version',
    )
    .all() as AppliedMigration[];
}

/**
 * Throws BookTooNewError or MigrationHistoryMismatchError when the recorded history cannot be
 * continued with these files; returns the files still to apply.
 */
export function pendingMigrations(
  path: string,
  applied: AppliedMigration[],
  files: MigrationFile[],
): MigrationFile[] {
  const newest = applied.length ? applied[applied.length - 1].version : 0;
  if (newest > files.length) throw new BookTooNewError(path, newest, files.length);
  applied.forEach((a, i) => {
    const f = files[i];
    if (a.version !== i + 1) {
      throw new MigrationHistoryMismatchError(path, `缺少第 ${i + 1} 号升级记录`);
    }
    if (a.name !== f.name || a.checksum !== f.checksum) {
      throw new MigrationHistoryMismatchError(
        path,
        `第 ${a.version} 号升级“${a.name}”的内容与本程序的“${f.name}”不同`,
      );
    }
  });
  return files.slice(applied.length);
}

/** Applies what is pending, one transaction per migration; returns the versions applied. */
export function migrate(db: Database.Database, path: string, files: MigrationFile[]): number[] {
  const done: number[] = [];
  const record = (f: MigrationFile): void => {
    db.exec(CREATE_HISTORY);
    // Re-read inside the transaction: the check before opening for writing may be stale.
    const pending = pendingMigrations(path, readApplied(db) ?? [], files);
    if (pending[0]?.version !== f.version) return;
    db.exec(f.sql);
    db.prepare(
      'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
    ).run(f.version, f.name, f.checksum, new Date().toISOString());
    done.push(f.version);
  };
  for (const f of pendingMigrations(path, readApplied(db) ?? [], files)) {
    db.transaction(record).immediate(f);
  }
  return done;
}
