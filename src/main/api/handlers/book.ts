/**
 * Handlers of the book itself: app info (the start screen), create, open, close, its summary and
 * the whole book as plain data. Opening a book leaves the one the caller had open before.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import pkg from '../../../../package.json';
import type { ApiHandlers } from '../../../shared/api/contract';
import type { BookSummary } from '../../../shared/api/contract';
import { getCatalog } from '../../../shared/catalogs';
import { budgetYearProblem, UNIT_TYPES } from '../../../shared/domain';
import {
  getPackDefinition,
  packIdForYear,
  type PackDefinition,
} from '../../../shared/tables/packs';
import { BookDb, buildBookFile } from '../../ledger/book-db';
import { bookPackName } from '../../ledger/book-pack';
import { choosePack, PackLoadError } from '../../packs';
import { sweepStaleTemps } from '../../fs/temp-sweep';
import { BookExistsError } from '../../ledger/errors';
import { countLines } from '../../ledger/lines';
import { recentBooks, rememberBook } from '../../ledger/recent-books';
import { loadSnapshot } from '../../ledger/snapshot';
import { getUnit } from '../../ledger/units';
import { ApiFailure, booksDirOf, closeBook, requireBook, type HandlerContext } from '../context';
import { badInput } from './book-errors';

type BookChannels =
  | 'app:info'
  | 'book:create'
  | 'book:open'
  | 'book:close'
  | 'book:summary'
  | 'book:snapshot';

/** What the renderer shows of the open book. */
function summarise(book: BookDb): BookSummary {
  const info = book.info();
  const top = getUnit(book, info.unitCode);
  return {
    year: info.year,
    packId: info.packId,
    unitCode: info.unitCode,
    path: book.path,
    unitName: top?.name ?? '',
    unitType: top?.type ?? '事业单位',
    lineCount: countLines(book),
    packName: bookPackName(book),
    ...(book.readOnly ? { readOnly: true } : {}),
  };
}

/**
 * Makes `book` the caller's open book, leaving the one open before. With sessions, the caller
 * joins the session of that file (new, or the one another window holds) and the summary names it.
 */
export function adoptBook(ctx: HandlerContext, book: BookDb): BookSummary {
  if (book.path !== ':memory:') rememberBook(ctx.dataDir, book.path);
  if (ctx.sessions) {
    if (ctx.session?.book === book) return { ...summarise(book), session: ctx.session.id };
    closeBook(ctx);
    const session = ctx.sessions.attach(book);
    ctx.session = session;
    ctx.book = session.book;
    return { ...summarise(session.book), session: session.id };
  }
  if (ctx.book && ctx.book !== book) ctx.book.close();
  ctx.book = book;
  return summarise(book);
}

/**
 * Opens the file at `path` for the caller: joins the session that already has it open (another
 * window's), else opens it with `open`.
 */
function openShared(ctx: HandlerContext, path: string, open: () => BookDb): BookSummary {
  const held = ctx.sessions?.byPath(path);
  return adoptBook(ctx, held ? held.book : open());
}

/** The pack a new book is drafted in: the one named (id or pack file), else the year's. */
function packForBook(ctx: HandlerContext, year: number, ref: string | undefined): PackDefinition {
  if (ref === undefined || ref.trim() === '') {
    const id = packIdForYear(year);
    if (!id) throw new ApiFailure('BAD_INPUT', `没有 ${year} 年的公开表式，暂不能新建该年度的预算`);
    return getPackDefinition(id);
  }
  try {
    return choosePack(ref.trim(), ctx.dataDir, booksDirOf(ctx));
  } catch (e) {
    if (e instanceof PackLoadError) throw new ApiFailure('BAD_INPUT', e.message, e.problems);
    throw e;
  }
}

function requirePath(ctx: HandlerContext, path: unknown): string {
  if (typeof path !== 'string' || path.trim() === '') {
    throw new ApiFailure('BAD_INPUT', '请填写预算文件的保存位置和文件名');
  }
  return resolve(booksDirOf(ctx), path.trim());
}

/**
 * A path a new book may be written to: a .sqlite file, and an existing file only when the clerk
 * confirmed replacing it (`overwrite`, as an export asks).
 */
export function newBookPath(ctx: HandlerContext, pathArg: unknown, overwrite: unknown): string {
  const path = requirePath(ctx, pathArg);
  if (extname(path).toLowerCase() !== '.sqlite') {
    throw new ApiFailure(
      'BAD_INPUT',
      `“${basename(path)}”：预算文件应以 .sqlite 结尾，请改正文件名（本程序不会写入其他类型的文件）`,
    );
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory())
      throw new ApiFailure('BAD_INPUT', `“${path}”是一个文件夹，请另起文件名。`);
    if (overwrite !== true) throw new ApiFailure('BOOK_EXISTS', new BookExistsError(path).message);
  }
  return path;
}

export function bookHandlers(ctx: HandlerContext): Pick<ApiHandlers, BookChannels> {
  return {
    'app:info': async () => {
      const booksDir = booksDirOf(ctx);
      mkdirSync(booksDir, { recursive: true });
      // The start screen is the app's start: what a killed run left in its folders goes now.
      sweepStaleTemps(booksDir);
      sweepStaleTemps(ctx.dataDir);
      return { version: pkg.version, recent: recentBooks(ctx.dataDir), booksDir };
    },

    'book:create': async (arg) => {
      const path = newBookPath(ctx, arg.path, arg.overwrite);
      {
        const problems: string[] = [];
        const yearProblem = budgetYearProblem(arg.year);
        if (yearProblem) problems.push(yearProblem);
        if (typeof arg.unitCode !== 'string' || arg.unitCode.trim() === '')
          problems.push('“单位编码”不能为空');
        if (typeof arg.unitName !== 'string' || arg.unitName.trim() === '')
          problems.push('“单位名称”不能为空');
        if (!UNIT_TYPES.includes(arg.unitType))
          problems.push(`“单位类型”应为 ${UNIT_TYPES.join('、')} 之一`);
        if (problems.length) throw badInput('新建预算的信息', problems);
        getCatalog(arg.year);
        const pack = packForBook(ctx, arg.year, arg.pack);
        const unit = {
          code: arg.unitCode.trim(),
          name: arg.unitName.trim(),
          type: arg.unitType,
          parentCode: null,
        };
        const init = { year: arg.year, packId: pack.id, pack, unit };
        if (!existsSync(path)) return adoptBook(ctx, BookDb.create(path, init));
        // Confirmed replacement: built beside it and renamed over it, so a failure keeps the old.
        const holder = ctx.sessions?.byPath(path);
        if (holder && holder !== ctx.session)
          throw new ApiFailure(
            'BOOK_IN_USE',
            `“${basename(path)}”正在另一个窗口中打开，不能覆盖；请先在那个窗口关闭它，或另起文件名。`,
          );
        if (ctx.book && resolve(ctx.book.path) === resolve(path)) closeBook(ctx);
        buildBookFile(path, 'creating', init, () => undefined, true);
        return adoptBook(ctx, BookDb.open(path, { dataDir: ctx.dataDir }));
      }
    },

    'book:open': async (arg) => {
      const path = requirePath(ctx, arg.path);
      return openShared(ctx, path, () => BookDb.open(path, { dataDir: ctx.dataDir }));
    },

    'book:close': async () => {
      closeBook(ctx);
      return null;
    },

    'book:summary': async () =>
      ctx.book ? { ...summarise(ctx.book), session: ctx.session?.id } : null,

    // The whole book: the renderer's copy is loaded from it, then fed by change sets.
    'book:snapshot': async () => loadSnapshot(requireBook(ctx)),
  };
}
