/// <reference types="vite/client" />

import type { ChangeSet } from '../../shared/api/changes';
import type { ApiResult } from '../../shared/api/contract';
import type { NativeDialogBridge } from './api/file-picker';

/** What src/preload exposes inside Electron; absent in the browser mode. */
export interface BudgetDeskBridge {
  invoke(channel: string, arg: unknown, session?: string | null): Promise<ApiResult<unknown>>;
  /** Asks main for the change sets of the window's book session. */
  watch?(session: string, callback: (changes: ChangeSet) => void): void;
  /** The system's open / save dialogs (answered by the Electron main process). */
  dialog?: NativeDialogBridge;
  /**
   * Main asks, when the window is about to close, for the edit being typed to be committed
   * and pending saves finished; the callback's promise settles when they are.
   */
  onBeforeClose?(callback: () => Promise<void>): void;
}

declare global {
  interface Window {
    budgetdesk?: BudgetDeskBridge;
  }
}
