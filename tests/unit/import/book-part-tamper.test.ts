/**
 * import-book treats the book hidden in a workbook as input: an edited and re-checksummed part
 * with an unknown function code, an amount whose total leaves the exact range, an unknown pack,
 * a year without a catalog or a line pointing at a missing project is refused with reasons, and
 * no book file is left behind.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOOK_PART_SHEET,
  writeBookPart,
  type BookContent,
} from '../../../src/main/export/book-part';
import { readBookPart } from '../../../src/main/import/book-part';
import { cli } from '../../helpers/cli-run';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-tamper-');
let exported: string;

let shared: string;
beforeAll(async () => {
  // Not a useTempDirs folder: those go after each test, this one serves them all.
  const dir = (shared = mkdtempSync(join(tmpdir(), 'bd-tamper-export-')));
  await cli('sample', join(dir, 'a.sqlite'));
  exported = join(dir, 'a.xlsx');
  expect((await cli('export', join(dir, 'a.sqlite'), '--out', exported)).code).toBe(0);
});

afterAll(() => rmSync(shared, { recursive: true, force: true }));

/** The export with its hidden part edited by `edit` and re-checksummed, as a forger would. */
async function tampered(dir: string, edit: (c: BookContent) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(exported);
  const content = readBookPart(wb, 'a.xlsx')!;
  edit(content);
  wb.removeWorksheet(wb.getWorksheet(BOOK_PART_SHEET)!.id);
  writeBookPart(wb, content);
  const file = join(dir, '改过.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('import-book of an edited hidden part', () => {
  const cases: [string, (c: BookContent) => void, RegExp][] = [
    [
      'an unknown function code',
      (c) => void (c.lines[0].functionCode = 'ZZZ'),
      /第 1 行明细，“功能科目编码”/,
    ],
    [
      'an amount of 2^53−1 分',
      (c) => void (c.lines[0].amountFen = Number.MAX_SAFE_INTEGER),
      /金额合计超出可精确计算的范围/,
    ],
    [
      'an unknown pack',
      (c) => void (c.info.packId = 'nonexistent-pack'),
      /公开表模板“nonexistent-pack”不是本程序内置的模板/,
    ],
    ['year 2099', (c) => void (c.info.year = 2099), /预算年度“2099”没有对应的科目表/],
    [
      'a line pointing at a missing project',
      (c) => {
        const l = c.lines.find((x) => x.projectCode !== null)!;
        l.projectCode = '不存在的项目';
      },
      /明细的项目“不存在的项目”不在预算中/,
    ],
  ];
  for (const [what, edit, reason] of cases) {
    it(`refuses ${what} with the reason, leaving no file`, async () => {
      const dir = tempDir();
      const file = await tampered(dir, edit);
      const target = join(dir, '还原.sqlite');
      const r = await cli('import-book', file, target);
      expect(r.code).toBe(2);
      expect(r.err).toContain('中保存的预算内容有');
      expect(r.err).toMatch(reason);
      expect(readdirSync(dir)).toEqual(['改过.xlsx']);
    });
  }

  it('an untouched export still restores', async () => {
    const dir = tempDir();
    const r = await cli('import-book', exported, join(dir, '还原.sqlite'));
    expect(r.code).toBe(0);
  });
});
