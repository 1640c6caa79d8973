/**
 * What opening a book asks of the snapshots: a copy before an upgrade rewrites the file, and, for
 * a damaged book, the newest snapshot that is still intact to offer instead.
 */
import type Database from 'better-sqlite3';
import { SNAPSHOT_REASON_TEXT } from '../../shared/snapshots';
import type { BookDb } from '../ledger/book-db';
import {
  folderForNew,
  listSnapshots,
  newSnapshotId,
  writeInfo,
  type StoredSnapshot,
} from './store';
import { copyDatabase, describeBook, integrityProblems, rotate, SnapshotError } from './take';

/**
 * Copies the book as it is (before its migrations run); `describe` then writes the list entry,
 * counted from the upgraded book (an upgrade changes the structure, not the budget).
 */
export function snapshotBeforeUpgrade(
  db: Database.Database,
  path: string,
  dataDir?: string,
): { describe(book: BookDb): void } {
  const folder = folderForNew(path, dataDir);
  const id = newSnapshotId(folder);
  let file: string;
  try {
    file = copyDatabase(db, folder, id);
  } catch (e) {
    throw new SnapshotError(path, e instanceof Error ? e.message : String(e));
  }
  return {
    describe(book) {
      writeInfo(folder, describeBook(book, file, id, 'open-before-upgrade'));
      rotate(path, dataDir);
    },
  };
}

function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The newest snapshot of the book that passes PRAGMA integrity_check. */
export function newestGoodSnapshot(path: string, dataDir?: string): StoredSnapshot | undefined {
  return listSnapshots(path, dataDir)
    .reverse()
    .find((s) => {
      try {
        return integrityProblems(s.file).length === 0;
      } catch {
        return false;
      }
    });
}

/** The newest intact snapshot as advice for a damaged book, in Chinese, naming the command. */
export function damagedAdvice(path: string, dataDir?: string): string {
  const good = newestGoodSnapshot(path, dataDir);
  if (!good) {
    return '它没有可用的历史版本。请改用备份，或用导出的完整工作簿还原（budgetdesk import-book）。';
  }
  return (
    `最近的完好历史版本是 ${localTime(good.createdAt)}（编号 ${good.id}，${SNAPSHOT_REASON_TEXT[good.reason]}，` +
    `明细 ${good.lineCount} 行）。可在程序中点“恢复最近的完好版本”，或运行：budgetdesk restore "${path}" ${good.id}`
  );
}
