/**
 * The two forms of the hidden book part: exports write version 2 (gzip + base64 chunks, lines as
 * rows straight from SQLite); import-book reads version 2 and the version 1 of earlier exports
 * (plain JSON chunks), and refuses a damaged or newer part without creating a book.
 */
import { existsSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOOK_PART_SHEET,
  checksumText,
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

describe('version 2 whose checksum fits but whose lines do not', () => {
  /** Decodes the part, lets `change` alter the JSON, and writes it back with a fitting checksum. */
  async function rewritten(change: (parsed: { lines: { indexes: number[][] } }) => void) {
    const wb = await loadXlsx(await fullExport(book));
    const ws = wb.getWorksheet(BOOK_PART_SHEET)!;
    const cells = partCells(wb);
    const json = gunzipSync(Buffer.from(cells.slice(2).join(''), 'base64')).toString('utf8');
    const parsed = JSON.parse(json) as { lines: { indexes: number[][] } };
    change(parsed);
    const text = JSON.stringify(parsed);
    const base64 = gzipSync(Buffer.from(text, 'utf8')).toString('base64');
    const chunks = Math.ceil(base64.length / 30_000);
    const meta = { ...JSON.parse(cells[1]), chunks, sha256: checksumText(text) };
    ws.getCell(2, 1).value = JSON.stringify(meta);
    for (let i = 0; i < chunks; i++) {
      ws.getCell(3 + i, 1).value = base64.slice(i * 30_000, (i + 1) * 30_000);
    }
    return wb;
  }

  it('is reported as damaged, naming the line structure', async () => {
    const same = await rewritten(() => {});
    expect(readBookPart(same, '原样.xlsx')!.lines).toHaveLength(5_025);
    const bad = await rewritten((p) => {
      p.lines.indexes[1][0] = 1_000_000; // a 功能科目 index past its distinct values
    });
    expect(() => readBookPart(bad, '拼凑.xlsx')).toThrow(
      '“拼凑.xlsx”中 BudgetDesk 保存的预算内容已损坏（明细行结构不符）',
    );
  });
});
