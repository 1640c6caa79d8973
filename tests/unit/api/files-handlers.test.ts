/**
 * files:browse / files:read / files:write on real temp folders: order (folders first, zh-CN
 * collation), hidden and foreign files left out, a missing folder explained, relative paths and
 * foreign types refused, overwrite only when asked, a failed write leaving neither a partial
 * file nor a damaged old one, and the read size limit.
 */
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { MAX_READ_BYTES } from '../../../src/main/api/handlers/files';
import { useTempDirs } from '../../helpers/temp-dir';

// renameSync can be made to fail for one test; every other call is the real one.
const failRename = { on: false };
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (a: fs.PathLike, b: fs.PathLike) => {
      if (failRename.on) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      real.renameSync(a, b);
    },
  };
});

const tempDir = useTempDirs('bd-files-');
afterEach(() => {
  failRename.on = false;
});

function handlers(booksDir?: string) {
  const ctx: HandlerContext = { book: null, dataDir: join(tempDir(), 'data'), booksDir };
  return createHandlers(ctx);
}

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected the call to fail');
}

describe('files:browse', () => {
  it('lists folders first, then files of the asked types, each by zh-CN collation', async () => {
    const dir = tempDir();
    for (const d of ['预算', '2021', '报表', 'archive', '.git']) mkdirSync(join(dir, d));
    for (const f of ['乙.sqlite', '甲.sqlite', '10.sqlite', '9.sqlite', 'a.xlsx', '.hidden.sqlite'])
      writeFileSync(join(dir, f), 'x');
    symlinkSync(join(dir, '预算'), join(dir, '链接'));
    const res = await handlers()['files:browse']({ dir, extensions: ['.sqlite'] });
    expect(res.dir).toBe(dir);
    expect(res.parent).toBe(join(dir, '..'));
    expect(res.entries.map((e) => `${e.kind}:${e.name}`)).toEqual([
      // zh-CN collation: digits, then 汉字 by pinyin (bào, liàn, yù), then Latin letters.
      'dir:2021',
      'dir:报表',
      'dir:链接',
      'dir:预算',
      'dir:archive',
      'file:9.sqlite',
      'file:10.sqlite',
      'file:甲.sqlite',
      'file:乙.sqlite',
    ]);
    const file = res.entries.find((e) => e.name === '甲.sqlite');
    expect(file).toMatchObject({ path: join(dir, '甲.sqlite'), size: 1 });
    expect(Number.isNaN(Date.parse(file?.modified ?? ''))).toBe(false);
  });

  it('takes extensions with or without the dot, in any case', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'A.XLSX'), 'x');
    writeFileSync(join(dir, 'b.docx'), 'x');
    const res = await handlers()['files:browse']({ dir, extensions: ['xlsx'] });
    expect(res.entries.map((e) => e.name)).toEqual(['A.XLSX']);
  });

  it('defaults to the books folder and says null above the root', async () => {
    const books = tempDir();
    writeFileSync(join(books, 'x.sqlite'), 'x');
    const api = handlers(books);
    expect((await api['files:browse']({ extensions: ['.sqlite'] })).dir).toBe(books);
    expect((await api['files:browse']({ dir: '/', extensions: [] })).parent).toBeNull();
  });

  it('explains a folder that cannot be read, naming it', async () => {
    const missing = join(tempDir(), '没有这个文件夹');
    const e = await failure(handlers()['files:browse']({ dir: missing, extensions: [] }));
    expect(e.code).toBe('FOLDER_UNREADABLE');
    expect(e.message).toContain(`无法打开文件夹“${missing}”：不存在`);
    const rel = await failure(handlers()['files:browse']({ dir: 'docs', extensions: [] }));
    expect(rel.message).toContain('不是完整路径');
  });
});

describe('files:read', () => {
  it('reads a chosen workbook as base64 with its name', async () => {
    const path = join(tempDir(), '上年公开表.xlsx');
    writeFileSync(path, Buffer.from([0, 1, 2, 250]));
    const res = await handlers()['files:read']({ path });
    expect(res.fileName).toBe('上年公开表.xlsx');
    expect([...Buffer.from(res.contentBase64, 'base64')]).toEqual([0, 1, 2, 250]);
  });

  it('refuses other file types, folders and files over the size limit', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'book.sqlite'), 'x');
    const api = handlers();
    const type = await failure(api['files:read']({ path: join(dir, 'book.sqlite') }));
    expect(type.message).toContain('只读取 .xlsx、.csv');
    const big = join(dir, 'big.xlsx');
    fs.truncateSync((writeFileSync(big, ''), big), MAX_READ_BYTES + 1);
    const size = await failure(api['files:read']({ path: big }));
    expect(size.code).toBe('FILE_TOO_LARGE');
    expect(size.message).toContain(big);
    const gone = await failure(api['files:read']({ path: join(dir, '无.xlsx') }));
    expect(gone.message).toContain('不存在');
  });
});

describe('files:write', () => {
  const content = Buffer.from('新的内容').toString('base64');

  it('writes, then refuses to replace unless asked', async () => {
    const path = join(tempDir(), '表1.xlsx');
    const api = handlers();
    expect(await api['files:write']({ path, contentBase64: content, overwrite: false })).toEqual({
      path,
    });
    expect(readFileSync(path, 'utf8')).toBe('新的内容');
    const other = Buffer.from('另一份').toString('base64');
    const e = await failure(api['files:write']({ path, contentBase64: other, overwrite: false }));
    expect(e.code).toBe('FILE_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('新的内容');
    await api['files:write']({ path, contentBase64: other, overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('另一份');
  });

  it('a failed write leaves the old file whole and no partial file behind', async () => {
    const dir = tempDir();
    const path = join(dir, '表1.xlsx');
    writeFileSync(path, '旧的');
    failRename.on = true;
    const e = await failure(
      handlers()['files:write']({ path, contentBase64: content, overwrite: true }),
    );
    expect(e.code).toBe('FILE_UNWRITABLE');
    expect(e.message).toContain(path);
    expect(readFileSync(path, 'utf8')).toBe('旧的');
    expect(readdirSync(dir)).toEqual(['表1.xlsx']);
  });

  it('refuses relative paths, a missing folder and types it does not export', async () => {
    const dir = tempDir();
    const api = handlers();
    const w = (path: string) =>
      failure(api['files:write']({ path, contentBase64: content, overwrite: true }));
    expect((await w('表1.xlsx')).message).toContain('不是完整路径');
    expect((await w(join(dir, '无', '表1.xlsx'))).code).toBe('FOLDER_MISSING');
    expect((await w(join(dir, 'book.sqlite'))).message).toContain('只保存');
    expect(readdirSync(dir)).toEqual([]);
  });
});
