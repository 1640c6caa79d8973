/**
 * Electron glue: one locked-down window, the API and the system dialogs served over IPC, the book
 * closed on quit. Every edit is committed by its handler at once, and closing the window first
 * lets the page send the edit being typed (electron/close-guard), so no work is lost. The content
 * security policy is the renderer's <meta> tag, since file:// pages carry no response headers.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, type WebContents } from 'electron';
import { ApiService } from './api/dispatch';
import { guardClose } from './electron/close-guard';
import { registerDialogs } from './electron/dialogs';
import { printHtmlWithElectron } from './electron/print-pdf';
import { useNativeBinding } from './ledger/native-binding';
import { registerIpc } from './transport/ipc';

const api = new ApiService({ dataDir: '', printPdf: printHtmlWithElectron });
let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '部门预算编制',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  guardClose(win);
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // The app is one page; any navigation away (a dropped file, a stray link) is refused.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devUrl) void win.loadURL(devUrl);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
  win.on('closed', () => {
    mainWindow = null;
  });
  return win;
}

if (!app.requestSingleInstanceLock()) {
  // A second instance would open the same book files twice; hand over to the first.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    api.app.dataDir = app.getPath('userData');
    // better-sqlite3 built for Electron's ABI (scripts/electron-native.mjs), not the Node build.
    const native = app.isPackaged
      ? join(process.resourcesPath, 'electron-native', 'better_sqlite3.node')
      : join(app.getAppPath(), 'build', 'electron-native', 'better_sqlite3.node');
    if (existsSync(native)) useNativeBinding(native);
    const isOurWindow = (sender: WebContents): boolean => sender === mainWindow?.webContents;
    registerIpc(api, isOurWindow);
    registerDialogs(isOurWindow);
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => api.close());
}
