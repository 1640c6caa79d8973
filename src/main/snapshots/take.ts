/**
 * Taking a snapshot: SQLite copies the book consistently while it stays open (VACUUM INTO, the
 * synchronous form of the online backup, so it can run before a migration inside the open), into
 * a temporary file that must pass PRAGMA integrity_check before it is flushed and renamed into
 * the snapshot folder; its description is written last. Rotation then removes old ones.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { SnapshotInfo, SnapshotReason } from '../../shared/snapshots';
import { commitFile, TEMP_SUFFIX } from '../fs/atomic-write';
import { sweepStaleTemps } from '../fs/temp-sweep';
import type { BookDb } from '../ledger/book-db';
import { BookError } from '../ledger/errors';
import { openDatabase } from '../ledger/native-binding';
import { contentHash } from './content-hash';
import { snapshotsToDrop } from './rotate';
import {
  folderForNew,
  listSnapshots,
  newSnapshotId,
  removeSnapshot,
  writeInfo,
  type StoredSnapshot,
} from './store';

export class SnapshotError extends BookError {
  constructor(path: string, why: string) {
    super(
      'SNAPSHOT_FAILED',
      `未能为“${path}”保存历史版本（${why}），为安全起见本次操作没有进行。请检查磁盘空间和文件夹权限后重试`,
    );
  }
}

/** Problems PRAGMA integrity_check finds in the file; empty when it is intact. */
export function integrityProblems(file: string): string[] {
  const db = openDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const found = rows.map((r) => r.integrity_check);
    return found.length === 1 && found[0] === 'ok' ? [] : found;
  } finally {
    db.close();
  }
}

/** Copies the open database to `<folder>/<id>.sqlite`, checked and flushed; returns the file. */
export function copyDatabase(db: Database.Database, folder: string, id: string): string {
  mkdirSync(folder, { recursive: true });
  sweepStaleTemps(folder);
  const file = join(folder, `${id}.sqlite`);
  const temp = join(folder, `.${id}.sqlite.${process.pid}-snap${TEMP_SUFFIX}`);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const problems = integrityProblems(temp);
    if (problems.length) throw new Error(`副本未通过完整性检查：${problems[0]}`);
    commitFile(temp, file);
    return file;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * The content hash of the book, or — for a book whose structure is not this app's (only in tests
 * with their own migrations) — the sha256 of the snapshot file's bytes.
 */
function hashOf(book: BookDb, file: string): string {
  try {
    return contentHash(book);
  } catch {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  }
}

/** What a snapshot's list entry says of the book (counted from the open book). */
export function describeBook(
  book: BookDb,
  file: string,
  id: string,
  reason: SnapshotReason,
  label?: string,
): SnapshotInfo {
  const sum = (sql: string): number => (book.db.prepare(sql).get() as { n: number }).n;
  const info: SnapshotInfo = {
    id,
    createdAt: new Date().toISOString(),
    reason,
    lineCount: sum('SELECT count(*) AS n FROM line_items'),
    totalFen: sum('SELECT coalesce(sum(amount_fen), 0) AS n FROM line_items'),
    incomeFen: sum('SELECT coalesce(sum(amount_fen), 0) AS n FROM income_plan'),
    sha256: hashOf(book, file),
  };
  if (label !== undefined) info.label = label;
  return info;
}

/** Removes what rotation no longer keeps; a snapshot that cannot be removed simply stays. */
export function rotate(bookPath: string, dataDir?: string): void {
  for (const s of snapshotsToDrop(listSnapshots(bookPath, dataDir))) {
    try {
      removeSnapshot(s);
    } catch {
      // Kept until the next rotation.
    }
  }
}

interface SnapshotOptions {
  dataDir?: string;
  /** Makes it a 报送稿 with this label. */
  label?: string;
}

/** Takes a snapshot of the open book now. Throws SnapshotError (Chinese) when it cannot. */
export function takeSnapshot(
  book: BookDb,
  reason: SnapshotReason,
  opts: SnapshotOptions = {},
): StoredSnapshot {
  const folder = folderForNew(book.path, opts.dataDir);
  const id = newSnapshotId(folder);
  let stored: StoredSnapshot;
  try {
    const file = copyDatabase(book.db, folder, id);
    const info = describeBook(book, file, id, reason, opts.label);
    writeInfo(folder, info);
    stored = { ...info, file };
  } catch (e) {
    rmSync(join(folder, `${id}.sqlite`), { force: true });
    throw new SnapshotError(book.path, e instanceof Error ? e.message : String(e));
  }
  rotate(book.path, opts.dataDir);
  return stored;
}

/**
 * The snapshot taken before a bulk change (an import, a roll, a 科目表, a 汇总). A book held only
 * in memory (tests, previews) has no file to come back to, so it gets none.
 */
export function snapshotBefore(book: BookDb, reason: SnapshotReason, dataDir?: string): void {
  if (book.path === ':memory:') return;
  takeSnapshot(book, reason, { dataDir });
}
