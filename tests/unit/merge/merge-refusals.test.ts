/**
 * 汇总 refusals through the API handlers: each reason is named (in the commit's failure and in the
 * preview) and the department book's bytes stay as they were.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure, type HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { BookDb } from '../../../src/main/ledger/book-db';
import { saveProject } from '../../../src/main/ledger/projects';
import { saveUnit } from '../../../src/main/ledger/units';
import type { ApiHandlers } from '../../../src/shared/api/contract';
import { useTempDirs } from '../../helpers/temp-dir';
import { DEPT, UNITS, bookWith, unitBook } from './merge-books';

const tempDir = useTempDirs('bd-merge-refused-');
let ctx: HandlerContext;

afterEach(() => ctx?.book?.close());

async function deptApi(path: string): Promise<ApiHandlers> {
  ctx = { book: null, dataDir: join(tempDir(), 'data') };
  const api = createHandlers(ctx);
  await api['book:open']({ path });
  return api;
}

async function refusal(p: Promise<unknown>): Promise<ApiFailure> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiFailure) return e;
    throw e;
  }
  throw new Error('expected the merge to be refused');
}

describe('汇总 refusals: the reason named, the department book’s bytes unchanged', () => {
  async function expectRefused(
    prepare: (dir: string, dept: string) => Promise<string[]> | string[],
    reason: RegExp,
  ): Promise<void> {
    const dir = tempDir();
    const dept = await bookWith(dir, 'dept.sqlite', DEPT, []);
    const paths = await prepare(dir, dept);
    const before = readFileSync(dept);
    const api = await deptApi(dept);
    const e = await refusal(api['merge:commit']({ paths }));
    expect(e.code).toBe('MERGE_REFUSED');
    expect(e.message).toContain('未汇总，部门预算未作任何改动');
    expect(e.details?.join('\n')).toMatch(reason);
    const preview = await api['merge:preview']({ paths });
    expect(preview.problems.join('\n')).toMatch(reason);
    ctx.book?.close();
    ctx.book = null;
    expect(readFileSync(dept).equals(before)).toBe(true);
  }

  it('a different budget year', async () => {
    await expectRefused(
      async (dir) => [await unitBook(dir, UNITS[0], 2022)],
      /是 2022 年的预算，本部门预算是 2021 年/,
    );
  });

  it('a different pack family', async () => {
    await expectRefused(async (dir) => {
      const path = await unitBook(dir, UNITS[0]);
      const b = BookDb.open(path);
      b.db.prepare("UPDATE book_info SET pack_id = 'foshan-2021'").run();
      b.close();
      return [path];
    }, /使用公开表模板“foshan-2021”.*不是同一地区的表式/);
  });

  it('a unit code that is already a different unit of the department', async () => {
    await expectRefused(async (dir, dept) => {
      const b = BookDb.open(dept);
      saveUnit(b, { code: '404011', name: '另一个单位', type: '事业单位', parentCode: DEPT.code });
      b.close();
      return [await unitBook(dir, UNITS[0])];
    }, /单位编码 404011（测试局信息中心）在本部门预算中已是“另一个单位”/);
  });

  it('a project code owned by another unit', async () => {
    await expectRefused(async (dir, dept) => {
      const b = BookDb.open(dept);
      saveProject(b, {
        code: '440700210000000011001',
        name: '部门自己的项目',
        level: 1,
        parentCode: null,
        unitCode: DEPT.code,
        isKey: false,
        approvedFen: null,
        procurementGoodsFen: 0,
        procurementWorksFen: 0,
        procurementServicesFen: 0,
      });
      b.close();
      return [await unitBook(dir, UNITS[0])];
    }, /项目编码 440700210000000011001（测试局信息中心一级项目）在本部门预算中属于单位 404001/);
  });

  it('codes the department book’s catalog lacks', async () => {
    await expectRefused(async (dir) => {
      const path = await unitBook(dir, UNITS[0]);
      const b = BookDb.open(path);
      b.db.prepare("UPDATE line_items SET function_code = '2089876' WHERE id = 1").run();
      b.close();
      return [path];
    }, /明细第 1 行（单位 404011）：功能科目“2089876”不在本部门预算的科目表中/);
  });

  it('the same unit in two books of one merge', async () => {
    await expectRefused(async (dir) => {
      const a = await unitBook(dir, UNITS[0]);
      const other = join(dir, 'copy');
      mkdirSync(other);
      copyFileSync(a, join(other, 'same.sqlite'));
      return [a, join(other, 'same.sqlite')];
    }, /都含单位编码 404011/);
  });
});
