/**
 * The Electron glue against a fake `electron` module: main/index.ts opens one locked-down window
 * and serves the API only to it; the IPC transport checks sender and frame, carries the window's
 * book session and pushes its change sets; the dialogs refuse strangers and answer paths, which
 * main writes exports to (no file bytes through the page); the preload exposes only the
 * contract's channels (no files:read / files:write); the close guard waits for pending saves.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  BEFORE_CLOSE_CHANNEL,
  CHANGES_CHANNEL,
  CLOSE_READY_CHANNEL,
  DIALOG_OPEN_CHANNEL,
  DIALOG_SAVE_CHANNEL,
  IPC_INVOKE_CHANNEL,
  WATCH_SESSION_CHANNEL,
} from '../../../src/shared/api/contract';
import { ApiService } from '../../../src/main/api/dispatch';
import { registerIpc } from '../../../src/main/transport/ipc';
import { registerDialogs } from '../../../src/main/electron/dialogs';
import { guardClose } from '../../../src/main/electron/close-guard';
import * as electron from '../../helpers/fake-electron';

vi.mock('electron', () => import('../../helpers/fake-electron'));

const { BrowserWindow, ipcMain, ipcRenderer, contextBridge, dialog } = electron;
const dir = mkdtempSync(join(tmpdir(), 'bd-electron-'));
const XLSX = { name: 'Excel 工作簿', extensions: ['.xlsx'] };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Handler = (...a: unknown[]) => Promise<unknown>;
const handler = (channel: string): Handler => ipcMain.handlers.get(channel) as Handler;
const eventFrom = (
  win: InstanceType<typeof BrowserWindow>,
  frame: unknown = win.webContents.mainFrame,
) => ({
  sender: win.webContents,
  senderFrame: frame,
});

describe('main/index.ts', () => {
  it('opens one window with context isolation, sandbox, no Node, no new windows, no navigation', async () => {
    await import('../../../src/main/index');
    await new Promise((r) => setTimeout(r, 0));
    expect(BrowserWindow.created).toHaveLength(1);
    const win = BrowserWindow.created[0];
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(win.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
    const nav = { prevented: false, preventDefault: () => (nav.prevented = true) };
    win.webContents.emit('will-navigate', nav, 'https://example.com');
    expect(nav.prevented).toBe(true);
    expect(ipcMain.handlers.has(IPC_INVOKE_CHANNEL)).toBe(true);
    // The app answers its own window; a stranger's call reaches no handler.
    const ok = (await handler(IPC_INVOKE_CHANNEL)(eventFrom(win), 'book:summary', {}, null)) as {
      ok: boolean;
    };
    expect(ok).toEqual({ ok: true, data: null });
    const stranger = new BrowserWindow({});
    const refused = (await handler(IPC_INVOKE_CHANNEL)(
      eventFrom(stranger),
      'book:summary',
      {},
    )) as {
      error: { code: string };
    };
    expect(refused.error.code).toBe('FORBIDDEN');
    ipcMain.handlers.clear();
    ipcMain.removeAllListeners();
  });
});

describe('transport/ipc.ts', () => {
  it('checks sender and frame, carries the session and pushes its change sets to watchers', async () => {
    const api = new ApiService({ dataDir: join(dir, 'data') });
    const a = new BrowserWindow({});
    const b = new BrowserWindow({});
    const ours = new Set([a.webContents, b.webContents]);
    const stop = registerIpc(api, (wc) => ours.has(wc as never));
    const invoke = handler(IPC_INVOKE_CHANNEL);
    const sub = await invoke(eventFrom(a, { name: 'iframe' }), 'app:info', {});
    expect(sub).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const opened = (await invoke(
      eventFrom(a),
      'book:open-sample',
      { path: join(dir, 's.sqlite') },
      null,
    )) as {
      ok: true;
      data: { session: string };
    };
    const session = opened.data.session;
    const joined = (await invoke(
      eventFrom(b),
      'book:open',
      { path: join(dir, 's.sqlite') },
      null,
    )) as {
      data: { session: string };
    };
    expect(joined.data.session).toBe(session);
    ipcMain.emit(WATCH_SESSION_CHANNEL, eventFrom(a), session);
    ipcMain.emit(WATCH_SESSION_CHANNEL, eventFrom(b), session);
    const texts = { mainDuties: '职责', organization: '机构', budgetComposition: '构成' };
    const saved = (await invoke(eventFrom(a), 'texts:set', { texts }, session)) as {
      changes: { seq: number };
    };
    expect(saved.changes.seq).toBe(1);
    for (const w of [a, b]) {
      expect(w.webContents.sent).toContainEqual([
        CHANGES_CHANNEL,
        expect.objectContaining({ session, seq: 1, texts }),
      ]);
    }
    // A closed window leaves the session; the book stays open for the other one.
    a.webContents.emit('destroyed');
    expect(api.sessions.get(session)?.holders).toBe(1);
    stop();
    api.close();
  });
});

describe('electron/dialogs.ts', () => {
  it('opens the system dialog for our main frame only', async () => {
    const win = new BrowserWindow({});
    const stop = registerDialogs((wc) => (wc as unknown) === win.webContents);
    const open = handler(DIALOG_OPEN_CHANNEL);
    const arg = {
      title: '选择上年公开表',
      filter: { name: 'Excel 工作簿', extensions: ['.xlsx'] },
    };
    expect(await open(eventFrom(win), arg)).toBe('/chosen/上年.xlsx');
    expect(dialog.shown.at(-1)?.[0]).toBe(win);
    const before = dialog.shown.length;
    expect(await open(eventFrom(win, { name: 'iframe' }), arg)).toBeNull();
    expect(await open(eventFrom(new BrowserWindow({})), arg)).toBeNull();
    expect(await open(eventFrom(win), { title: 1 })).toBeNull();
    expect(dialog.shown.length).toBe(before);
    stop();
  });
});

describe('files stay in main (Electron)', () => {
  it('the save dialog returns a path; export:xlsx over IPC writes the workbook there', async () => {
    const api = new ApiService({ dataDir: join(dir, 'data-export') });
    const win = new BrowserWindow({});
    const ours = (wc: unknown): boolean => wc === win.webContents;
    const stopIpc = registerIpc(api, ours as never);
    const stopDialogs = registerDialogs(ours as never);
    const invoke = handler(IPC_INVOKE_CHANNEL);
    const opened = (await invoke(
      eventFrom(win),
      'book:open-sample',
      { path: join(dir, 'export-sample.sqlite') },
      null,
    )) as { data: { session: string } };

    mkdirSync(join(dir, '导出'));
    dialog.savePath = join(dir, '导出', '公开表.xlsx');
    const save = { title: '导出全部十三张表', filter: XLSX, defaultPath: '公开表.xlsx' };
    const chosen = await handler(DIALOG_SAVE_CHANNEL)(eventFrom(win), save);
    expect(chosen).toBe(dialog.savePath);
    expect(await handler(DIALOG_SAVE_CHANNEL)(eventFrom(win, { name: 'iframe' }), save)).toBeNull();

    const answer = await invoke(
      eventFrom(win),
      'export:xlsx',
      { path: chosen, overwrite: true, table: 1 },
      opened.data.session,
    );
    // The page hears where the file went and its size; the bytes stay in main.
    expect(answer).toEqual({
      ok: true,
      data: { path: chosen, size: statSync(chosen as string).size },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(chosen as string);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表1 收支总体情况表']);
    stopDialogs();
    stopIpc();
    api.close();
  });
});

describe('electron/close-guard.ts', () => {
  it('holds the window until the page says its saves are done', () => {
    const win = new BrowserWindow({});
    guardClose(win as never);
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(win.webContents.sent).toContainEqual([BEFORE_CLOSE_CHANNEL]);
    ipcMain.emit(CLOSE_READY_CHANNEL, { sender: new BrowserWindow({}).webContents });
    expect(win.isDestroyed()).toBe(false); // another window's answer does not count
    ipcMain.emit(CLOSE_READY_CHANNEL, { sender: win.webContents });
    expect(win.isDestroyed()).toBe(true);
  });
});

describe('preload', () => {
  it('exposes invoke for the contract channels only, carrying the session; watch subscribes', async () => {
    await import('../../../src/preload/index');
    const bridge = contextBridge.exposed.budgetdesk as {
      invoke(
        c: string,
        a: unknown,
        s?: string | null,
      ): Promise<{ ok: boolean; error?: { code: string } }>;
      watch(s: string, cb: (c: unknown) => void): void;
      dialog: { save(a: unknown): Promise<unknown> };
    };
    const refused = await bridge.invoke('shell:exec', { cmd: 'rm' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    // No channel moves file bytes between page and main any more.
    for (const gone of ['files:read', 'files:write']) {
      expect(await bridge.invoke(gone, { path: '/etc/passwd' })).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    }
    expect(ipcRenderer.invoked).toEqual([]);
    await bridge.invoke('app:info', {}, 'S1');
    expect(ipcRenderer.invoked).toEqual([[IPC_INVOKE_CHANNEL, 'app:info', {}, 'S1']]);
    const got: unknown[] = [];
    bridge.watch('S1', (c) => got.push(c));
    expect(ipcRenderer.sentToMain).toContainEqual([WATCH_SESSION_CHANNEL, 'S1']);
    ipcRenderer.emit(CHANGES_CHANNEL, {}, { session: 'S1', seq: 1 });
    expect(got).toEqual([{ session: 'S1', seq: 1 }]);
    // The system's save dialog answers a path (main's dialogs module), nothing else.
    const save = { title: '导出表1', filter: XLSX, defaultPath: '表1.xlsx' };
    await bridge.dialog.save(save);
    expect(ipcRenderer.invoked.at(-1)).toEqual([DIALOG_SAVE_CHANNEL, save]);
  });
});
