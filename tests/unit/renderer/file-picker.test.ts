/**
 * The renderer's one file picker: with a native bridge (Electron) it asks the system dialog and
 * never shows the page's own; without one (browser mode) it shows the page's dialog. A fake
 * bridge and a fake in-page dialog record what each was asked.
 */
import { describe, expect, it } from 'vitest';
import {
  XLSX_FILTER,
  createFilePicker,
  folderOf,
  joinPath,
  nameOf,
  withExtension,
  type InPageDialog,
  type NativeDialogBridge,
  type PickRequest,
} from '../../../src/renderer/src/api/file-picker';

function fakes(nativeAnswer: string | null) {
  const nativeCalls: unknown[] = [];
  const inPageCalls: PickRequest[] = [];
  const bridge: NativeDialogBridge = {
    open: async (arg) => (nativeCalls.push(['open', arg]), nativeAnswer),
    save: async (arg) => (nativeCalls.push(['save', arg]), nativeAnswer),
  };
  const inPage: InPageDialog = {
    open: async (r) => (inPageCalls.push(r), '/页面/选的.xlsx'),
    save: async (r) => (inPageCalls.push(r), { path: '/页面/存的.xlsx', replace: false }),
  };
  return { bridge, inPage, nativeCalls, inPageCalls };
}

const openReq = { title: '选择上年公开表工作簿', filter: XLSX_FILTER, dir: '/预算' };
const saveReq = { ...openReq, name: '表1.xlsx', existing: 'confirm' as const };

describe('file picker', () => {
  it('uses the system dialog when the Electron bridge is there, and only it', async () => {
    const f = fakes('/系统/选的.xlsx');
    const picker = createFilePicker(() => f.bridge, f.inPage);
    expect(picker.native).toBe(true);
    expect(await picker.open(openReq)).toBe('/系统/选的.xlsx');
    expect(await picker.save(saveReq)).toEqual({ path: '/系统/选的.xlsx', replace: true });
    expect(f.nativeCalls).toEqual([
      ['open', { title: openReq.title, filter: XLSX_FILTER, defaultPath: '/预算' }],
      ['save', { title: openReq.title, filter: XLSX_FILTER, defaultPath: '/预算/表1.xlsx' }],
    ]);
    expect(f.inPageCalls).toEqual([]);
  });

  it('passes a cancel through as null, and adds a missing extension to a saved name', async () => {
    expect(await createFilePicker(() => fakes(null).bridge, fakes(null).inPage).open(openReq)).toBe(
      null,
    );
    const f = fakes('C:\\预算\\表1');
    const picker = createFilePicker(() => f.bridge, f.inPage);
    expect(await picker.save({ ...saveReq, existing: 'refuse' })).toEqual({
      path: 'C:\\预算\\表1.xlsx',
      replace: false,
    });
  });

  it('shows the page dialog in the browser mode (no bridge)', async () => {
    const f = fakes('/系统/不该用.xlsx');
    const picker = createFilePicker(() => undefined, f.inPage);
    expect(picker.native).toBe(false);
    expect(await picker.open(openReq)).toBe('/页面/选的.xlsx');
    expect(await picker.save(saveReq)).toEqual({ path: '/页面/存的.xlsx', replace: false });
    expect(f.inPageCalls).toEqual([
      { mode: 'open', ...openReq },
      { mode: 'save', ...saveReq },
    ]);
    expect(f.nativeCalls).toEqual([]);
  });

  it('joins and splits paths in the folder’s own style', () => {
    expect(joinPath('D:\\预算', 'a.xlsx')).toBe('D:\\预算\\a.xlsx');
    expect(joinPath('/home/预算/', 'a.xlsx')).toBe('/home/预算/a.xlsx');
    expect(folderOf('D:\\预算\\a.xlsx')).toBe('D:\\预算');
    expect(nameOf('/home/预算/a.xlsx')).toBe('a.xlsx');
    expect(withExtension('表1.XLSX', XLSX_FILTER)).toBe('表1.XLSX');
    expect(withExtension('表1', XLSX_FILTER)).toBe('表1.xlsx');
  });
});
