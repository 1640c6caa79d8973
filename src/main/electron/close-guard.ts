/**
 * Closing the window never loses an edit: before the window goes, the renderer is asked to
 * commit the field being typed in and to wait for the saves still on their way (an IPC round
 * trip). Main closes the window when the renderer answers, or after a bounded wait so that a
 * hung page cannot keep the window open.
 */
import { ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { BEFORE_CLOSE_CHANNEL, CLOSE_READY_CHANNEL } from '../../shared/api/contract';

/** Longest wait for the renderer; its own wait for pending saves is a little shorter. */
const CLOSE_WAIT_MS = 6000;

export function guardClose(win: BrowserWindow): void {
  let settled = false;
  let asking = false;
  win.on('close', (event) => {
    if (settled || win.webContents.isDestroyed()) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    const finish = (): void => {
      clearTimeout(timer);
      ipcMain.removeListener(CLOSE_READY_CHANNEL, onReady);
      settled = true;
      if (!win.isDestroyed()) win.close();
    };
    const onReady = (e: IpcMainEvent): void => {
      if (e.sender === win.webContents) finish();
    };
    const timer = setTimeout(finish, CLOSE_WAIT_MS);
    ipcMain.on(CLOSE_READY_CHANNEL, onReady);
    win.webContents.send(BEFORE_CLOSE_CHANNEL);
  });
}
