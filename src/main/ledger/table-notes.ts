/**
 * The clerk's 表注: one note per printed table, keyed by the table's number in the book's pack.
 * A blank note is no note (the row is removed), so "has the clerk explained table 8" is simply
 * "is there a row".
 */
import { TABLE_NOTE_MAX_CHARS } from '../../shared/domain';
import type { BookDb } from './book-db';

interface Row {
  tableNo: number;
  text: string;
}

/** Every note of the book, by table number. */
export function listTableNotes(book: BookDb): Record<number, string> {
  const rows = book.db
    .prepare('SELECT table_no AS tableNo, text FROM table_notes ORDER BY table_no')
    .all() as Row[];
  return Object.fromEntries(rows.map((r) => [r.tableNo, r.text]));
}

/** The note of one table; '' when none was written. */
export function getTableNote(book: BookDb, tableNo: number): string {
  const row = book.db.prepare('SELECT text FROM table_notes WHERE table_no = ?').get(tableNo) as
    | { text: string }
    | undefined;
  return row?.text ?? '';
}

/** Sets one note (trimmed); a blank text removes it. Returns the stored text ('' when removed). */
export function setTableNote(book: BookDb, tableNo: number, text: string): string {
  const stored = text.replace(/\r\n?/g, '\n').trim();
  if (stored === '') {
    book.db.prepare('DELETE FROM table_notes WHERE table_no = ?').run(tableNo);
    return '';
  }
  book.db
    .prepare(
      `INSERT INTO table_notes (table_no, text) VALUES (?, ?)
       ON CONFLICT (table_no) DO UPDATE SET text = excluded.text`,
    )
    .run(tableNo, stored);
  return stored;
}

/** Replaces all notes of the book with `notes` (callers wrap it in their transaction). */
export function replaceTableNotes(book: BookDb, notes: Readonly<Record<number, string>>): void {
  book.db.prepare('DELETE FROM table_notes').run();
  for (const [no, text] of Object.entries(notes)) setTableNote(book, Number(no), text);
}

/**
 * Why a note cannot be stored, as Chinese sentences naming the table (empty when it can). The
 * length is counted in characters, as SQLite's CHECK counts it, not in UTF-16 units.
 */
export function tableNoteProblems(tableNo: unknown, text: unknown): string[] {
  const out: string[] = [];
  if (typeof tableNo !== 'number' || !Number.isInteger(tableNo) || tableNo < 1 || tableNo > 99)
    out.push(`表号“${String(tableNo)}”应为 1–99 之间的整数`);
  if (typeof text !== 'string') out.push('“表注”应为文字');
  else {
    const n = [...text.trim()].length;
    if (n > TABLE_NOTE_MAX_CHARS)
      out.push(
        `表${String(tableNo)}的表注有 ${n} 个字，最多 ${TABLE_NOTE_MAX_CHARS} 个字，请删减后再保存`,
      );
  }
  return out;
}
