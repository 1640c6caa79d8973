/**
 * An export from the page: the files store asks where (the system dialog in Electron, the page's
 * own dialog in the browser mode) and hands main only the chosen target — path and whether the
 * clerk agreed to replace — for main to write the file; a cancel writes nothing.
 */
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportTarget, NativeSaveArg } from '../../../src/shared/api/contract';
import { XLSX_FILTER } from '../../../src/renderer/src/api/file-picker';
import { useFilesStore } from '../../../src/renderer/src/stores/files';

beforeEach(() => setActivePinia(createPinia()));
afterEach(() => vi.unstubAllGlobals());

const options = {
  title: '导出全部十三张表',
  filter: XLSX_FILTER,
  name: '2021年甲单位部门预算公开表.xlsx',
  near: '/预算/甲单位.sqlite',
};

/** Electron: the preload's dialog bridge answering `answer`, recording what it was asked. */
function nativeDialog(answer: string | null): NativeSaveArg[] {
  const asked: NativeSaveArg[] = [];
  vi.stubGlobal('window', {
    budgetdesk: {
      dialog: {
        open: async () => null,
        save: async (arg: NativeSaveArg) => (asked.push(arg), answer),
      },
    },
  });
  return asked;
}

describe('files.exportTo', () => {
  it('Electron: the system dialog picks the path; main is asked to write there', async () => {
    const asked = nativeDialog('/导出/公开表');
    const targets: ExportTarget[] = [];
    const written = await useFilesStore().exportTo(options, async (t) => {
      targets.push(t);
      return { path: t.path, size: 1234 };
    });
    expect(asked).toEqual([
      {
        title: '导出全部十三张表',
        filter: XLSX_FILTER,
        defaultPath: '/预算/2021年甲单位部门预算公开表.xlsx',
      },
    ]);
    // The system dialog asked before replacing, so its answer is consent.
    expect(targets).toEqual([{ path: '/导出/公开表.xlsx', overwrite: true }]);
    expect(written).toEqual({ path: '/导出/公开表.xlsx', size: 1234 });
  });

  it('a cancelled dialog writes nothing', async () => {
    nativeDialog(null);
    const write = vi.fn();
    expect(await useFilesStore().exportTo(options, write)).toBeNull();
    expect(write).not.toHaveBeenCalled();
  });

  it('browser mode: the page’s dialog (confirming an existing file) gives the target', async () => {
    vi.stubGlobal('window', {});
    const files = useFilesStore();
    const targets: ExportTarget[] = [];
    const done = files.exportTo(options, async (t) => (targets.push(t), { path: t.path, size: 1 }));
    expect(files.request).toMatchObject({
      mode: 'save',
      name: options.name,
      dir: '/预算',
      existing: 'confirm',
    });
    files.finish({ path: '/预算/公开表.xlsx', replace: false });
    expect(await done).toEqual({ path: '/预算/公开表.xlsx', size: 1 });
    expect(targets).toEqual([{ path: '/预算/公开表.xlsx', overwrite: false }]);
  });
});
