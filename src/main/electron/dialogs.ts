/**
 * The system's open / save dialogs for the renderer (window.budgetdesk.dialog in the preload),
 * attached to our window so they are modal to it. Only our window may ask; an argument that is
 * not the expected shape is refused rather than shown half-filled. Titles and filters come from
 * the renderer in Chinese; the "all files" entry is added here.
 */
import {
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import {
  DIALOG_OPEN_CHANNEL,
  DIALOG_SAVE_CHANNEL,
  type FileFilter,
  type NativeOpenArg,
  type NativeSaveArg,
} from '../../shared/api/contract';

function isFilter(v: unknown): v is FileFilter {
  const f = v as FileFilter | null;
  return (
    typeof f?.name === 'string' &&
    Array.isArray(f.extensions) &&
    f.extensions.every((x) => typeof x === 'string')
  );
}

function isOpenArg(v: unknown): v is NativeOpenArg {
  const a = v as NativeOpenArg | null;
  return (
    typeof a?.title === 'string' &&
    isFilter(a.filter) &&
    (a.defaultPath === undefined || typeof a.defaultPath === 'string')
  );
}

function isSaveArg(v: unknown): v is NativeSaveArg {
  const a = v as NativeSaveArg | null;
  return typeof a?.title === 'string' && isFilter(a.filter) && typeof a.defaultPath === 'string';
}

/** Electron's filter: extensions without the dot. */
const filters = (f: FileFilter): Electron.FileFilter[] => [
  { name: f.name, extensions: f.extensions.map((x) => x.replace(/^\./, '')) },
  { name: '所有文件', extensions: ['*'] },
];

export function registerDialogs(isOurWindow: (sender: WebContents) => boolean): () => void {
  // Only our window's main frame may open a dialog (as for API calls, transport/ipc.ts).
  const windowOf = (event: IpcMainInvokeEvent): BrowserWindow | null =>
    isOurWindow(event.sender) &&
    event.senderFrame !== null &&
    event.senderFrame === event.sender.mainFrame
      ? BrowserWindow.fromWebContents(event.sender)
      : null;

  ipcMain.handle(DIALOG_OPEN_CHANNEL, async (event, arg: unknown): Promise<string | null> => {
    const win = windowOf(event);
    if (!win || !isOpenArg(arg)) return null;
    const res = await dialog.showOpenDialog(win, {
      title: arg.title,
      defaultPath: arg.defaultPath,
      buttonLabel: '打开',
      filters: filters(arg.filter),
      properties: ['openFile'],
    });
    return res.canceled ? null : (res.filePaths[0] ?? null);
  });

  ipcMain.handle(DIALOG_SAVE_CHANNEL, async (event, arg: unknown): Promise<string | null> => {
    const win = windowOf(event);
    if (!win || !isSaveArg(arg)) return null;
    const res = await dialog.showSaveDialog(win, {
      title: arg.title,
      defaultPath: arg.defaultPath,
      buttonLabel: '保存',
      filters: filters(arg.filter),
      // Linux asks before replacing only when told to; Windows and macOS always ask.
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    return res.canceled || !res.filePath ? null : res.filePath;
  });

  return () => {
    ipcMain.removeHandler(DIALOG_OPEN_CHANNEL);
    ipcMain.removeHandler(DIALOG_SAVE_CHANNEL);
  };
}
