/**
 * Shared pieces of the last-year tests: the sample book in a real SQLite file, its exported
 * workbook, and building official-layout workbooks with exceljs the way other tools lay them out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readBookContent } from '../../../src/main/export/book-part';
import { exportTablesWorkbook } from '../../../src/main/export/tables-xlsx';
import { createSampleBook } from '../../../src/main/api/handlers/sample-book';
import { BookDb } from '../../../src/main/ledger/book-db';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import { deriveTables } from '../../../src/shared/tables/engine';

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'budgetdesk-lastyear-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The built-in 2021 sample written to `<dir>/name` and opened. */
export function sampleBook(dir: string, name = 'sample-2021.sqlite'): BookDb {
  const path = join(dir, name);
  createSampleBook(path);
  return BookDb.open(path);
}

/** The book's full export (thirteen tables and the hidden book part). */
export async function fullExport(book: BookDb, withPart = true): Promise<Buffer> {
  const models = deriveTables(loadSnapshot(book));
  return exportTablesWorkbook(models, {
    created: new Date('2021-01-01T00:00:00Z'),
    bookPart: withPart ? readBookContent(book) : undefined,
  });
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

/** Appends rows of values to a worksheet starting at `row`; returns the next free row. */
export function putRows(
  ws: ExcelJS.Worksheet,
  row: number,
  rows: readonly (readonly (string | number | null)[])[],
  col = 1,
): number {
  rows.forEach((values, i) => {
    values.forEach((v, j) => {
      if (v !== null) ws.getCell(row + i, col + j).value = v;
    });
  });
  return row + rows.length;
}
