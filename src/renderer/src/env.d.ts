/// <reference types="vite/client" />

import type { ApiResult } from '../../shared/api/contract';

/** What src/preload exposes inside Electron; absent in the browser mode. */
export interface BudgetDeskBridge {
  invoke(channel: string, arg: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    budgetdesk?: BudgetDeskBridge;
  }
}
