/**
 * The two forms of the hidden book part: exports write version 2 (gzip + base64 chunks, lines as
 * rows straight from SQLite); import-book reads version 2 and the version 1 of earlier exports
 * (plain JSON chunks), and refuses a damaged or newer part without creating a book.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOOK_PART_SHEET,
  encodeBook,
  readBookContent,
  writeBookPart,
} from '../../../src/main/export/book-part';
import { createBookFromContent, readBookPart } from '../../../src/main/import/book-part';
import { BookDb } from '../../../src/main/ledger/book-db';
import { insertLines, listLines } from '../../../src/main/ledger/lines';
import { writeBookPartV1 } from '../../helpers/book-part-v1';
import { fullExport, loadXlsx, sampleBook, tempDir, toBuffer } from './helpers';

let t: ReturnType<typeof tempDir>;
let book: BookDb;

beforeAll(() => {
  t = tempDir();
  book = sampleBook(t.dir);
  // 5,000 more lines with varied amounts, so the part spans many cells even compressed.
  const base = listLines(book);
  insertLines(
    book,
    Array.from({ length: 5_000 }, (_, i) => {
      const { id: _id, ...l } = base[i % base.length];
      return { ...l, amountFen: 100 + ((i * 7919) % 9_999_991) };
    }),
  );
});
afterAll(() => {
  book.close();
  t.cleanup();
});

/** The text of column A of the hidden sheet, by row. */
function partCells(wb: ExcelJS.Workbook): string[] {
  const ws = wb.getWorksheet(BOOK_PART_SHEET)!;
  const out: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) out.push(String(ws.getCell(r, 1).value ?? ''));
  return out;
}

function restore(content: NonNullable<ReturnType<typeof readBookPart>>, name: string) {
  const path = join(t.dir, name);
  createBookFromContent(path, content);
  const back = BookDb.open(path);
  const read = readBookContent(back);
  back.close();
  return read;
}

describe('version 2 (written by every full export)', () => {
  it('is gzip + base64 in cells of at most 30,000 characters, and restores the book exactly', async () => {
    const wb = await loadXlsx(await fullExport(book));
    const [marker, metaText, ...chunks] = partCells(wb);
    expect(marker).toBe('BUDGETDESK-BOOK v2');
    const meta = JSON.parse(metaText) as Record<string, unknown>;
    expect(meta).toMatchObject({ encoding: 'gzip+base64', lines: 5_025, chunks: chunks.length });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 30_000 && /^[A-Za-z0-9+/=]+$/.test(c))).toBe(true);
    // Several times smaller than the JSON text version 1 held.
    const v1Chars = JSON.stringify(readBookContent(book)).length;
    expect(chunks.join('').length * 4).toBeLessThan(v1Chars);
    expect(restore(readBookPart(wb, '导出.xlsx')!, 'v2.sqlite')).toEqual(readBookContent(book));
  });

  it('streamed from SQLite, it is the same part as encoded from the content objects', () => {
    const streamed = new ExcelJS.Workbook();
    writeBookPart(streamed, encodeBook(book));
    const fromObjects = new ExcelJS.Workbook();
    writeBookPart(fromObjects, readBookContent(book));
    expect(partCells(streamed)).toEqual(partCells(fromObjects));
    expect(JSON.parse(partCells(streamed)[1])).toMatchObject({ lines: 5_025 });
  });

  it('a truncated part is reported as damaged and no book is created', async () => {
    const wb = await loadXlsx(await fullExport(book));
    const ws = wb.getWorksheet(BOOK_PART_SHEET)!;
    const last = ws.rowCount;
    const cell = ws.getCell(last, 1);
    cell.value = String(cell.value).slice(0, -40);
    expect(() => readBookPart(wb, '截断.xlsx')).toThrow(
      /“截断.xlsx”中 BudgetDesk 保存的预算内容已损坏（压缩内容无法解开，可能被改动或不完整）/,
    );
    expect(existsSync(join(t.dir, 'never.sqlite'))).toBe(false);
  });

  it('a newer version is refused with what to do', async () => {
    const wb = await loadXlsx(await fullExport(book));
    wb.getWorksheet(BOOK_PART_SHEET)!.getCell(1, 1).value = 'BUDGETDESK-BOOK v3';
    expect(() => readBookPart(wb, '新版.xlsx')).toThrow(
      '“新版.xlsx”由较新版本的 BudgetDesk 导出（v3），本程序只能读取 v1、v2。请升级 BudgetDesk 后再导入',
    );
  });
});

describe('version 1 (written by earlier exports)', () => {
  async function v1Workbook(): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表1').getCell(1, 1).value = '收支总体情况表';
    writeBookPartV1(wb, readBookContent(book));
    return loadXlsx(await toBuffer(wb));
  }

  it('still restores the book exactly', async () => {
    const wb = await v1Workbook();
    expect(partCells(wb)[0]).toBe('BUDGETDESK-BOOK v1');
    expect(restore(readBookPart(wb, '旧版.xlsx')!, 'v1.sqlite')).toEqual(readBookContent(book));
  });

  it('a changed character still fails its checksum', async () => {
    const wb = await v1Workbook();
    const cell = wb.getWorksheet(BOOK_PART_SHEET)!.getCell(3, 1);
    cell.value = String(cell.value).replace('江门市', '佛山市');
    expect(() => readBookPart(wb, '改过.xlsx')).toThrow(
      '“改过.xlsx”中 BudgetDesk 保存的预算内容已损坏（校验值不符，内容可能被改动）',
    );
  });
});
