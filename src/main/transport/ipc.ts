/**
 * The IPC transport: one `ipcMain.handle` for every API call, answering with the same envelope
 * as HTTP. Only our own window's main frame may call; anything else is refused without reaching
 * a handler.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_INVOKE_CHANNEL, type ApiHandlers, type ApiResult } from '../../shared/api/contract';
import { invokeHandler } from './envelope';

export function registerIpc(
  handlers: ApiHandlers,
  isOurWindow: (sender: WebContents) => boolean,
): () => void {
  ipcMain.handle(
    IPC_INVOKE_CHANNEL,
    async (
      event: IpcMainInvokeEvent,
      channel: unknown,
      arg: unknown,
    ): Promise<ApiResult<unknown>> => {
      const fromMainFrame =
        event.senderFrame !== null && event.senderFrame === event.sender.mainFrame;
      if (!isOurWindow(event.sender) || !fromMainFrame) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: '拒绝来自未知窗口的调用，未做任何修改。' },
        };
      }
      return invokeHandler(handlers, typeof channel === 'string' ? channel : String(channel), arg);
    },
  );
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}
