/**
 * The built-in sample (the published 2021 document in 分) passes every check: no errors, the
 * warnings it deserves, and exactly its three printed tail differences as info.
 */
import { describe, expect, it } from 'vitest';
import { BookDb } from '../../../src/main/ledger/book-db';
import { loadSnapshot, writeSnapshot } from '../../../src/main/ledger/snapshot';
import {
  SAMPLE_LINES,
  SAMPLE_PLAN,
  SAMPLE_PROJECTS,
  SAMPLE_UNIT,
  sampleSnapshot,
} from '../../../src/shared/sample/jiangmen-2021';
import { validateBook, type Finding } from '../../../src/shared/validation';
import { INIT_2021 } from '../../helpers/book-fixtures';

const KEY_PROJECTS = ['440700210000000035601', '440700210000000035602', '440700210000000070521'];

function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.key}`);
}

describe('the sample book', () => {
  const findings = validateBook(sampleSnapshot());

  it('has no errors', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('warns that a 事业单位 uses 503 (173.10) and that its key projects have no 绩效目标', () => {
    expect(summary(findings.filter((f) => f.severity === 'warning'))).toEqual([
      'warning GOV-CLASS-UNIT:404011:503',
      ...KEY_PROJECTS.map((c) => `warning KEY-PROJECT-TARGETS:${c}`),
    ]);
    expect(findings[0].actual).toEqual({ fen: 173_100_000, wan: '173.10', yuan: '1,731,000.00' });
    // It points at the printed 表10 row and at the two lines to open.
    expect(findings[0].where.cells).toEqual([
      { table: 10, rowKey: 'pair:310|503', rowLabel: '[310]资本性支出', column: '预算' },
    ]);
    expect(findings[0].where.entries.filter((e) => e.type === 'line').map((e) => e.id)).toEqual([
      19, 21,
    ]);
  });

  it('explains exactly the three printed tails: 21011, 301 in 表6, and the 表6/表11 total', () => {
    const infos = findings.filter((f) => f.severity === 'info');
    expect(infos.map((f) => [f.rule, f.expected?.wan, f.actual?.wan])).toEqual([
      ['TAIL', '17.20', '17.21'],
      ['TAIL', '323.03', '323.05'],
      ['TAIL', '349.73', '349.72'],
    ]);
    const tables = (f: Finding): number[] => [...new Set(f.where.cells.map((c) => c.table))];
    expect(tables(infos[0])).toEqual([2, 3, 5]);
    expect(infos[0].where.cells.every((c) => c.rowKey === 'fn:21011')).toBe(true);
    expect(infos[1].where.cells).toEqual([
      { table: 6, rowKey: 'pair:301|505', rowLabel: '[301]工资福利支出', column: '预算' },
    ]);
    expect(tables(infos[2])).toEqual([6, 11]);
    for (const f of infos) expect(f.message).toContain('取整尾差');
  });

  it('lists errors, then warnings, then info', () => {
    const order = findings.map((f) => f.severity);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
  });

  it('gives the same findings read back from a real book file, and none on key projects once targets exist', () => {
    const book = BookDb.openMemory(INIT_2021);
    try {
      writeSnapshot(book, {
        units: [SAMPLE_UNIT],
        projects: [...SAMPLE_PROJECTS],
        lines: SAMPLE_LINES,
        plan: [...SAMPLE_PLAN],
        indicators: KEY_PROJECTS.map((projectCode) => ({
          projectCode,
          tier: '产出指标' as const,
          category: '数量指标',
          name: '完成率',
          value: '100',
          unit: '%',
        })),
      });
      const fromBook = validateBook(loadSnapshot(book));
      expect(summary(fromBook)).toEqual(
        summary(findings).filter((s) => !s.includes('KEY-PROJECT-TARGETS')),
      );
    } finally {
      book.close();
    }
  });
});
