/**
 * What a handler sees of one call: the open book of the caller's session, the app's folders and
 * the change set the call builds. The transports make one context per call from the session the
 * call names (see dispatch.ts); a context without `sessions` is a session of its own (tests).
 */
import { join } from 'node:path';
import { mergeChanges, type BookChanges } from '../../shared/api/changes';
import type { BookDb } from '../ledger/book-db';
import { snapshotInfos } from '../snapshots/store';
import { autosnapshot } from './autosnapshot';
import type { Session, SessionRegistry } from './sessions';

export interface HandlerContext {
  /** The open budget book, or null before 新建/打开. */
  book: BookDb | null;
  /** Folder for the app's own files (recent list, the sample book). */
  dataDir: string;
  /**
   * Prints HTML to PDF. Electron sets its webContents.printToPDF here; without it (CLI, browser
   * mode, tests) the document export prints with Chromium through playwright-core.
   */
  printPdf?: (html: string) => Promise<Buffer>;
  /**
   * Where a relative book path points and new books are suggested: the CLI passes its working
   * folder; the app leaves it unset and gets `<dataDir>/预算文件`.
   */
  booksDir?: string;
  /** The clock of the 10-minute snapshots (tests move it); Date.now when unset. */
  now?: () => number;
  /** The app's book sessions; book:open/create register the book there. */
  sessions?: SessionRegistry;
  /** The session this call named (and, after book:open/create, the one it joined). */
  session?: Session;
  /** What this call changed so far, recorded by the write handlers (see recordChanges). */
  changes?: BookChanges;
}

/** Adds to the change set of this call; main sends it to every window of the session. */
export function recordChanges(ctx: HandlerContext, changes: BookChanges): void {
  ctx.changes = ctx.changes ? mergeChanges(ctx.changes, changes) : changes;
}

/**
 * Records the book's 历史版本 as now stored, after a snapshot was taken (rotation may have removed
 * old ones) or another file took the book's place: every window of the session lists them.
 */
export function recordVersions(ctx: HandlerContext, book: BookDb): void {
  if (book.path === ':memory:') return;
  recordChanges(ctx, { versions: snapshotInfos(book.path, ctx.dataDir) });
}

/** The folder relative book paths resolve against (see HandlerContext.booksDir). */
export function booksDirOf(ctx: HandlerContext): string {
  return ctx.booksDir ?? join(ctx.dataDir, '预算文件');
}

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
  }
}

/**
 * The caller leaves its book: its session is released (the book closes when no other window
 * holds it); without sessions the book is closed (its file is then complete on disk).
 */
export function closeBook(ctx: HandlerContext): void {
  if (ctx.sessions && ctx.session) ctx.sessions.release(ctx.session.id);
  else ctx.book?.close();
  ctx.session = undefined;
  ctx.book = null;
}

/**
 * The open book, or a failure telling the clerk to open one. Checks first that the file on disk
 * is still the book the connection holds (BookReplacedError otherwise: nothing is saved to a
 * file the clerk can no longer see), and takes the 10-minute snapshot when it is due (recording
 * the new list of 历史版本 for the session's windows, whatever the call).
 */
export function requireBook(ctx: HandlerContext): BookDb {
  if (!ctx.book) throw new ApiFailure('BOOK_NOT_OPEN', '尚未打开预算文件，请先新建或打开一本预算');
  ctx.book.assertOnDisk();
  if (autosnapshot(ctx.book, ctx.dataDir, ctx.now?.())) recordVersions(ctx, ctx.book);
  return ctx.book;
}
