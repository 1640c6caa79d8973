/**
 * Rotation (the newest 20, one a day for 30 days, every 报送稿), the 10-minute snapshot while the
 * book changes, and the open book that was replaced on disk: saves stop with a Chinese message
 * and 另存为新文件 keeps what the app held.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { AUTOSNAPSHOT_MS } from '../../../src/main/api/autosnapshot';
import { createHandlers } from '../../../src/main/api/handlers';
import { createSampleBook } from '../../../src/main/api/handlers/sample-book';
import { snapshotsToDrop } from '../../../src/main/snapshots/rotate';
import type { SnapshotInfo } from '../../../src/shared/snapshots';
import { useTempDirs } from '../../helpers/temp-dir';
import { failure } from '../../helpers/api-service';

const tempDir = useTempDirs('bd-rotation-');

function snap(createdAt: string, label?: string): SnapshotInfo {
  const id = createdAt.replace(/[-:.]/g, '');
  return {
    id,
    createdAt,
    reason: label ? 'submit' : 'autosave',
    lineCount: 0,
    totalFen: 0,
    incomeFen: 0,
    sha256: '',
    ...(label ? { label } : {}),
  };
}

describe('rotation', () => {
  it('keeps the newest 20, the newest of each of the last 30 days and every 报送稿', () => {
    const now = new Date('2026-12-02T12:00:00.000Z');
    const all: SnapshotInfo[] = [];
    // 40 days, 3 a day; the first day's first one is a 报送稿.
    for (let d = 40; d >= 1; d--) {
      for (const h of ['08', '12', '16']) {
        const t = new Date(now.getTime() - d * 86400000);
        const day = t.toISOString().slice(0, 10);
        all.push(snap(`${day}T${h}:00:00.000Z`, d === 40 && h === '08' ? '一上' : undefined));
      }
    }
    const dropped = new Set(snapshotsToDrop(all, now).map((s) => s.id));
    const kept = all.filter((s) => !dropped.has(s.id));
    expect(kept.some((s) => s.label === '一上')).toBe(true);
    for (const s of all.slice(-20)) expect(dropped.has(s.id)).toBe(false);
    const days = new Set(kept.map((s) => s.createdAt.slice(0, 10)));
    // 30 days back from now, each still has its newest (16:00) snapshot.
    for (let d = 1; d <= 29; d++) {
      const day = new Date(now.getTime() - d * 86400000).toISOString().slice(0, 10);
      expect(days.has(day)).toBe(true);
      expect(kept.some((s) => s.createdAt === `${day}T16:00:00.000Z`)).toBe(true);
    }
    expect(kept.length).toBeLessThan(20 + 31 + 1);
    expect(
      kept.some((s) =>
        s.createdAt.startsWith(new Date(now.getTime() - 35 * 86400000).toISOString().slice(0, 10)),
      ),
    ).toBe(false);
  });
});

describe('the open book on disk', () => {
  function session(dir: string, clock = { t: Date.now() }) {
    const path = join(dir, '预算.sqlite');
    createSampleBook(path);
    const ctx: HandlerContext = { book: null, dataDir: join(dir, 'data'), now: () => clock.t };
    return { api: createHandlers(ctx), ctx, path, clock };
  }

  it('takes a snapshot after 10 minutes of editing, and none while nothing changed', async () => {
    const { api, path, clock } = session(tempDir());
    await api['book:open']({ path });
    await api['lines:list']({});
    clock.t += AUTOSNAPSHOT_MS + 1;
    await api['lines:list']({});
    expect(await api['snapshots:list']({})).toEqual([]);
    await api['plan:set']({
      entry: { unitCode: '404011', fundSource: '事业收入', amountFen: 100000 },
    });
    clock.t += AUTOSNAPSHOT_MS + 1;
    await api['lines:list']({});
    const list = await api['snapshots:list']({});
    expect(list.map((s) => [s.reason, s.incomeFen])).toEqual([['autosave', 968830000]]);
  });

  it('a book replaced while open: the save is refused in Chinese; 另存为新文件 keeps the edits', async () => {
    const dir = tempDir();
    const { api, path } = session(dir);
    await api['book:open']({ path });
    await api['plan:set']({
      entry: { unitCode: '404011', fundSource: '事业收入', amountFen: 100000 },
    });
    // Another program writes a new book over it (as `budgetdesk sample --force` does).
    createSampleBook(join(dir, 'other.sqlite'));
    renameSync(join(dir, 'other.sqlite'), path);
    const e = await failure(
      api['plan:set']({ entry: { unitCode: '404011', fundSource: '事业收入', amountFen: 200000 } }),
    );
    expect(e.code).toBe('BOOK_REPLACED');
    expect(e.message).toContain(`预算文件“${path}”在打开期间被另一个文件替换了`);
    expect(e.message).toContain('另存为新文件');

    const saved = join(dir, '另存.sqlite');
    const s = await api['book:save-as']({ path: saved });
    expect(s.path).toBe(saved);
    const plan = await api['plan:list']({});
    expect(plan.find((p) => p.fundSource === '事业收入')?.amountFen).toBe(100000);
    // The file now at the old path is the other book, untouched by the open one's edits.
    await api['book:open']({ path });
    expect((await api['plan:list']({})).some((p) => p.fundSource === '事业收入')).toBe(false);
    expect(await api['snapshots:list']({})).toEqual([]);
  });

  it('a book deleted while open is reported as moved or deleted', async () => {
    const dir = tempDir();
    const { api, path } = session(dir);
    await api['book:open']({ path });
    renameSync(path, join(dir, '别处.sqlite'));
    const e = await failure(api['lines:list']({}));
    expect(e.code).toBe('BOOK_REPLACED');
    expect(e.message).toContain('已被移走、改名或删除');
    expect(existsSync(path)).toBe(false);
  });
});
