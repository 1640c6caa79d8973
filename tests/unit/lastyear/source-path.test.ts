/**
 * Files stay in main: the app names the chosen workbook by its path (`source`) and main reads it
 * — for 上年数 preview and for restoring a book — so its bytes never travel through the page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiService } from '../../../src/main/api/dispatch';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-source-');

describe('workbooks named by path', () => {
  it('lastyear:preview and book:import-workbook read the chosen file in main', async () => {
    const dir = tempDir();
    const service = new ApiService({ dataDir: join(dir, 'data') });
    try {
      const opened = await service.invoke('book:open-sample', { path: join(dir, 's.sqlite') });
      if (!opened.ok) throw new Error(opened.error.message);
      const session = (opened.data as { session: string }).session;
      const xlsx = join(dir, '公开表.xlsx');
      const file = await service.invoke('export:xlsx', { path: xlsx }, session);
      if (!file.ok) throw new Error(file.error.message);

      const preview = await service.invoke('lastyear:preview', { source: xlsx }, session);
      expect(preview.ok).toBe(true);
      if (preview.ok) expect((preview.data as { tables: unknown[] }).tables.length).toBe(13);

      const restored = await service.invoke(
        'book:import-workbook',
        { source: xlsx, path: join(dir, '还原.sqlite') },
        session,
      );
      expect(restored).toMatchObject({ ok: true, data: { path: join(dir, '还原.sqlite') } });

      // The window now holds the restored book's session (the sample's was left and closed).
      const now = restored.ok ? (restored.data as { session: string }).session : null;
      expect(service.sessions.get(session)).toBeUndefined();
      const missing = await service.invoke(
        'lastyear:preview',
        { source: join(dir, '无.xlsx') },
        now,
      );
      expect(missing).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } });
    } finally {
      service.close();
    }
  });
});
