/**
 * 表注 in the book: the repository (trim, blank removes, the schema's CHECKs), the snapshot,
 * 结转 to the next year, and the hidden book part of a full export (with a v1 part written
 * before 表注 existed still readable).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  BOOK_PART_SHEET,
  readBookContent,
  writeBookPart,
  type BookContent,
} from '../../../src/main/export/book-part';
import { createBookFromContent, readBookPart } from '../../../src/main/import/book-part';
import { BookDb } from '../../../src/main/ledger/book-db';
import { rollBook } from '../../../src/main/ledger/roll';
import { loadSnapshot, writeSnapshot } from '../../../src/main/ledger/snapshot';
import { getTableNote, listTableNotes, setTableNote } from '../../../src/main/ledger/table-notes';
import { CENTER, INIT_2021 } from '../../helpers/book-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-table-notes-ledger-');

async function roundTrip(content: BookContent): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表1');
  writeBookPart(wb, content);
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  return back;
}

describe('table notes in the ledger', () => {
  it('stores trimmed text, removes on blank, and the schema refuses what the API would', () => {
    const book = BookDb.openMemory(INIT_2021);
    expect(listTableNotes(book)).toEqual({});
    expect(setTableNote(book, 9, '  国有资本金\r\n用途  ')).toBe('国有资本金\n用途');
    expect(setTableNote(book, 8, '基金')).toBe('基金');
    expect(setTableNote(book, 8, '基金用途')).toBe('基金用途');
    expect(listTableNotes(book)).toEqual({ 8: '基金用途', 9: '国有资本金\n用途' });
    expect(setTableNote(book, 9, ' \n ')).toBe('');
    expect(getTableNote(book, 9)).toBe('');
    expect(() => setTableNote(book, 0, 'x')).toThrow(/CHECK/);
    expect(() => setTableNote(book, 8, '字'.repeat(2001))).toThrow(/CHECK/);
    expect(getTableNote(book, 8)).toBe('基金用途');
    book.close();
  });

  it('loadSnapshot carries the notes; writeSnapshot replaces them in its transaction', () => {
    const book = BookDb.openMemory(INIT_2021);
    setTableNote(book, 8, '旧');
    expect(loadSnapshot(book).tableNotes).toEqual({ 8: '旧' });
    writeSnapshot(book, {
      units: [CENTER],
      projects: [],
      lines: [],
      plan: [],
      tableNotes: { 9: '新' },
    });
    expect(loadSnapshot(book).tableNotes).toEqual({ 9: '新' });
    // Without tableNotes the book's notes stay.
    writeSnapshot(book, { units: [CENTER], projects: [], lines: [], plan: [] });
    expect(loadSnapshot(book).tableNotes).toEqual({ 9: '新' });
    book.close();
  });

  it('结转 carries the notes into the next year', () => {
    const dir = tempDir();
    const source = BookDb.create(join(dir, '2021.sqlite'), INIT_2021);
    setTableNote(source, 8, '基金用于就业补助');
    rollBook(source, join(dir, '2022.sqlite'), 2022);
    source.close();
    const next = BookDb.open(join(dir, '2022.sqlite'));
    expect(listTableNotes(next)).toEqual({ 8: '基金用于就业补助' });
    next.close();
  });

  it('the hidden book part carries the notes; a v1 part without them still reads', async () => {
    const dir = tempDir();
    const book = BookDb.openMemory(INIT_2021);
    setTableNote(book, 8, '基金\n用途');
    const content = readBookContent(book);
    book.close();
    expect(content.tableNotes).toEqual({ 8: '基金\n用途' });

    const read = readBookPart(await roundTrip(content), '导出.xlsx');
    createBookFromContent(join(dir, 'back.sqlite'), read!);
    const back = BookDb.open(join(dir, 'back.sqlite'));
    expect(listTableNotes(back)).toEqual({ 8: '基金\n用途' });
    back.close();

    const { tableNotes: _none, ...older } = content;
    const oldRead = readBookPart(await roundTrip(older), '旧版导出.xlsx');
    expect(oldRead?.tableNotes).toBeUndefined();
    createBookFromContent(join(dir, 'old.sqlite'), oldRead!);
    const old = BookDb.open(join(dir, 'old.sqlite'));
    expect(listTableNotes(old)).toEqual({});
    old.close();
  });

  it('a part whose notes break the rules is reported as damaged, not half-imported', async () => {
    const book = BookDb.openMemory(INIT_2021);
    const content = { ...readBookContent(book), tableNotes: { 120: '表号超出' } };
    book.close();
    const wb = await roundTrip(content);
    expect(wb.getWorksheet(BOOK_PART_SHEET)).toBeDefined();
    expect(() => readBookPart(wb, '改过.xlsx')).toThrow(/“改过.xlsx”.*已损坏（表注内容不符）/);
  });
});
