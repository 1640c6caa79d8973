/**
 * The seed book for the document tests: the built-in sample written to a temp file, with last
 * year's figures loaded through `budgetdesk import-last-year` from an official-layout workbook.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSampleBook } from '../../../src/main/api/handlers/sample-book';
import { cli } from '../../helpers/cli-run';
import { lastYearWorkbook } from './last-year-workbook';

export { cli };

/** The sample book at dir/seed.sqlite with last year imported; returns its path. */
export async function seedBook(dir: string, withLastYear = true): Promise<string> {
  process.env.BUDGETDESK_DATA_DIR = join(dir, 'data');
  const path = join(dir, 'seed.sqlite');
  createSampleBook(path);
  if (withLastYear) {
    const xlsx = join(dir, '2020年公开表.xlsx');
    writeFileSync(xlsx, await lastYearWorkbook());
    const run = await cli('import-last-year', path, xlsx);
    if (run.code !== 0) throw new Error(`import-last-year failed: ${run.err}`);
  }
  return path;
}

/** The published reasons of the seed's 第三部分, by subject key. */
export const SEED_REASONS: Record<string, string> = {
  income: '社保卡发行接近饱和,收入预算减少',
  expenditure: '收入预算减少,支出预算相应压减',
  三公: '公务用车车龄较高,维修率提升',
  '三公-公务用车': '公务用车车龄较高,维修率提升',
  '三公-公务接待': '节约费用,减少支出',
};
