/**
 * What every store action that calls main shares: a busy flag while it runs, and its failure kept
 * as Chinese text (with main's list of details) for the view to show beside the form.
 */
import { ref } from 'vue';
import { ApiClientError } from '../api/client';

export interface ShownError {
  message: string;
  details: string[];
  /** Main's machine code (e.g. BOOK_DAMAGED), when the failure came from main. */
  code?: string;
}

export function toShown(e: unknown): ShownError {
  if (e instanceof ApiClientError) return { message: e.message, details: e.details, code: e.code };
  return { message: `操作失败：${e instanceof Error ? e.message : String(e)}`, details: [] };
}

/** A busy flag, the last error, and `run(action)`: false when the action failed. */
export function useBusyAction(onStart: () => void = () => {}) {
  const busy = ref(false);
  const error = ref<ShownError | null>(null);

  async function run(action: () => Promise<void>): Promise<boolean> {
    busy.value = true;
    error.value = null;
    onStart();
    try {
      await action();
      return true;
    } catch (e) {
      error.value = toShown(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
