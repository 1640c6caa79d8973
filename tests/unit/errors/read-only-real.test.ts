/**
 * A book in a folder the clerk may not write to, for real: the CLI runs as another user (nobody)
 * on a book in a root-owned folder, as on a write-protected stick. SQLite cannot create a WAL
 * book's -shm there, so the book is read from a private copy: `lines --csv` and `validate` work,
 * a save is refused in Chinese, and nothing is written beside the book. Needs root to switch
 * user (CI runs as root).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli-run';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-readonly-real-');
const bin = resolve(__dirname, '../../../bin/budgetdesk.cjs');
const asRoot = process.getuid?.() === 0;

function asNobody(dataDir: string, ...args: string[]) {
  const r = spawnSync(
    'setpriv',
    ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...args],
    { encoding: 'utf8', env: { ...process.env, BUDGETDESK_DATA_DIR: dataDir } },
  );
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('a book in a folder its user cannot write', () => {
  it.runIf(asRoot)(
    'is read, checked and listed; a save is refused; its folder is untouched',
    async () => {
      const dir = tempDir();
      chmodSync(dir, 0o755);
      const books = join(dir, 'books');
      mkdirSync(books, { mode: 0o755 });
      const book = join(books, '预算.sqlite');
      expect((await cli('sample', book)).code).toBe(0);
      const data = join(dir, 'data');
      mkdirSync(data, { mode: 0o777 });
      chmodSync(data, 0o777);
      const bytes = readFileSync(book);

      const listed = asNobody(data, 'lines', book, '--csv');
      expect(listed.err).not.toMatch(/出错/);
      expect(listed.code).toBe(0);
      expect(listed.out.split('\r\n').filter((l) => l !== '')).toHaveLength(26);

      const checked = asNobody(data, 'validate', book);
      expect(checked.code).toBe(0);
      expect(checked.out).toContain('没有错误');

      const save = asNobody(data, 'plan', book, '--source', '事业收入', '--amount', '1000');
      expect(save.code).toBe(2);
      expect(save.err).toMatch(
        /出错：“.*预算\.sqlite”是只读的（只读文件、只读文件夹或写保护的 U 盘），无法写入/,
      );

      expect(readdirSync(books)).toEqual(['预算.sqlite']);
      expect(readFileSync(book).equals(bytes)).toBe(true);
    },
  );
});
