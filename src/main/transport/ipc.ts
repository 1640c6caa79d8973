/**
 * The IPC transport: one `ipcMain.handle` for every API call (channel, argument, the window's
 * book session), answering with the same envelope as HTTP; and the change sets of the session a
 * window watches, sent to it as events. Only our own windows' main frames may call; anything else
 * is refused without reaching a handler.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  CHANGES_CHANNEL,
  IPC_INVOKE_CHANNEL,
  WATCH_SESSION_CHANNEL,
  type ApiResult,
} from '../../shared/api/contract';
import type { ApiService } from '../api/dispatch';

const FORBIDDEN: ApiResult<unknown> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝来自未知窗口的调用，未做任何修改。' },
};

export function registerIpc(
  api: ApiService,
  isOurWindow: (sender: WebContents) => boolean,
): () => void {
  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent): boolean =>
    isOurWindow(event.sender) &&
    event.senderFrame !== null &&
    event.senderFrame === event.sender.mainFrame;

  ipcMain.handle(
    IPC_INVOKE_CHANNEL,
    async (
      event: IpcMainInvokeEvent,
      channel: unknown,
      arg: unknown,
      session: unknown,
    ): Promise<ApiResult<unknown>> => {
      if (!trusted(event)) return FORBIDDEN;
      return api.invoke(
        typeof channel === 'string' ? channel : String(channel),
        arg,
        typeof session === 'string' ? session : null,
      );
    },
  );

  /** Per window: the session it watches and how to stop; the window leaves it when it closes. */
  const watching = new Map<WebContents, { session: string; stop: () => void }>();
  const onWatch = (event: IpcMainEvent, session: unknown): void => {
    if (!trusted(event) || typeof session !== 'string') return;
    const sender = event.sender;
    const before = watching.get(sender);
    before?.stop();
    if (!before) sender.once('destroyed', () => leave(sender));
    const stop = api.subscribe(session, (changes) => {
      if (!sender.isDestroyed()) sender.send(CHANGES_CHANNEL, changes);
    });
    watching.set(sender, { session, stop });
  };
  const leave = (sender: WebContents): void => {
    const w = watching.get(sender);
    if (!w) return;
    w.stop();
    watching.delete(sender);
    api.sessions.release(w.session);
  };
  ipcMain.on(WATCH_SESSION_CHANNEL, onWatch);

  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    ipcMain.removeListener(WATCH_SESSION_CHANNEL, onWatch);
    for (const w of watching.values()) w.stop();
    watching.clear();
  };
}
