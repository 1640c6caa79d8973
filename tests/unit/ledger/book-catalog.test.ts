import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../src/shared/catalogs';
import { deriveTables } from '../../../src/shared/tables/engine';
import { validateBook } from '../../../src/shared/validation';
import {
  bookCatalog,
  loadBookCatalog,
  replaceBookCatalogList,
} from '../../../src/main/ledger/book-catalog';
import { BookDb } from '../../../src/main/ledger/book-db';
import {
  findMigrationsDir,
  loadMigrations,
  readApplied,
} from '../../../src/main/ledger/migrations';
import { loadSnapshot, writeSnapshot } from '../../../src/main/ledger/snapshot';
import {
  SAMPLE_INFO,
  SAMPLE_LINES,
  SAMPLE_PLAN,
  SAMPLE_PROJECTS,
  SAMPLE_UNIT,
} from '../../../src/shared/sample/jiangmen-2021';
import { CENTER, INIT_2021 } from '../../helpers/book-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-cat-');

/** A migrations folder with the real files up to `upTo` (a book from before schema 3). */
function migrationsUpTo(upTo: number): string {
  const real = findMigrationsDir();
  const dir = join(tempDir(), 'migrations');
  mkdirSync(dir);
  for (const m of loadMigrations(real).slice(0, upTo)) {
    copyFileSync(
      join(real, `${String(m.version).padStart(3, '0')}_${m.name}.sql`),
      join(dir, `${String(m.version).padStart(3, '0')}_${m.name}.sql`),
    );
  }
  return dir;
}

describe('the book carries its catalog', () => {
  it('a new book copies the built-in catalog of its year', () => {
    const book = BookDb.openMemory(INIT_2021);
    expect(loadBookCatalog(book)).toEqual(getCatalog(2021).data);
    book.close();
    const y2027 = BookDb.openMemory({ year: 2027, packId: 'jiangmen-2022', unit: CENTER });
    const data = loadBookCatalog(y2027)!;
    expect(data.year).toBe(2027);
    expect(data.provisional).toBe(true);
    expect(data.functions).toEqual(getCatalog(2027).data.functions);
    y2027.close();
  });

  it('a book from before schema 3 gets its year’s built-in catalog when first opened', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = BookDb.create(path, INIT_2021, { migrationsDir: migrationsUpTo(2) });
    old.close();
    const book = BookDb.open(path);
    expect((readApplied(book.db) ?? []).map((a) => a.version)).toContain(3);
    expect(loadBookCatalog(book)).toEqual(getCatalog(2021).data);
    const count = book.db.prepare('SELECT count(*) FROM catalog_entries').pluck().get();
    book.close();
    // Opening again does not copy twice.
    const again = BookDb.open(path);
    expect(again.db.prepare('SELECT count(*) FROM catalog_entries').pluck().get()).toBe(count);
    again.close();
  });

  it('tables and 审核 read the book’s catalog, not the built-in one', () => {
    const book = BookDb.openMemory({ year: 2021, packId: SAMPLE_INFO.packId, unit: SAMPLE_UNIT });
    writeSnapshot(book, {
      units: [SAMPLE_UNIT],
      projects: [...SAMPLE_PROJECTS],
      lines: SAMPLE_LINES,
      plan: [...SAMPLE_PLAN],
    });
    const fns = bookCatalog(book).data.functions.map((e) =>
      e.code === '2080199' ? { ...e, name: '其他人社管理事务支出（本地名称）' } : e,
    );
    book.transaction(() => replaceBookCatalogList(book, 'function', fns, '测试'));
    const snap = loadSnapshot(book);
    const t5 = deriveTables(snap, [5])[0];
    expect(t5.rows.find((r) => r.code === '2080199')?.label).toBe(
      '其他人社管理事务支出（本地名称）',
    );
    expect(getCatalog(2021).functionName('2080199')).toBe('其他人力资源和社会保障管理事务支出');
    // Drop 2101103 while a line uses it: kept as 停用, and 审核 names the line.
    const dropped = fns
      .filter((e) => e.code !== '2101103')
      .concat({ code: '2101103', name: '公务员医疗补助', retired: true });
    book.transaction(() => replaceBookCatalogList(book, 'function', dropped, '测试'));
    const findings = validateBook(loadSnapshot(book)).filter((f) => f.rule === 'CATALOG-RETIRED');
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toMatch(
      /^基本支出第 \d+ 行（江门市人力资源和社会保障局信息中心，基本支出-人员经费，一般公共预算，8\.23 万元）使用的功能科目“2101103 公务员医疗补助”已不在导入的 2021 年科目表中（已停用）/,
    );
    book.close();
  });
});
