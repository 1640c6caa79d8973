/**
 * Books for the 汇总 tests: a department book (404001) and unit books (40401x), each a real file
 * with its lines imported from CSV the way a clerk imports them.
 */
import { join } from 'node:path';
import { importLinesFile } from '../../../src/main/import/lines-import';
import { BookDb } from '../../../src/main/ledger/book-db';
import type { Unit } from '../../../src/shared/domain';
import { csvText, utf8 } from '../../helpers/lines-csv';

export const DEPT: Unit = {
  code: '404001',
  name: '江门市测试局',
  type: '行政单位',
  parentCode: null,
};

export interface UnitSpec {
  code: string;
  name: string;
  /** Serial of its projects' codes (two units must not share one). */
  serial: string;
  yuan: number;
}

export const UNITS: UnitSpec[] = [
  { code: '404011', name: '测试局信息中心', serial: '11', yuan: 1_234_567.89 },
  { code: '404012', name: '测试局培训中心', serial: '12', yuan: 765_432.1 },
  { code: '404013', name: '测试局服务站', serial: '13', yuan: 333_333.33 },
];

/** CSV rows of one unit: basic 人员/公用, a project line, and an 其他收入 line. */
export function unitRows(u: UnitSpec): string[][] {
  const base = [u.code, u.name, '事业单位'];
  const l1 = `4407002100000000${u.serial}001`;
  const l2 = `4407002100000000${u.serial}002`;
  const y = (f: number): string => (Math.round(u.yuan * f * 100) / 100).toFixed(2);
  return [
    [...base, '2080199', '30101', '', '基本支出-人员经费', '', '', '', '', '一般公共预算', y(0.5)],
    [...base, '2101102', '30110', '', '基本支出-人员经费', '', '', '', '', '一般公共预算', y(0.07)],
    [...base, '2080199', '30201', '', '基本支出-公用经费', '', '', '', '', '一般公共预算', y(0.13)],
    [
      ...base,
      '2080199',
      '31002',
      '',
      '项目支出',
      l1,
      `${u.name}一级项目`,
      l2,
      `${u.name}二级项目`,
      '一般公共预算',
      y(0.2),
    ],
    [...base, '2080199', '30201', '', '基本支出-公用经费', '', '', '', '', '事业收入', y(0.1)],
  ];
}

/** A new book file with its top unit and `rows` imported. */
export async function bookWith(
  dir: string,
  name: string,
  top: Unit,
  rows: string[][],
  year = 2021,
): Promise<string> {
  const path = join(dir, name);
  const book = BookDb.create(path, { year, packId: `jiangmen-${year}`, unit: top });
  try {
    if (rows.length) await importLinesFile(book, 'lines.csv', utf8(csvText(rows)));
  } finally {
    book.close();
  }
  return path;
}

/** A unit book of spec `u`. */
export function unitBook(dir: string, u: UnitSpec, year = 2021): Promise<string> {
  const top: Unit = { code: u.code, name: u.name, type: '事业单位', parentCode: null };
  return bookWith(dir, `${u.code}.sqlite`, top, unitRows(u), year);
}
