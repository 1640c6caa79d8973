/**
 * Reading a book in one pass: loadSnapshot fills the line objects and the table engine's arrays
 * from the same SQLite rows, loadTablesSnapshot fills only the arrays; either way the tables are
 * those the engine derives from the line objects, and a snapshot whose lines change afterwards
 * is derived from its lines again.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSampleBook } from '../../../src/main/api/handlers/sample-book';
import { BookDb } from '../../../src/main/ledger/book-db';
import { deleteLines, insertLines, listLines } from '../../../src/main/ledger/lines';
import { loadSnapshot, loadTablesSnapshot } from '../../../src/main/ledger/snapshot';
import type { BookSnapshot } from '../../../src/shared/domain';
import { deriveTables } from '../../../src/shared/tables/engine';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-one-pass-');

/** The sample with 2,000 more lines, a gap in the ids and a line of a second unit. */
function richerSample(): BookDb {
  const path = join(tempDir(), 'b.sqlite');
  createSampleBook(path);
  const book = BookDb.open(path);
  const base = listLines(book);
  insertLines(
    book,
    Array.from({ length: 2_000 }, (_, i) => {
      const { id: _id, ...l } = base[i % base.length];
      return { ...l, amountFen: 1 + ((i * 104_729) % 3_000_000) };
    }),
  );
  deleteLines(book, [base[3].id]);
  return book;
}

/** The same snapshot as plain data, as a renderer holds it: nothing prepared beside it. */
const plain = (s: BookSnapshot): BookSnapshot => structuredClone(s);

describe('one pass over the lines', () => {
  it('loadSnapshot gives the lines in id order and tables equal to those of plain data', () => {
    const book = richerSample();
    const snap = loadSnapshot(book);
    expect(snap.lines).toHaveLength(2_024);
    expect(snap.lines.map((l) => l.id)).toEqual(
      [...snap.lines.map((l) => l.id)].sort((a, b) => a - b),
    );
    expect(snap.lines).toEqual(listLines(book));
    expect(deriveTables(snap)).toEqual(deriveTables(plain(snap)));
    book.close();
  });

  it('loadTablesSnapshot has no line objects and derives the same tables', () => {
    const book = richerSample();
    const tablesOnly = loadTablesSnapshot(book);
    expect(tablesOnly.lines).toEqual([]);
    const full = loadSnapshot(book);
    expect(deriveTables(tablesOnly)).toEqual(deriveTables(plain(full)));
    expect(deriveTables(tablesOnly, [1, 5])).toEqual(deriveTables(plain(full), [1, 5]));
    book.close();
  });

  it('a line added to a loaded snapshot counts: the engine prepares its lines again', () => {
    const book = richerSample();
    const snap = loadSnapshot(book);
    const before = deriveTables(snap, [1])[0];
    snap.lines.push({ ...snap.lines[0], id: 999_999, amountFen: 123_456_789 });
    const after = deriveTables(snap, [1])[0];
    expect(after).not.toEqual(before);
    expect(after).toEqual(deriveTables(plain(snap), [1])[0]);
    book.close();
  });
});
