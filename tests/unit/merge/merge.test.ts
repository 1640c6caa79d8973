/**
 * 汇总 on real book files through the API handlers: three unit books merged give the same
 * thirteen tables as one book with all their lines imported; merging a unit again replaces what
 * it brought; a unit book's own subordinate units and 绩效指标 come along (refusals: merge-refusals).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { BookDb } from '../../../src/main/ledger/book-db';
import { replaceIndicators } from '../../../src/main/ledger/indicators';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import type { ApiHandlers } from '../../../src/shared/api/contract';
import { deriveTables } from '../../../src/shared/tables/engine';
import { explainCell } from '../../../src/shared/tables/explain/explain';
import { useTempDirs } from '../../helpers/temp-dir';
import { DEPT, UNITS, bookWith, unitBook, unitRows } from './merge-books';

const tempDir = useTempDirs('bd-merge-');
let ctx: HandlerContext;

afterEach(() => ctx?.book?.close());

async function deptApi(path: string): Promise<ApiHandlers> {
  ctx = { book: null, dataDir: join(tempDir(), 'data') };
  const api = createHandlers(ctx);
  await api['book:open']({ path });
  return api;
}

function tablesOf(path: string): unknown {
  const book = BookDb.open(path);
  try {
    return deriveTables(loadSnapshot(book));
  } finally {
    book.close();
  }
}

describe('汇总: merging unit books into a department book', () => {
  it('three unit books merged print the same tables as all their lines imported into one book', async () => {
    const dir = tempDir();
    const dept = await bookWith(dir, 'dept.sqlite', DEPT, []);
    const units = await Promise.all(UNITS.map((u) => unitBook(dir, u)));
    const whole = await bookWith(dir, 'whole.sqlite', DEPT, UNITS.flatMap(unitRows));
    const api = await deptApi(dept);
    const result = await api['merge:commit']({ paths: units });
    expect(result.units.map((u) => [u.unitCode, u.lines])).toEqual(UNITS.map((u) => [u.code, 5]));
    expect(result.audit.map((a) => a.unitCode)).toEqual([...UNITS.map((u) => u.code), '']);
    ctx.book?.close();
    ctx.book = null;
    expect(tablesOf(dept)).toEqual(tablesOf(whole));
    const book = BookDb.open(dept);
    try {
      const s = loadSnapshot(book);
      expect(s.units.filter((u) => u.parentCode === DEPT.code).map((u) => u.code)).toEqual(
        UNITS.map((u) => u.code),
      );
      // Tables 11 and 12 list each unit; every figure of the consolidated book explains itself.
      const models = deriveTables(s);
      for (const n of [11, 12]) {
        const labels = models.find((m) => m.number === n)!.rows.map((r) => r.label);
        for (const u of UNITS) expect(labels).toContain(`${u.name}-小计`);
      }
      for (const m of models)
        m.rows.forEach((r, ri) =>
          r.cells.forEach((c, ci) => {
            if (c.kind !== 'amount') return;
            expect(explainCell(s, models, m.number, ri, ci).totalFen).toBe(c.fen);
          }),
        );
    } finally {
      book.close();
    }
  });

  it('the preview shows per unit its lines, totals by fund source and the changes of tables 1 and 3; stores nothing', async () => {
    const dir = tempDir();
    const dept = await bookWith(dir, 'dept.sqlite', DEPT, []);
    const unit = await unitBook(dir, UNITS[0]);
    const before = readFileSync(dept);
    const api = await deptApi(dept);
    const p = await api['merge:preview']({ paths: [unit] });
    expect(p.problems).toEqual([]);
    const u = p.units[0];
    expect(u).toMatchObject({
      unitCode: '404011',
      unitName: '测试局信息中心',
      lines: 5,
      replaces: null,
    });
    expect(u.byFundSource.map((f) => f.fundSource)).toEqual(['一般公共预算', '事业收入']);
    expect(u.byFundSource.reduce((s, f) => s + f.fen, 0)).toBe(u.totalFen);
    expect(u.totalFen).toBe(123_456_789);
    const total = u.tableChanges.find((c) => c.table === 1 && c.row === '支出总计');
    expect(total).toMatchObject({ beforeFen: 0, afterFen: 123_456_789 });
    expect(u.tableChanges.some((c) => c.table === 3 && c.row.includes('2080199'))).toBe(true);
    ctx.book?.close();
    ctx.book = null;
    expect(readFileSync(dept).equals(before)).toBe(true);
  });

  it('merging the same unit again replaces what it brought; the department’s own lines stay', async () => {
    const dir = tempDir();
    const own = [
      [
        '404001',
        DEPT.name,
        DEPT.type,
        '2080199',
        '30101',
        '',
        '基本支出-人员经费',
        '',
        '',
        '',
        '',
        '一般公共预算',
        '1000.00',
      ],
    ];
    const dept = await bookWith(dir, 'dept.sqlite', DEPT, own);
    const unit = await unitBook(dir, UNITS[0]);
    const api = await deptApi(dept);
    await api['merge:commit']({ paths: [unit] });
    const once = await api['lines:list']({});
    // The unit's clerk changes the book: one line fewer, a different amount.
    const ub = BookDb.open(unit);
    ub.db.prepare('DELETE FROM line_items WHERE fund_source = ?').run('事业收入');
    ub.db
      .prepare('UPDATE line_items SET amount_fen = 4200 WHERE kind = ?')
      .run('基本支出-公用经费');
    ub.close();
    const sources = await api['merge:sources']({});
    expect(sources.map((s) => [s.unitCode, s.fileState])).toEqual([['404011', 'changed']]);
    const p = await api['merge:preview']({ paths: [unit] });
    expect(p.units[0].replaces).toMatchObject({ lines: 5 });
    await api['merge:commit']({ paths: [unit] });
    const twice = await api['lines:list']({});
    expect(once).toHaveLength(6);
    expect(twice).toHaveLength(5);
    expect(twice.filter((l) => l.unitCode === '404001').map((l) => l.amountFen)).toEqual([100000]);
    expect(twice.filter((l) => l.kind === '基本支出-公用经费').map((l) => l.amountFen)).toEqual([
      4200,
    ]);
    expect((await api['merge:sources']({})).map((s) => s.fileState)).toEqual(['same']);
    // 历史版本 keeps the department book as it was before each merge.
    const kept = await api['snapshots:list']({});
    expect(kept.filter((v) => v.reason === 'before-merge').map((v) => v.lineCount)).toEqual([1, 6]);
    // And a third time with the same file: nothing changes (idempotent).
    await api['merge:commit']({ paths: [unit] });
    expect((await api['lines:list']({})).map((l) => [l.unitCode, l.amountFen])).toEqual(
      twice.map((l) => [l.unitCode, l.amountFen]),
    );
    const { projects } = await api['book:snapshot']({});
    expect(projects.filter((q) => q.unitCode === '404011')).toHaveLength(2);
  });
});

describe('汇总 of a unit book with its own subordinate unit and 绩效指标', () => {
  it('brings the sub-unit under the unit and the indicators with the projects; re-merge keeps one copy', async () => {
    const dir = tempDir();
    const dept = await bookWith(dir, 'dept.sqlite', DEPT, []);
    const spec = UNITS[0];
    const sub = ['404099', '测试局信息中心分站', '事业单位'];
    const rows = [
      ...unitRows(spec),
      [
        ...sub,
        '2080199',
        '30101',
        '',
        '基本支出-人员经费',
        '',
        '',
        '',
        '',
        '一般公共预算',
        '1000.00',
      ],
    ];
    const top = { code: spec.code, name: spec.name, type: '事业单位' as const, parentCode: null };
    const unit = await bookWith(dir, 'unit.sqlite', top, rows);
    const ub = BookDb.open(unit);
    const project = loadSnapshot(ub).projects.find((p) => p.level === 2)!.code;
    replaceIndicators(ub, project, [
      { tier: '产出指标', category: '数量指标', name: '培训人次', value: '≥100', unit: '人次' },
    ]);
    ub.close();
    const api = await deptApi(dept);
    await api['merge:commit']({ paths: [unit] });
    await api['merge:commit']({ paths: [unit] });
    const { units } = await api['book:snapshot']({});
    expect(units.map((u) => [u.code, u.parentCode])).toEqual([
      [DEPT.code, null],
      [spec.code, DEPT.code],
      ['404099', spec.code],
    ]);
    expect((await api['book:snapshot']({})).indicators).toHaveLength(1);
    expect((await api['lines:list']({})).filter((l) => l.unitCode === '404099')).toHaveLength(1);
    const [source] = await api['merge:sources']({});
    expect(source.units).toEqual([spec.code, '404099']);
  });
});

describe('汇总 into a unit the clerk registered already', () => {
  it('a subordinate unit registered with the same code and name, and nothing entered, is taken over', async () => {
    const dir = tempDir();
    const dept = await bookWith(dir, 'dept.sqlite', DEPT, []);
    const unit = await unitBook(dir, UNITS[0]);
    const api = await deptApi(dept);
    await api['units:save']({
      unit: { code: UNITS[0].code, name: UNITS[0].name, type: '事业单位', parentCode: DEPT.code },
    });
    expect((await api['merge:preview']({ paths: [unit] })).problems).toEqual([]);
    await api['merge:commit']({ paths: [unit] });
    expect((await api['lines:list']({ unitCode: UNITS[0].code })).length).toBe(5);
  });
});
