/**
 * The renderer's only door to main: `window.budgetdesk.invoke(channel, arg, session)`, limited to
 * the contract's channels; the change sets of the book session the window watches; the system's
 * open / save dialogs; and the before-close round trip.
 * Runs sandboxed, so it is bundled into one file by electron-vite.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  BEFORE_CLOSE_CHANNEL,
  CHANGES_CHANNEL,
  CHANNELS,
  CLOSE_READY_CHANNEL,
  DIALOG_OPEN_CHANNEL,
  DIALOG_SAVE_CHANNEL,
  IPC_INVOKE_CHANNEL,
  WATCH_SESSION_CHANNEL,
  type ApiResult,
  type NativeOpenArg,
  type NativeSaveArg,
} from '../shared/api/contract';
import type { ChangeSet } from '../shared/api/changes';

const allowed: ReadonlySet<string> = new Set(CHANNELS);

const bridge = {
  invoke(channel: string, arg: unknown, session?: string | null): Promise<ApiResult<unknown>> {
    if (!allowed.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `未知的接口“${channel}”。` },
      });
    }
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, arg, session ?? null) as Promise<
      ApiResult<unknown>
    >;
  },
  /** Asks main for the change sets of `session` (the window's book); `callback` gets each. */
  watch(session: string, callback: (changes: ChangeSet) => void): void {
    ipcRenderer.removeAllListeners(CHANGES_CHANNEL);
    ipcRenderer.on(CHANGES_CHANNEL, (_event, changes: ChangeSet) => callback(changes));
    ipcRenderer.send(WATCH_SESSION_CHANNEL, session);
  },
  dialog: {
    open: (arg: NativeOpenArg) =>
      ipcRenderer.invoke(DIALOG_OPEN_CHANNEL, arg) as Promise<string | null>,
    save: (arg: NativeSaveArg) =>
      ipcRenderer.invoke(DIALOG_SAVE_CHANNEL, arg) as Promise<string | null>,
  },
  /** The page's callback commits its edits; main may close once its promise settles. */
  onBeforeClose(callback: () => Promise<void>): void {
    ipcRenderer.removeAllListeners(BEFORE_CLOSE_CHANNEL);
    ipcRenderer.on(BEFORE_CLOSE_CHANNEL, () => {
      void callback()
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(CLOSE_READY_CHANNEL));
    });
  },
};

contextBridge.exposeInMainWorld('budgetdesk', bridge);
