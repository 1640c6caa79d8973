/**
 * Writing new books never destroys a file by surprise: 打开示例 and 新建 with a path refuse an
 * existing file unless the clerk confirmed (overwrite), and write only .sqlite files. Export
 * refuses a table total beyond the exact-integer range of 分, as 审核 does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { cli } from '../../helpers/cli-run';
import { useTempDirs } from '../../helpers/temp-dir';
import { failure } from '../../helpers/api-service';

const tempDir = useTempDirs('bd-guards-');

function session(dir: string) {
  const ctx: HandlerContext = { book: null, dataDir: join(dir, 'data'), booksDir: dir };
  return createHandlers(ctx);
}

const NEW = { year: 2021, unitCode: '1', unitName: '单位', unitType: '行政单位' as const };

describe('new books never overwrite by surprise', () => {
  it('打开示例 to an existing path is refused unless confirmed', async () => {
    const dir = tempDir();
    const api = session(dir);
    const path = join(dir, '我的预算.sqlite');
    await api['book:create']({ path, ...NEW });
    await api['book:close']({});
    const before = readFileSync(path);
    const e = await failure(api['book:open-sample']({ path }));
    expect(e.code).toBe('BOOK_EXISTS');
    expect(e.message).toContain(`文件“${path}”已存在，为免覆盖`);
    expect(readFileSync(path).equals(before)).toBe(true);
    const s = await api['book:open-sample']({ path, overwrite: true });
    expect(s.lineCount).toBe(25);
  });

  it('only .sqlite files are created', async () => {
    const dir = tempDir();
    const api = session(dir);
    const notes = join(dir, '笔记.txt');
    writeFileSync(notes, '重要');
    for (const p of [
      api['book:open-sample']({ path: notes, overwrite: true }),
      api['book:create']({ path: notes, overwrite: true, ...NEW }),
    ]) {
      expect((await failure(p)).message).toContain('预算文件应以 .sqlite 结尾');
    }
    expect(readFileSync(notes, 'utf8')).toBe('重要');
  });

  it('新建 over an existing book only when confirmed, then a new empty book', async () => {
    const dir = tempDir();
    const api = session(dir);
    const path = join(dir, 'a.sqlite');
    await api['book:open-sample']({ path });
    expect((await failure(api['book:create']({ path, ...NEW }))).code).toBe('BOOK_EXISTS');
    const s = await api['book:create']({ path, overwrite: true, ...NEW });
    expect(s).toMatchObject({ unitCode: '1', lineCount: 0 });
  });
});

describe('export and the exact-integer range', () => {
  it('refuses totals beyond 2^53−1 分 in Chinese, writing nothing', async () => {
    const dir = tempDir();
    const book = join(dir, 'a.sqlite');
    await cli('sample', book);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(book);
    db.prepare('UPDATE line_items SET amount_fen = ? WHERE id IN (1, 2)').run(
      Math.floor(Number.MAX_SAFE_INTEGER / 2) + 10,
    );
    db.close();
    const out = join(dir, 'a.xlsx');
    const r = await cli('export', book, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/表\d+“.+”行“.+”列的合计超出可精确计算的金额范围/);
    expect(() => readFileSync(out)).toThrow();
  });
});
