/**
 * A book in a read-only folder (or on a write-protected stick) opens read-only and says so; the
 * CLI still lists its lines (`lines --csv`), a save is refused in Chinese, and its snapshots go to
 * the data folder. The tests run as root, for whom no folder is read-only, so access(W_OK) is
 * made to answer EROFS for the one folder, as the OS answers for a read-only medium; SQLite and
 * every other file call are the real ones.
 */
import { join } from 'node:path';
import * as fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { folderForNew } from '../../../src/main/snapshots/store';
import { cli } from '../../helpers/cli-run';
import { useTempDirs } from '../../helpers/temp-dir';

const readOnly = { dir: '' };
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    accessSync: (path: fs.PathLike, mode?: number) => {
      if (readOnly.dir && mode === real.constants.W_OK && String(path).startsWith(readOnly.dir))
        throw Object.assign(new Error(`EROFS: read-only file system, access '${String(path)}'`), {
          code: 'EROFS',
        });
      real.accessSync(path, mode);
    },
  };
});

const tempDir = useTempDirs('bd-readonly-');
afterEach(() => {
  readOnly.dir = '';
});

describe('a book in a read-only folder', () => {
  it('lists its lines, refuses a save in Chinese, and keeps snapshots in the data folder', async () => {
    const dir = tempDir();
    const book = join(dir, 'books', '预算.sqlite');
    fs.mkdirSync(join(dir, 'books'));
    expect((await cli('sample', book)).code).toBe(0);
    readOnly.dir = join(dir, 'books');

    const listed = await cli('lines', book, '--csv');
    expect(listed.code).toBe(0);
    expect(listed.out.split('\r\n').length).toBeGreaterThan(25);

    const save = await cli('plan', book, '--source', '事业收入', '--amount', '1000');
    expect(save.code).toBe(2);
    expect(save.err).toMatch(
      /^出错：“.*预算\.sqlite”是只读的（只读文件、只读文件夹或写保护的 U 盘），无法写入/,
    );

    const data = join(dir, 'data');
    expect(folderForNew(book, data)).toBe(
      join(data, 'snapshots', folderForNew(book, data).split('/').pop()!),
    );
    expect(folderForNew(book, data).startsWith(join(data, 'snapshots', '预算.sqlite-'))).toBe(true);
  });
});
