/**
 * files:browse on real temp folders: order (folders first, zh-CN collation), hidden and foreign
 * files left out, a missing folder explained; and a chosen file read by main for an import:
 * relative paths and foreign types refused, the read size limit. (Exports: export-handlers.)
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { MAX_READ_BYTES } from '../../../src/main/api/handlers/files';
import { useTempDirs } from '../../helpers/temp-dir';
import { failure } from '../../helpers/api-service';

const tempDir = useTempDirs('bd-files-');

const contexts: HandlerContext[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.book?.close();
});

function handlers(booksDir?: string) {
  const ctx: HandlerContext = { book: null, dataDir: join(tempDir(), 'data'), booksDir };
  contexts.push(ctx);
  return createHandlers(ctx);
}

/** Handlers with the sample book open (打开示例, written to a temp folder). */
async function sampleApi() {
  const api = handlers();
  await api['book:open-sample']({ path: join(tempDir(), '示例.sqlite') });
  return api;
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

describe('a file the clerk chose, read by main (catalog:import-preview / lastyear:preview)', () => {
  it('reads the 科目表 at the chosen path: the page sends the path, never the bytes', async () => {
    const path = join(tempDir(), '2027年经济科目.csv');
    writeFileSync(path, '科目编码,科目名称\n301,工资福利支出\n30101,基本工资\n');
    const api = await sampleApi();
    const p = await api['catalog:import-preview']({ source: path, kind: 'dept-econ' });
    expect(p).toMatchObject({ fileName: '2027年经济科目.csv', kind: 'dept-econ', total: 2 });
    await api['catalog:import-commit']({ previewId: p.previewId });
    const econ = (await api['catalog:book']({})).deptEconomic;
    expect(econ.find((e) => e.code === '30101')).toMatchObject({ name: '基本工资' });
    expect(econ.find((e) => e.code === '30103')).toBeUndefined();
  });

  it('refuses other file types, folders, missing files and files over the size limit', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'book.sqlite'), 'x');
    const api = await sampleApi();
    const read = (source: string) => failure(api['catalog:import-preview']({ source }));
    expect((await read(join(dir, 'book.sqlite'))).message).toContain('只读取 .xlsx、.csv');
    const big = join(dir, 'big.xlsx');
    fs.truncateSync((writeFileSync(big, ''), big), MAX_READ_BYTES + 1);
    const size = await read(big);
    expect(size.code).toBe('FILE_TOO_LARGE');
    expect(size.message).toContain(big);
    expect((await read(join(dir, '无.xlsx'))).message).toContain(
      `无法读取“${join(dir, '无.xlsx')}”：不存在`,
    );
    expect((await read('科目表.csv')).message).toContain('不是完整路径');
    const last = await failure(api['lastyear:preview']({ source: join(dir, 'book.sqlite') }));
    expect(last.message).toContain('只读取 .xlsx、.csv');
  });
});
