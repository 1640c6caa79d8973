/**
 * What the handlers share: the open book of this session. One context per process (the
 * Electron/HTTP app) or per CLI invocation.
 */
import { join } from 'node:path';
import type { BookDb } from '../ledger/book-db';
import { autosnapshot } from './autosnapshot';

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

/** Closes the session's open book, if any (its file is then complete on disk). */
export function closeBook(ctx: HandlerContext): void {
  ctx.book?.close();
  ctx.book = null;
}

/**
 * The open book, or a failure telling the clerk to open one. Checks first that the file on disk
 * is still the book the connection holds (BookReplacedError otherwise: nothing is saved to a
 * file the clerk can no longer see), and takes the 10-minute snapshot when it is due.
 */
export function requireBook(ctx: HandlerContext): BookDb {
  if (!ctx.book) throw new ApiFailure('BOOK_NOT_OPEN', '尚未打开预算文件，请先新建或打开一本预算');
  ctx.book.assertOnDisk();
  autosnapshot(ctx.book, ctx.dataDir, ctx.now?.());
  return ctx.book;
}
