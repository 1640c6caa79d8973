/**
 * The one map from OS and SQLite errors to Chinese, on real errors where this machine can make
 * them: a missing file, a book opened read-only, a book locked by another connection, a duplicate
 * key, a write into a missing folder from the CLI. The tests run as root, which bypasses file
 * permissions, so EACCES / EROFS / ENOSPC are real error objects with their errno set as Node
 * sets it (Object.assign on an Error), not provoked from the file system.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/main/errors/os-errors';
import { BookDb } from '../../../src/main/ledger/book-db';
import { ApiService, failureOf } from '../../../src/main/api/dispatch';
import type { BookSummary } from '../../../src/shared/api/contract';
import { INIT_2021 } from '../../helpers/book-fixtures';
import { cli } from '../../helpers/cli-run';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-errors-');

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something, open '${path}'`), { code, path });
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

const NO_ENGLISH_FIRST = /^[^A-Za-z]*[\u4e00-\u9fff]/;

describe('describeError', () => {
  it('a missing file names it and says to check the path', () => {
    const path = join(tempDir(), '没有.xlsx');
    const d = describeError(caught(() => readFileSync(path)));
    expect(d.code).toBe('NOT_FOUND');
    expect(d.message).toMatch(NO_ENGLISH_FIRST);
    expect(d.message).toContain(`找不到“${path}”`);
    expect(d.message).toContain('ENOENT'); // the raw text follows in brackets
  });

  it('permission, read-only medium, full disk and file too large each say what to do', () => {
    const f = '/预算/表.xlsx';
    const cases: [string, string, string][] = [
      ['EACCES', 'NO_PERMISSION', '有写入权限的文件夹'],
      ['EPERM', 'NO_PERMISSION', '有写入权限的文件夹'],
      ['EROFS', 'READ_ONLY', '复制到可写的文件夹'],
      ['ENOSPC', 'DISK_FULL', '清理磁盘空间'],
      ['EFBIG', 'FILE_TOO_LARGE', '原有文件未改动'],
      ['EBUSY', 'FILE_IN_USE', '关闭那个程序'],
    ];
    for (const [code, mapped, advice] of cases) {
      const d = describeError(errno(code, f));
      expect(d.code, code).toBe(mapped);
      expect(d.message, code).toContain(`“${f}”`);
      expect(d.message, code).toContain(advice);
      expect(d.message, code).toMatch(NO_ENGLISH_FIRST);
    }
  });

  it('a UNIQUE conflict names the field in Chinese and what to do', () => {
    const book = BookDb.openMemory(INIT_2021);
    const insert = () =>
      book.db
        .prepare(
          "INSERT INTO units (code, name, type, parent_code) VALUES ('404011', '重复', '事业单位', NULL)",
        )
        .run();
    const d = describeError(caught(insert), { file: '/预算/a.sqlite' });
    expect(d.code).toBe('CONFLICT');
    expect(d.message).toContain('“/预算/a.sqlite”中已有相同的单位编码');
    expect(d.message).toContain('请刷新后重试');
    expect(d.message).toContain('UNIQUE constraint failed: units.code');
    book.close();
  });

  it('a book another connection is writing says it is in use', () => {
    const path = join(tempDir(), 'a.sqlite');
    BookDb.create(path, INIT_2021).close();
    const holder = new Database(path);
    holder.exec('BEGIN IMMEDIATE');
    const other = new Database(path, { timeout: 0 });
    const e = caught(() => other.exec("INSERT INTO change_reasons VALUES ('k', 'v')"));
    const d = describeError(e, { file: path });
    expect(d.code).toBe('FILE_IN_USE');
    expect(d.message).toContain(`“${path}”正被其他程序使用`);
    holder.exec('ROLLBACK');
    holder.close();
    other.close();
  });

  it('the HTTP/IPC envelope never answers in English first', () => {
    const f = failureOf(errno('ENOSPC', '/预算/a.xlsx'));
    expect(f.error.code).toBe('DISK_FULL');
    expect(f.error.message).toMatch(NO_ENGLISH_FIRST);
    expect(failureOf(new TypeError('x is undefined')).error.message).toMatch(/^程序内部错误：/);
  });
});

describe('a read-only book', () => {
  it('opens read-only, says so, and a save is refused in Chinese with the book unchanged', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.sqlite');
    BookDb.create(path, INIT_2021).close();
    // As root the file cannot be made unwritable; the read-only open a read-only file gets is
    // asked for directly (BookDb.open checks the file and its folder with access(W_OK)).
    const book = BookDb.open(path, { readonly: true });
    // Through the one invoke path, which maps what a handler throws.
    const service = new ApiService({ dataDir: join(dir, 'data') });
    const session = service.sessions.attach(book).id;
    const summary = await service.invoke('book:summary', {}, session);
    expect(summary.ok && (summary.data as BookSummary).readOnly).toBe(true);
    const r = await service.invoke(
      'texts:set',
      { texts: { mainDuties: '新的职责', organization: '', budgetComposition: '' } },
      session,
    );
    const error = r.ok ? null : r.error;
    expect(error?.code).toBe('READ_ONLY');
    expect(error?.message).toContain(`“${path}”是只读的`);
    expect(error?.message).toContain('attempt to write a readonly database');
    service.close();
    const again = BookDb.open(path);
    expect(again.readOnly).toBe(false);
    expect(again.db.prepare('SELECT count(*) FROM unit_texts').pluck().get()).toBe(0);
    again.close();
  });
});

describe('the CLI', () => {
  it('an export into a missing folder is explained in Chinese, naming the file', async () => {
    const dir = tempDir();
    const book = join(dir, 'a.sqlite');
    await cli('sample', book);
    const out = join(dir, '没有的文件夹', '表.xlsx');
    const r = await cli('export', book, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^出错：找不到“.*表\.xlsx”或它所在的文件夹/);
  });
});
