/**
 * `budgetdesk validate` and `budgetdesk plan` on real book files: exit codes 0/1/2, the --json
 * shape, the Chinese report, and input errors that change nothing. Also the validate:run channel.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure, type HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { BookDb } from '../../../src/main/ledger/book-db';
import { listPlan } from '../../../src/main/ledger/plan';
import { ApiService } from '../../../src/main/api/dispatch';
import { useTempDirs } from '../../helpers/temp-dir';
import { baseRows, cli, makeBook } from './book-builder';

const tempDir = useTempDirs('budgetdesk-validation-');

async function planFen(path: string): Promise<number[]> {
  const book = BookDb.open(path);
  try {
    return listPlan(book).map((e) => e.amountFen);
  } finally {
    book.close();
  }
}

describe('budgetdesk validate', () => {
  it('exit 0 and a summary when there is no error', async () => {
    const path = await makeBook(tempDir(), baseRows());
    const r = await cli(['validate', path]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('审核完成：错误 0 项，警告 0 项，提示 0 项。没有错误。');
  });

  it('exit 1 with one Chinese block per finding', async () => {
    const path = await makeBook(tempDir(), baseRows());
    await cli(['plan', path, '--source', '一般公共预算', '--amount', '169,999.99']);
    const r = await cli(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('1. [错误] PLAN-SOURCE');
    expect(r.out).toContain('应为：17.00 万元（169,999.99 元）');
    expect(r.out).toContain('实为：17.00 万元（170,000.00 元）');
    expect(r.out).toContain('差额：0.00 万元（0.01 元）');
    expect(r.out).toContain('多 0.01 元');
    expect(r.out).toContain('涉及：收入计划：');
    expect(r.out).toContain('编号：PLAN-SOURCE:404011:一般公共预算');
    expect(r.out).toContain('错误 1 项');
  });

  it('--json prints the findings array with the issue’s fields', async () => {
    const path = await makeBook(tempDir(), baseRows());
    await cli(['plan', path, '--source', '一般公共预算', '--amount', '1']);
    const r = await cli(['validate', path, '--json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as Record<string, unknown>[];
    expect(findings).toHaveLength(1);
    expect(Object.keys(findings[0])).toEqual(
      expect.arrayContaining([
        'severity',
        'rule',
        'message',
        'expected',
        'actual',
        'where',
        'key',
        'ruleText',
        'difference',
      ]),
    );
    expect(findings[0]).toMatchObject({
      severity: 'error',
      rule: 'PLAN-SOURCE',
      expected: { fen: 100, wan: '0.00', yuan: '1.00' },
      actual: { fen: 17_000_000, wan: '17.00', yuan: '170,000.00' },
      where: { cells: [], entries: expect.any(Array) },
    });
  });

  it('exit 2 for bad usage, a missing file, or a file that is not a book', async () => {
    const dir = tempDir();
    expect((await cli(['validate'])).code).toBe(2);
    expect((await cli(['validate', 'a.sqlite', '--jsn'])).code).toBe(2);
    const missing = await cli(['validate', join(dir, '没有这个文件.sqlite')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('没有这个文件.sqlite');
    const notBook = join(dir, 'notes.sqlite');
    writeFileSync(notBook, '这不是数据库');
    const r = await cli(['validate', notBook]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/不是|损坏/);
  });

  it('the sample checks clean against its 控制数 of 7,230,300.00 元 and fails on one 分 less', async () => {
    const path = join(tempDir(), 'sample.sqlite');
    expect((await cli(['sample', path])).code).toBe(0);
    expect(
      (await cli(['plan', path, '--source', '一般公共预算', '--amount', '7230300.00'])).code,
    ).toBe(0);
    expect((await cli(['validate', path])).code).toBe(0);
    await cli(['plan', path, '--source', '一般公共预算', '--amount', '7230299.99']);
    const r = await cli(['validate', path, '--json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as { severity: string; rule: string }[];
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'PLAN-SOURCE',
    ]);
  });
});

describe('budgetdesk plan', () => {
  it('sets a source’s plan in 元 and lists it', async () => {
    const path = await makeBook(tempDir(), baseRows());
    const set = await cli(['plan', path, '--source', '一般公共预算', '--amount', '7230300.00']);
    expect(set.code).toBe(0);
    expect(set.out).toContain('723.03 万元（7,230,300.00 元）');
    expect(await planFen(path)).toEqual([723_030_000]);
    const list = await cli(['plan', path]);
    expect(list.out).toContain('404011  一般公共预算  723.03 万元（7,230,300.00 元）');
  });

  it.each([
    [['--source', '财政资金', '--amount', '1'], '不是资金来源'],
    [['--source', '一般公共预算', '--amount', '1.234'], '小数位过多'],
    [['--source', '一般公共预算'], '须同时给出'],
    [['--source', '一般公共预算', '--amount', '1', '--unit', '999999'], '不是本预算中的单位'],
  ])('refuses %j with exit 2 and changes nothing', async (args, why) => {
    const path = await makeBook(tempDir(), baseRows());
    const r = await cli(['plan', path, ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(why);
    expect(await planFen(path)).toEqual([]);
  });
});

describe('validate:run', () => {
  it('returns the findings of the open book, and asks to open one when none is', async () => {
    const dir = tempDir();
    const path = await makeBook(dir, baseRows());
    await cli(['plan', path, '--source', '一般公共预算', '--amount', '1']);
    const ctx: HandlerContext = { book: null, dataDir: join(dir, 'data') };
    const handlers = createHandlers(ctx);
    await expect(handlers['validate:run']({})).rejects.toBeInstanceOf(ApiFailure);
    const service = new ApiService({ dataDir: join(dir, 'data') });
    try {
      const opened = await service.invoke('book:open', { path });
      const session = opened.ok ? (opened.data as { session: string }).session : null;
      const result = await service.invoke('validate:run', {}, session);
      expect(result.ok).toBe(true);
      if (result.ok)
        expect((result.data as { rule: string }[]).map((f) => f.rule)).toEqual(['PLAN-SOURCE']);
    } finally {
      service.close();
    }
  });
});
