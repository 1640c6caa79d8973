/**
 * Handlers of 历史版本 and 报送稿: list the open book's snapshots, preview and restore one, freeze a
 * 报送稿, the change log between two versions, and 另存为新文件 when the book on disk is no longer
 * the one held open.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { ApiHandlers } from '../../../shared/api/contract';
import { deriveTables } from '../../../shared/tables/engine';
import { tableTotals } from '../../../shared/versions-diff';
import { commitFile, tempPathFor } from '../../fs/atomic-write';
import { BookDb } from '../../ledger/book-db';
import { loadSnapshot } from '../../ledger/snapshot';
import { newestGoodSnapshot } from '../../snapshots/on-open';
import { restoreSnapshot } from '../../snapshots/restore';
import { findSnapshot, listSnapshots } from '../../snapshots/store';
import { diffBook, readStoredVersion, submitBook } from '../../snapshots/versions';
import { ApiFailure, closeBook, recordChanges, requireBook, type HandlerContext } from '../context';
import { adoptBook } from './book';

type VersionChannels =
  | 'snapshots:list'
  | 'snapshots:preview'
  | 'snapshots:restore'
  | 'book:submit'
  | 'versions:diff'
  | 'book:save-as';

const info = <T extends { file: string }>({ file: _file, ...rest }: T): Omit<T, 'file'> => rest;

function snapshotId(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '')
    throw new ApiFailure('BAD_INPUT', '请选择一个历史版本');
  return id.trim();
}

/** The open connection's state, copied to a new file (VACUUM INTO, checked) and opened. */
function saveAs(ctx: HandlerContext, pathArg: unknown) {
  const book = ctx.book;
  if (!book) throw new ApiFailure('BOOK_NOT_OPEN', '尚未打开预算文件，没有可另存的内容');
  if (typeof pathArg !== 'string' || pathArg.trim() === '')
    throw new ApiFailure('BAD_INPUT', '请填写新预算文件的保存位置和文件名');
  const path = resolve(pathArg.trim());
  if (extname(path).toLowerCase() !== '.sqlite')
    throw new ApiFailure('BAD_INPUT', `“${path}”：预算文件应以 .sqlite 结尾，请改正文件名`);
  if (existsSync(path))
    throw new ApiFailure('FILE_EXISTS', `“${path}”已存在。为免覆盖，请另起一个文件名。`);
  if (!existsSync(dirname(path)))
    throw new ApiFailure('FOLDER_MISSING', `文件夹“${dirname(path)}”不存在，请另选保存位置。`);
  const temp = tempPathFor(path);
  try {
    book.db.prepare('VACUUM INTO ?').run(temp);
    commitFile(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  return reopenAs(ctx, BookDb.open(path, { dataDir: ctx.dataDir }), book);
}

/**
 * Goes on with `next` in place of the open book `old`: every window of the caller's session
 * follows (they are told to read the book again); without sessions the caller adopts it.
 */
function reopenAs(ctx: HandlerContext, next: BookDb, old: BookDb | null) {
  const session = ctx.session;
  if (ctx.sessions && session && session.book === old) {
    ctx.sessions.reopen(session.id, next);
    ctx.book = next;
    old?.close();
    recordChanges(ctx, { reload: true });
    return adoptBook(ctx, next);
  }
  if (old === ctx.book) closeBook(ctx);
  return adoptBook(ctx, next);
}

export function versionHandlers(ctx: HandlerContext): Pick<ApiHandlers, VersionChannels> {
  return {
    'snapshots:list': async () => {
      const book = requireBook(ctx);
      return listSnapshots(book.path, ctx.dataDir).map(info);
    },

    'snapshots:preview': async (arg) => {
      const book = requireBook(ctx);
      const id = snapshotId(arg?.id);
      {
        const s = findSnapshot(book.path, id, ctx.dataDir);
        if (!s) throw new ApiFailure('SNAPSHOT_NOT_FOUND', `历史版本“${id}”已不存在，请刷新列表`);
        const then = readStoredVersion(s);
        const nowBook = loadSnapshot(book);
        const now = tableTotals(deriveTables(nowBook));
        const thenTotals = new Map(tableTotals(then.tables).map((t) => [t.table, t.fen]));
        return {
          snapshot: info(s),
          tables: now.map((t) => ({
            table: t.table,
            title: t.title,
            thenFen: thenTotals.get(t.table) ?? null,
            nowFen: t.fen,
          })),
          lines: { then: then.book.lines.length, now: nowBook.lines.length },
        };
      }
    },

    'snapshots:restore': async (arg) => {
      const path =
        typeof arg?.path === 'string' && arg.path.trim() ? resolve(arg.path.trim()) : undefined;
      const bookPath = path ?? requireBook(ctx).path;
      const good =
        arg?.id === undefined && path ? newestGoodSnapshot(path, ctx.dataDir) : undefined;
      if (arg?.id === undefined && path && !good) {
        throw new ApiFailure(
          'SNAPSHOT_NOT_FOUND',
          `预算文件“${path}”没有完好的历史版本可恢复。请改用备份，或用导出的完整工作簿还原（上年数据—从导出的工作簿还原）`,
        );
      }
      const id = good ? good.id : snapshotId(arg?.id);
      // A book open here (this window's or another window's) is snapshotted and closed by the
      // restore, then reopened restored for every window that had it.
      const holder = ctx.sessions?.byPath(bookPath);
      const open =
        holder?.book ?? (ctx.book && resolve(ctx.book.path) === bookPath ? ctx.book : undefined);
      if (ctx.book && ctx.book !== open) closeBook(ctx);
      restoreSnapshot(bookPath, id, { dataDir: ctx.dataDir, open });
      const restored = BookDb.open(bookPath, { dataDir: ctx.dataDir });
      if (holder && holder !== ctx.session && ctx.sessions) {
        ctx.sessions.reopen(holder.id, restored);
        ctx.sessions.publish(holder.id, { reload: true });
        return adoptBook(ctx, restored);
      }
      if (!ctx.session && ctx.book === open) ctx.book = null;
      return reopenAs(ctx, restored, open ?? null);
    },

    'book:submit': async (arg) => {
      const book = requireBook(ctx);
      const label = typeof arg?.label === 'string' ? arg.label.trim() : '';
      if (!label || label.length > 20)
        throw new ApiFailure('BAD_INPUT', '请填写报送稿的名称（如“一上”“二上”），不超过 20 个字');
      return submitBook(book, label, ctx.dataDir);
    },

    'versions:diff': async (arg) => {
      const book = requireBook(ctx);
      return diffBook(book, { from: arg?.from, to: arg?.to }, ctx.dataDir);
    },

    'book:save-as': async (arg) => saveAs(ctx, arg?.path),
  };
}
