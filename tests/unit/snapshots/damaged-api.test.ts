/**
 * A damaged book in the app: 打开 is refused with BOOK_DAMAGED naming the newest good snapshot,
 * and snapshots:restore with only the book's path (恢复最近的完好版本 on the start screen) puts that
 * snapshot back and opens it, keeping the damaged bytes beside the book.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { createSampleBook } from '../../../src/main/api/handlers/sample-book';
import { useTempDirs } from '../../helpers/temp-dir';
import { failure } from '../../helpers/api-service';

const tempDir = useTempDirs('bd-damaged-');

describe('a damaged book in the app', () => {
  it('is refused with its newest good snapshot, which restores it', async () => {
    const dir = tempDir();
    const path = join(dir, '预算.sqlite');
    createSampleBook(path);
    const ctx: HandlerContext = { book: null, dataDir: join(dir, 'data') };
    const api = createHandlers(ctx);
    await api['book:open']({ path });
    const snap = await api['book:submit']({ label: '一上' });
    await api['book:close']({});
    const bytes = readFileSync(path);
    for (let i = 4096; i < 4096 * 12; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(path, bytes);

    const e = await failure(api['book:open']({ path }));
    expect(e.code).toBe('BOOK_DAMAGED');
    expect(e.message).toContain('已损坏');
    expect(e.message).toContain(`编号 ${snap.id}`);
    expect(e.message).toContain('恢复最近的完好版本');

    const s = await api['snapshots:restore']({ path });
    expect(s).toMatchObject({ path, lineCount: 25 });
    expect(ctx.book?.path).toBe(path);
    expect(readdirSync(dir).some((n) => n.startsWith('预算.sqlite.损坏-'))).toBe(true);
  });

  it('says so when there is no good snapshot', async () => {
    const dir = tempDir();
    const path = join(dir, '预算.sqlite');
    createSampleBook(path);
    const api = createHandlers({ book: null, dataDir: join(dir, 'data') });
    const e = await failure(api['snapshots:restore']({ path }));
    expect(e.code).toBe('SNAPSHOT_NOT_FOUND');
    expect(e.message).toContain('没有完好的历史版本可恢复');
  });
});
