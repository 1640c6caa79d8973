/**
 * Exports as the app makes them: main writes the file at a path (here a fresh temporary folder)
 * and the test reads the bytes back from disk, as the clerk would open the file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiHandlers, ArgOf } from '../../src/shared/api/contract';

async function writtenBytes(
  name: string,
  write: (path: string) => Promise<unknown>,
): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'bd-export-'));
  try {
    const path = join(dir, name);
    await write(path);
    return readFileSync(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The workbook export:xlsx writes for `arg` (all tables, or `table`). */
export function exportedXlsx(
  api: Pick<ApiHandlers, 'export:xlsx'>,
  arg: Omit<ArgOf<'export:xlsx'>, 'path' | 'overwrite'> = {},
): Promise<Buffer> {
  return writtenBytes('导出.xlsx', (path) => api['export:xlsx']({ ...arg, path }));
}

/** The document export:document writes for `arg`. */
export function exportedDocument(
  api: Pick<ApiHandlers, 'export:document'>,
  arg: Omit<ArgOf<'export:document'>, 'path' | 'overwrite'>,
): Promise<Buffer> {
  return writtenBytes(`导出.${arg.format}`, (path) => api['export:document']({ ...arg, path }));
}
