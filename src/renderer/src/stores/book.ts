/**
 * The open budget book as the renderer knows it, and the start-screen actions that open one.
 * Opening (or creating) a book makes its session this window's: later calls name it and its
 * change sets arrive. Failures are kept as `error` (Chinese text from main) for the view.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ArgOf, BookSummary } from '../../../shared/api/contract';
import { api, useSession } from '../api/client';
import { useBusyAction } from './busy-action';

export type { ShownError } from './busy-action';

export const useBookStore = defineStore('book', () => {
  const summary = ref<BookSummary | null>(null);

  /** Makes `next` the open book of this window (null: none), joining its session first. */
  function adopt(next: BookSummary | null): void {
    useSession(next?.session ?? null);
    summary.value = next;
  }
  const recent = ref<string[]>([]);
  const version = ref('');
  const booksDir = ref('');
  const loaded = ref(false);
  /** `run` keeps the busy flag and a failure's Chinese text for the start screen. */
  const { busy, error, run } = useBusyAction();

  async function refreshInfo(): Promise<void> {
    const info = await api.call('app:info', {});
    version.value = info.version;
    recent.value = info.recent;
    booksDir.value = info.booksDir ?? '';
  }

  /** Startup: the app version, recent books, and the book main still has open (if any). */
  function load(): Promise<boolean> {
    return run(async () => {
      await refreshInfo();
      adopt(await api.call('book:summary', {}));
      loaded.value = true;
    });
  }

  function create(arg: ArgOf<'book:create'>): Promise<boolean> {
    return run(async () => {
      adopt(await api.call('book:create', arg));
      await refreshInfo();
    });
  }

  function open(path: string): Promise<boolean> {
    return run(async () => {
      adopt(await api.call('book:open', { path }));
      await refreshInfo();
    });
  }

  function openSample(): Promise<boolean> {
    return run(async () => {
      adopt(await api.call('book:open-sample', {}));
      await refreshInfo();
    });
  }

  function close(): Promise<boolean> {
    return run(async () => {
      await api.call('book:close', {});
      adopt(null);
      await refreshInfo();
    });
  }

  function clearError(): void {
    error.value = null;
  }

  return {
    summary,
    adopt,
    recent,
    version,
    booksDir,
    busy,
    loaded,
    error,
    load,
    create,
    open,
    openSample,
    close,
    clearError,
  };
});
