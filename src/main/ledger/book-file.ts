/**
 * The book as a file on disk: whether the clerk may write it, which file the connection holds
 * (so a book replaced, moved or deleted while open is noticed before the next save), and whether
 * its pages are intact.
 */
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { BookError } from './errors';

/** PRAGMA application_id of every BudgetDesk book: ASCII "BDK1". */
export const APPLICATION_ID = 0x42444b31;

/** Which file a connection was opened on: device and inode (Windows: volume and file index). */
export interface FileIdentity {
  dev: number;
  ino: number;
}

export function identityOf(path: string): FileIdentity {
  const st = statSync(path);
  return { dev: st.dev, ino: st.ino };
}

/** The application_id in the SQLite header on disk (bytes 68–71, big-endian), or null. */
function applicationIdOnDisk(path: string): number | null {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(72);
    if (readSync(fd, header, 0, 72, 0) < 72) return null;
    if (header.subarray(0, 16).toString('latin1') !== 'SQLite format 3\0') return null;
    return header.readUInt32BE(68);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the book and its folder can be written (SQLite's WAL needs its -wal and -shm files
 * beside the book). A read-only file, folder or medium opens the book read-only.
 */
export function canWriteBook(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return false;
    throw e;
  }
}

/** Whether files can be created in the book's folder (SQLite's -shm of a WAL book). */
function folderWritable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a read-only book is read from. SQLite reads a WAL book through its -shm file, which it
 * cannot create in a folder nobody may write to (a write-protected stick, a read-only share), so
 * such a book is read from a private copy, with the -wal a writer left, in the temp folder;
 * nothing is ever written beside the book. Undefined: read it in place.
 */
export function readOnlyCopy(path: string): string | undefined {
  if (folderWritable(path)) return undefined;
  const copy = join(mkdtempSync(join(tmpdir(), 'budgetdesk-readonly-')), basename(path));
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  return copy;
}

/** Removes a private copy made by readOnlyCopy, with the files SQLite made beside it. */
export function removeReadOnlyCopy(copy: string): void {
  rmSync(dirname(copy), { recursive: true, force: true });
}

/** The book file at `path` is no longer the one the app has open. */
class BookReplacedError extends BookError {
  constructor(path: string, why: string) {
    super(
      'BOOK_REPLACED',
      `预算文件“${path}”${why}，刚才的修改没有保存到它里面。为免修改写到看不见的地方，已停止保存。` +
        '请点“另存为新文件”把当前打开的内容保存为一个新文件，再决定保留哪一份。',
    );
  }
}

/**
 * Throws BookReplacedError when `path` is gone, is another file than `opened`, or is no longer a
 * BudgetDesk book.
 */
export function assertSameFile(path: string, opened: FileIdentity): void {
  let now: FileIdentity;
  try {
    now = identityOf(path);
  } catch {
    throw new BookReplacedError(path, '已被移走、改名或删除');
  }
  if (now.dev !== opened.dev || now.ino !== opened.ino) {
    throw new BookReplacedError(path, '在打开期间被另一个文件替换了（例如被其他程序或命令覆盖）');
  }
  let appId: number | null;
  try {
    appId = applicationIdOnDisk(path);
  } catch {
    appId = null;
  }
  if (appId !== APPLICATION_ID) {
    throw new BookReplacedError(path, '已不再是 BudgetDesk 预算文件（内容被其他程序改写）');
  }
}

/** The book's pages are damaged (PRAGMA quick_check found problems). */
export class BookDamagedError extends BookError {
  constructor(
    readonly path: string,
    readonly problems: string[],
    advice: string,
  ) {
    super(
      'BOOK_DAMAGED',
      `预算文件“${path}”已损坏：打开时的完整性检查发现 ${problems.length} 处问题` +
        `（${problems.slice(0, 2).join('；')}）。文件未作任何改动。${advice}`,
    );
  }
}

/** Problems PRAGMA quick_check reports; empty when the book is intact. */
export function quickCheck(db: Database.Database): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const found = rows.map((r) => r.quick_check);
  return found.length === 1 && found[0] === 'ok' ? [] : found;
}
