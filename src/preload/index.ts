/**
 * The renderer's only door to main: `window.budgetdesk.invoke(channel, arg)`, limited to the
 * contract's channels. Runs sandboxed, so it is bundled into one file by electron-vite.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, IPC_INVOKE_CHANNEL, type ApiResult } from '../shared/api/contract';

const allowed: ReadonlySet<string> = new Set(CHANNELS);

const bridge = {
  invoke(channel: string, arg: unknown): Promise<ApiResult<unknown>> {
    if (!allowed.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `未知的接口“${channel}”。` },
      });
    }
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, arg) as Promise<ApiResult<unknown>>;
  },
};

contextBridge.exposeInMainWorld('budgetdesk', bridge);
