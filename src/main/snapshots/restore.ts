/**
 * Restoring a snapshot: the snapshot is checked (PRAGMA integrity_check), the book's current
 * state is snapshotted first (so a restore can itself be undone — a damaged book is kept as a
 * plain copy instead), then a copy of the snapshot is flushed beside the book and renamed over
 * it in one step. A kill at any point leaves either the old book or the restored one, whole.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { commitFile, TEMP_SUFFIX } from '../fs/atomic-write';
import { BookDb } from '../ledger/book-db';
import { BookDamagedError } from '../ledger/book-file';
import { BookError } from '../ledger/errors';
import { findSnapshot, listSnapshots, type StoredSnapshot } from './store';
import { integrityProblems, takeSnapshot } from './take';

class SnapshotNotFoundError extends BookError {
  constructor(bookPath: string, id: string, known: string[]) {
    super(
      'SNAPSHOT_NOT_FOUND',
      `预算文件“${bookPath}”没有编号为“${id}”的历史版本。` +
        (known.length
          ? `现有的最近几个：${known.slice(-5).join('、')}。可用 budgetdesk snapshots 列出全部`
          : '它还没有任何历史版本'),
    );
  }
}

class SnapshotDamagedError extends BookError {
  constructor(id: string, file: string, problem: string) {
    super(
      'SNAPSHOT_DAMAGED',
      `历史版本“${id}”（${file}）未通过完整性检查（${problem}），不能用它恢复，预算文件未作改动。请另选一个历史版本`,
    );
  }
}

interface RestoreResult {
  restored: StoredSnapshot;
  /** The snapshot of the state just replaced, or the copy of a damaged book. */
  saved: StoredSnapshot | { file: string };
}

/**
 * Restores snapshot `id` over the book at `bookPath`. `open` is the book's open connection in
 * this process, if any: it is snapshotted and closed (the caller opens the restored book).
 */
export function restoreSnapshot(
  bookPath: string,
  id: string,
  opts: { dataDir?: string; open?: BookDb } = {},
): RestoreResult {
  const snap = findSnapshot(bookPath, id, opts.dataDir);
  if (!snap) {
    const known = listSnapshots(bookPath, opts.dataDir).map((s) => s.id);
    throw new SnapshotNotFoundError(bookPath, id, known);
  }
  const problems = integrityProblems(snap.file);
  if (problems.length) throw new SnapshotDamagedError(id, snap.file, problems[0]);

  let saved: RestoreResult['saved'];
  let current = opts.open;
  try {
    current ??= BookDb.open(bookPath, { dataDir: opts.dataDir });
    saved = takeSnapshot(current, 'before-restore', { dataDir: opts.dataDir });
  } catch (e) {
    if (!(e instanceof BookDamagedError)) throw e;
    // A damaged book cannot be copied page by page; its bytes are kept as they are.
    const copy = join(dirname(bookPath), `${basename(bookPath)}.损坏-${Date.now()}`);
    copyFileSync(bookPath, copy);
    saved = { file: copy };
  } finally {
    current?.close();
  }

  const temp = join(
    dirname(bookPath),
    `.${basename(bookPath)}.${process.pid}-restore${TEMP_SUFFIX}`,
  );
  try {
    copyFileSync(snap.file, temp);
    commitFile(temp, bookPath);
  } finally {
    rmSync(temp, { force: true });
  }
  // The replaced book's journal files must not be replayed onto the restored one.
  for (const s of ['-wal', '-shm', '-journal']) rmSync(bookPath + s, { force: true });
  return { restored: snap, saved };
}
