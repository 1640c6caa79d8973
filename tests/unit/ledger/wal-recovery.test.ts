/**
 * A book as a killed run leaves it — the last commit only in its WAL, the -shm index lost — opens
 * (read-only checks first, then the writable connection) with that commit in it.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BookDb } from '../../../src/main/ledger/book-db';
import { listPlan, setPlan } from '../../../src/main/ledger/plan';
import { INIT_2021 } from '../../helpers/book-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-wal-');

describe('a book whose WAL needs recovery', () => {
  it('opens with its committed edits', () => {
    const dir = tempDir();
    const path = join(dir, 'a.sqlite');
    const live = BookDb.create(path, INIT_2021);
    live.db.pragma('wal_autocheckpoint = 0');
    setPlan(live, { unitCode: '404011', fundSource: '事业收入', amountFen: 4200 });
    // The files as a kill -9 leaves them: the committed edit only in the WAL, and an index
    // (-shm) that must be rebuilt.
    const copy = join(dir, 'b.sqlite');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    writeFileSync(`${copy}-shm`, Buffer.alloc(32768));
    live.close();

    const book = BookDb.open(copy);
    expect(listPlan(book).find((p) => p.fundSource === '事业收入')?.amountFen).toBe(4200);
    book.close();
  });
});
