/**
 * Exports are written by main where the clerk chose (export:xlsx, export:document): at the given
 * path, all or nothing (no temporary file left, an old file untouched when the write fails), an
 * existing file replaced only with `overwrite`, and every refusal in Chinese naming the path —
 * checked before anything is produced.
 */
import * as fs from 'node:fs';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { useTempDirs } from '../../helpers/temp-dir';
import { readWorkbook } from '../tables/golden-helpers';
import { failure } from '../../helpers/api-service';

// The last steps of an atomic write can be made to fail as the OS would; otherwise real calls.
const fail = { rename: false, openIn: null as string | null };
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (a: fs.PathLike, b: fs.PathLike) => {
      if (fail.rename) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      real.renameSync(a, b);
    },
    openSync: (path: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
      if (fail.openIn && String(path).startsWith(fail.openIn)) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
          code: 'EACCES',
          path: String(path),
        });
      }
      return real.openSync(path, flags, mode);
    },
  };
});

const tempDir = useTempDirs('bd-export-');
const contexts: HandlerContext[] = [];
afterEach(() => {
  fail.rename = false;
  fail.openIn = null;
  for (const ctx of contexts.splice(0)) ctx.book?.close();
});

/** Handlers with the sample book open; `dir` is where the clerk saves exports. */
async function sample(): Promise<{ api: ReturnType<typeof createHandlers>; dir: string }> {
  const ctx: HandlerContext = { book: null, dataDir: join(tempDir(), 'data') };
  contexts.push(ctx);
  const api = createHandlers(ctx);
  await api['book:open-sample']({ path: join(tempDir(), '示例.sqlite') });
  return { api, dir: tempDir() };
}

describe('export:xlsx writes the workbook where the clerk chose', () => {
  it('writes all tables (or one) at the path, through a temporary file that does not stay', async () => {
    const { api, dir } = await sample();
    const path = join(dir, '2021年公开表.xlsx');
    const res = await api['export:xlsx']({ path });
    expect(res).toEqual({ path, size: readFileSync(path).length });
    expect(readdirSync(dir)).toEqual(['2021年公开表.xlsx']);
    const wb = await readWorkbook(readFileSync(path));
    expect(wb.worksheets.filter((w) => w.state !== 'veryHidden')).toHaveLength(13);

    const one = join(dir, '表5.xlsx');
    await api['export:xlsx']({ path: one, table: 5 });
    expect((await readWorkbook(readFileSync(one))).worksheets.map((w) => w.name)).toEqual([
      '表5 一般公共预算支出情况表（按功能分类科目）',
    ]);
  });

  it('refuses to replace an existing file unless asked, saying so in Chinese', async () => {
    const { api, dir } = await sample();
    const path = join(dir, '公开表.xlsx');
    writeFileSync(path, '旧的');
    const e = await failure(api['export:xlsx']({ path }));
    expect(e.code).toBe('FILE_EXISTS');
    expect(e.message).toBe(`“${path}”已存在。请确认替换，或另起文件名。`);
    expect(readFileSync(path, 'utf8')).toBe('旧的');
    expect((await failure(api['export:xlsx']({ path, overwrite: false }))).code).toBe(
      'FILE_EXISTS',
    );
    await api['export:xlsx']({ path, overwrite: true, table: 1 });
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['公开表.xlsx']);
  });

  it('a failed write leaves the old file whole and no temporary file behind', async () => {
    const { api, dir } = await sample();
    const path = join(dir, '公开表.xlsx');
    writeFileSync(path, '旧的');
    fail.rename = true;
    const e = await failure(api['export:xlsx']({ path, overwrite: true }));
    expect(e.code).toBe('FILE_UNWRITABLE');
    expect(e.message).toContain(`磁盘空间不足，未能写入“${path}”`);
    expect(readFileSync(path, 'utf8')).toBe('旧的');
    expect(readdirSync(dir)).toEqual(['公开表.xlsx']);
  });

  it('explains an unwritable folder in Chinese, naming the file', async () => {
    const { api, dir } = await sample();
    const path = join(dir, '公开表.xlsx');
    fail.openIn = dir;
    const e = await failure(api['export:xlsx']({ path }));
    expect(e.code).toBe('FILE_UNWRITABLE');
    expect(e.message).toMatch(/^没有读写“.*公开表\.xlsx”的权限/);
    expect(e.message).toContain(path);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a relative path, a missing folder, a folder and another type; writes nothing', async () => {
    const { api, dir } = await sample();
    const w = (path: string) => failure(api['export:xlsx']({ path, overwrite: true }));
    expect((await w('表1.xlsx')).message).toContain('“表1.xlsx”不是完整路径');
    const missing = await w(join(dir, '无', '表1.xlsx'));
    expect(missing.code).toBe('FOLDER_MISSING');
    expect(missing.message).toContain(`文件夹“${join(dir, '无')}”不存在`);
    expect((await w(join(dir, '公开表.docx'))).message).toContain('应保存为 .xlsx 文件');
    fs.mkdirSync(join(dir, '夹.xlsx'));
    expect((await w(join(dir, '夹.xlsx'))).message).toContain('是一个文件夹');
    expect(readdirSync(dir)).toEqual(['夹.xlsx']);
  });
});

describe('export:document writes the document where the clerk chose', () => {
  it('writes the .docx at the path; a .docx target of a PDF is refused', async () => {
    const { api, dir } = await sample();
    const path = join(dir, '公开文档.docx');
    const res = await api['export:document']({ format: 'docx', path });
    expect(res).toEqual({ path, size: readFileSync(path).length });
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['公开文档.docx']);
    const e = await failure(api['export:document']({ format: 'pdf', path, overwrite: true }));
    expect(e.message).toContain('公开文档（PDF）应保存为 .pdf 文件');
    expect((await failure(api['export:document']({ format: 'docx', path }))).code).toBe(
      'FILE_EXISTS',
    );
  });
});
