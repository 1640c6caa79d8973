/**
 * A fake `electron` module for testing the Electron glue in plain Node (vi.mock('electron')):
 * ipcMain / ipcRenderer as event emitters that record handlers and sends, BrowserWindow and
 * webContents that record their options and listeners, app, dialog and contextBridge stubs.
 * Only what the glue uses; every call is recorded for the tests to inspect.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = { name: 'main' };
  readonly sent: unknown[][] = [];
  destroyed = false;
  openHandler: ((d: unknown) => unknown) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(fn: (d: unknown) => unknown): void {
    this.openHandler = fn;
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  loaded: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((w) => !w.destroyed);
  }
  static fromWebContents(wc: unknown): BrowserWindow | null {
    return BrowserWindow.created.find((w) => w.webContents === wc) ?? null;
  }
  /** Like Electron: 'close' may be prevented; otherwise the window is destroyed. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  loadFile(path: string): Promise<void> {
    this.loaded = path;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
}

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, (...a: unknown[]) => unknown>();
  handle(channel: string, fn: (...a: unknown[]) => unknown): void {
    this.handlers.set(channel, fn);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}
export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  readonly invoked: unknown[][] = [];
  readonly sentToMain: unknown[][] = [];
  invoke(...args: unknown[]): Promise<unknown> {
    this.invoked.push(args);
    return Promise.resolve({ ok: true, data: null });
  }
  send(...args: unknown[]): void {
    this.sentToMain.push(args);
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed[key] = api;
  },
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready: Promise<void> = Promise.resolve();
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  getPath(): string {
    return tmpdir();
  }
  getAppPath(): string {
    return tmpdir();
  }
  quit(): void {}
}
export const app = new FakeApp();

export const dialog = {
  shown: [] as unknown[][],
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    dialog.shown.push(args);
    return Promise.resolve({ canceled: false, filePaths: ['/chosen/上年.xlsx'] });
  },
  /** What the clerk picks in the next save dialog. */
  savePath: '/chosen/公开表.xlsx',
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    dialog.shown.push(args);
    return Promise.resolve({ canceled: false, filePath: dialog.savePath });
  },
};

export default { ipcMain, ipcRenderer, contextBridge, app, dialog, BrowserWindow };
