/**
 * Turns the named errors of the ledger, catalogs and SQLite into ApiFailure with a Chinese
 * message, so the transports never show the clerk an English stack trace.
 */
import Database from 'better-sqlite3';
import { CatalogError } from '../../../shared/catalogs';
import { BookError } from '../../ledger/errors';
import { ApiFailure } from '../context';

export function toApiFailure(e: unknown, path?: string): unknown {
  if (e instanceof ApiFailure) return e;
  if (e instanceof BookError) return new ApiFailure(e.code, e.message);
  if (e instanceof CatalogError) return new ApiFailure('BAD_INPUT', e.message);
  if (e instanceof Database.SqliteError) {
    const where = path ? `“${path}”` : '预算文件';
    if (e.code === 'SQLITE_CANTOPEN') {
      return new ApiFailure(
        'CANNOT_OPEN',
        `无法打开或创建${where}，请检查文件夹是否存在、是否有写入权限`,
      );
    }
    if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED') {
      return new ApiFailure('BOOK_BUSY', `${where}正被其他程序使用，请关闭其他打开它的程序后重试`);
    }
    if (e.code === 'SQLITE_READONLY') {
      return new ApiFailure(
        'BOOK_READONLY',
        `${where}是只读的，无法保存修改。请复制到可写的位置后再打开`,
      );
    }
    if (e.code.startsWith('SQLITE_CONSTRAINT')) {
      return new ApiFailure('BAD_INPUT', `数据不符合预算文件的约束，未作修改（${e.message}）`);
    }
  }
  return e;
}

/** A failure for bad fields of an argument; the message lists them. */
export function badInput(what: string, problems: string[]): ApiFailure {
  return new ApiFailure('BAD_INPUT', `${what}有误：${problems.join('；')}`, problems);
}
