/**
 * Versions of a book for 报送稿 and the change log: reading a snapshot's content (from a private
 * copy, upgraded there if it predates the app's structure, so the snapshot itself is never
 * touched), freezing a 报送稿, and the footer mark an export carries.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookSnapshot } from '../../shared/domain';
import { shortHash, type SnapshotInfo } from '../../shared/snapshots';
import { deriveTables } from '../../shared/tables/engine';
import type { TableModel } from '../../shared/tables/model';
import { diffVersions, type VersionDiff } from '../../shared/versions-diff';
import { BookDb } from '../ledger/book-db';
import { BookError } from '../ledger/errors';
import { loadSnapshot } from '../ledger/snapshot';
import { contentHash } from './content-hash';
import { findSnapshot, listSnapshots, type StoredSnapshot } from './store';
import { takeSnapshot } from './take';

interface Version {
  /** Snapshot id, or 'now'. */
  id: string;
  book: BookSnapshot;
  tables: TableModel[];
}

function versionOf(book: BookDb, id: string): Version {
  const snap = loadSnapshot(book);
  return { id, book: snap, tables: deriveTables(snap) };
}

/** The content of a stored snapshot. */
export function readStoredVersion(s: StoredSnapshot): Version {
  const dir = mkdtempSync(join(tmpdir(), 'budgetdesk-version-'));
  try {
    const copy = join(dir, 'version.sqlite');
    copyFileSync(s.file, copy);
    const book = BookDb.open(copy, { dataDir: dir });
    try {
      return versionOf(book, s.id);
    } finally {
      book.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

class VersionNotFoundError extends BookError {
  constructor(bookPath: string, what: string) {
    super(
      'SNAPSHOT_NOT_FOUND',
      `预算文件“${bookPath}”${what}。可用 budgetdesk snapshots 列出全部历史版本`,
    );
  }
}

/** The newest 报送稿, if any. */
function lastSubmitted(bookPath: string, dataDir?: string): StoredSnapshot | undefined {
  return listSnapshots(bookPath, dataDir)
    .filter((s) => s.label !== undefined)
    .pop();
}

/**
 * The changes from version `from` (default: the newest 报送稿) to `to` (default: the open book
 * now).
 */
export function diffBook(
  book: BookDb,
  refs: { from?: string; to?: string },
  dataDir?: string,
): { from: string; to: string; diff: VersionDiff } {
  const resolveRef = (id: string | undefined, fallback: () => Version): Version => {
    if (id === undefined || id === 'now') return fallback();
    const s = findSnapshot(book.path, id, dataDir);
    if (!s) throw new VersionNotFoundError(book.path, `没有编号为“${id}”的历史版本`);
    return readStoredVersion(s);
  };
  const from = resolveRef(refs.from, () => {
    const s = lastSubmitted(book.path, dataDir);
    if (!s) throw new VersionNotFoundError(book.path, '还没有报送稿；请用 --from 指定一个历史版本');
    return readStoredVersion(s);
  });
  const to = resolveRef(refs.to, () => versionOf(book, 'now'));
  return { from: from.id, to: to.id, diff: diffVersions(from, to) };
}

/** Freezes the book as it is now as a 报送稿 labelled `label`. */
export function submitBook(book: BookDb, label: string, dataDir?: string): SnapshotInfo {
  const { file: _file, ...info } = takeSnapshot(book, 'submit', { dataDir, label });
  return info;
}

/**
 * The mark an export's page footer carries: `报送稿 <label> · 校验码 <12 hex>` while the book
 * equals its newest 报送稿, `草稿` once it has changed since; none for a book never submitted.
 */
export function versionMark(book: BookDb, dataDir?: string): string | undefined {
  if (book.path === ':memory:') return undefined;
  const s = lastSubmitted(book.path, dataDir);
  if (!s) return undefined;
  return contentHash(book) === s.sha256
    ? `报送稿 ${s.label} · 校验码 ${shortHash(s.sha256)}`
    : '草稿';
}
