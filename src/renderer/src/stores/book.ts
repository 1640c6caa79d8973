/**
 * The open budget book as the renderer knows it, and the start-screen actions that open one.
 * Failures are kept as `error` (Chinese text from main) for the view to show beside the form.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ArgOf, BookSummary, PackChoice } from '../../../shared/api/contract';
import { api } from '../api/client';
import { useBusyAction } from './busy-action';

export type { ShownError } from './busy-action';

export const useBookStore = defineStore('book', () => {
  const summary = ref<BookSummary | null>(null);
  const recent = ref<string[]>([]);
  const version = ref('');
  const booksDir = ref('');
  const loaded = ref(false);
  /** Packs from the data folder's packs/ a new book may use, and files that failed to load. */
  const packs = ref<PackChoice[]>([]);
  const packProblems = ref<string[]>([]);
  /** `run` keeps the busy flag and a failure's Chinese text for the start screen. */
  const { busy, error, run } = useBusyAction();

  async function refreshInfo(): Promise<void> {
    const info = await api.call('app:info', {});
    version.value = info.version;
    recent.value = info.recent;
    booksDir.value = info.booksDir ?? '';
    const loadedPacks = await api.call('packs:list', {});
    packs.value = loadedPacks.packs;
    packProblems.value = loadedPacks.problems;
  }

  /** Startup: the app version, recent books, and the book main still has open (if any). */
  function load(): Promise<boolean> {
    return run(async () => {
      await refreshInfo();
      summary.value = await api.call('book:summary', {});
      loaded.value = true;
    });
  }

  function create(arg: ArgOf<'book:create'>): Promise<boolean> {
    return run(async () => {
      summary.value = await api.call('book:create', arg);
      await refreshInfo();
    });
  }

  function open(path: string): Promise<boolean> {
    return run(async () => {
      summary.value = await api.call('book:open', { path });
      await refreshInfo();
    });
  }

  function openSample(): Promise<boolean> {
    return run(async () => {
      summary.value = await api.call('book:open-sample', {});
      await refreshInfo();
    });
  }

  function close(): Promise<boolean> {
    return run(async () => {
      await api.call('book:close', {});
      summary.value = null;
      await refreshInfo();
    });
  }

  function clearError(): void {
    error.value = null;
  }

  return {
    summary,
    recent,
    version,
    booksDir,
    packs,
    packProblems,
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
