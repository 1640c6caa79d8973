/**
 * Books for the 审核 tests, built the way a clerk builds them: a new book file, line items
 * imported from a CSV written here (the import behind `import-lines`), the income plan set with
 * `budgetdesk plan`, and the findings read back from `budgetdesk validate --json`.
 */
import { join } from 'node:path';
import { importLinesFile } from '../../../src/main/import/lines-import';
import { setAssets } from '../../../src/main/ledger/assets';
import { BookDb } from '../../../src/main/ledger/book-db';
import type { Finding } from '../../../src/shared/validation';
import { ASSETS, CENTER, INIT_2021 } from '../../helpers/book-fixtures';
import { cli as runCaptured, type CliRun } from '../../helpers/cli-run';
import { csvText, utf8 } from '../../helpers/lines-csv';

export const L1 = '440700210000000090001';
export const L2 = '440700210000000090002';

export interface RowSpec {
  fn?: string;
  dept?: string;
  gov?: string;
  kind?: string;
  project?: boolean;
  fund?: string;
  yuan: string;
}

/** One CSV row for the book's own unit (404011, 事业单位). */
export function row(s: RowSpec): string[] {
  const p = s.project ?? s.kind === '项目支出';
  return [
    CENTER.code,
    CENTER.name,
    CENTER.type,
    s.fn ?? '2080199',
    s.dept ?? '30101',
    s.gov ?? '',
    s.kind ?? '基本支出-人员经费',
    p ? L1 : '',
    p ? '测试一级项目' : '',
    p ? L2 : '',
    p ? '测试二级项目' : '',
    s.fund ?? '一般公共预算',
    s.yuan,
  ];
}

/** A clean book: 10.00 + 2.00 万元 basic and a 5.00 万元 project (31002 办公设备购置), all 一般公共预算. */
export function baseRows(): string[][] {
  return [
    row({ dept: '30101', yuan: '100000.00' }),
    row({ dept: '30201', kind: '基本支出-公用经费', yuan: '20000.00' }),
    row({ dept: '31002', kind: '项目支出', yuan: '50000.00' }),
  ];
}

export async function cli(argv: string[]): Promise<CliRun> {
  return runCaptured(...argv);
}

/** A new book file in `dir` with `rows` imported and its 国有资产 filled; returns its path. */
export async function makeBook(dir: string, rows: string[][]): Promise<string> {
  const path = join(dir, 'book.sqlite');
  const book = BookDb.create(path, INIT_2021);
  try {
    await importLinesFile(book, 'lines.csv', utf8(csvText(rows)));
    setAssets(book, ASSETS);
  } finally {
    book.close();
  }
  return path;
}

/** Opens the book for a direct repository edit (project facts, last year, reasons). */
export function edit(path: string, fn: (book: BookDb) => void): void {
  const book = BookDb.open(path);
  try {
    fn(book);
  } finally {
    book.close();
  }
}

/** `budgetdesk validate --json`, parsed; also returns the exit code. */
export async function validate(path: string): Promise<{ code: number; findings: Finding[] }> {
  const r = await cli(['validate', path, '--json']);
  if (r.code === 2) throw new Error(`validate failed: ${r.err}`);
  return { code: r.code, findings: JSON.parse(r.out) as Finding[] };
}

export function rulesOf(findings: Finding[]): string[] {
  return findings.map((f) => f.rule);
}
