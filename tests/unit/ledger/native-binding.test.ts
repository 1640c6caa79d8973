/**
 * Books open with the compiled module the app chooses: the Electron app points at its own
 * Electron-ABI build; a wrong path fails loudly instead of silently using another build.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BookDb } from '../../../src/main/ledger/book-db';
import { useNativeBinding } from '../../../src/main/ledger/native-binding';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-native-');
const unit = { code: '404011', name: '测试单位', type: '事业单位' as const, parentCode: null };
const init = { year: 2021, packId: 'jiangmen-2021', unit };

afterEach(() => useNativeBinding(undefined));

describe('native binding', () => {
  it('opens books with the module it is given', () => {
    useNativeBinding(require.resolve('better-sqlite3/build/Release/better_sqlite3.node'));
    const path = join(tempDir(), 'a.sqlite');
    BookDb.create(path, init).close();
    const book = BookDb.open(path);
    expect(book.info().unitCode).toBe('404011');
    book.close();
  });

  it('fails on a module that is not there, and creates no file', () => {
    useNativeBinding(join(tempDir(), 'missing', 'better_sqlite3.node'));
    const path = join(tempDir(), 'b.sqlite');
    expect(() => BookDb.create(path, init)).toThrow();
    useNativeBinding(undefined);
    expect(() => BookDb.open(path)).toThrow(/不存在|找不到|BOOK_NOT_FOUND|没有/);
  });
});
