/**
 * The open budget book as the renderer knows it, and the start-screen actions that open one.
 * Opening (or creating) a book makes its session this window's: later calls name it and its
 * change sets arrive. Failures are kept as `error` (Chinese text from main) for the view.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ArgOf, BookSummary, PackChoice } from '../../../shared/api/contract';
import { api, onApiFailure, useSession } from '../api/client';
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
  /** Packs from the data folder's packs/ a new book may use, and files that failed to load. */
  const packs = ref<PackChoice[]>([]);
  const packProblems = ref<string[]>([]);
  /** `run` keeps the busy flag and a failure's Chinese text for the start screen. */
  const { busy, error, run } = useBusyAction();
  /**
   * Main's message when the file on disk is no longer the open book (replaced, moved, deleted):
   * saving has stopped until the clerk saves the open state as a new file (saveAs).
   */
  const replaced = ref<string | null>(null);
  onApiFailure((e) => {
    if (e.code === 'BOOK_REPLACED') replaced.value = e.message;
  });

  /** 另存为新文件: the state the app holds open goes to a new book file, which is then open. */
  function saveAs(path: string): Promise<boolean> {
    return run(async () => {
      adopt(await api.call('book:save-as', { path }));
      replaced.value = null;
      await refreshInfo();
    });
  }

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

  /** The book that failed to open as damaged, for 恢复最近的完好版本. */
  const damagedPath = ref<string | null>(null);

  async function open(path: string): Promise<boolean> {
    damagedPath.value = null;
    const ok = await run(async () => {
      adopt(await api.call('book:open', { path }));
      await refreshInfo();
    });
    if (!ok && error.value?.code === 'BOOK_DAMAGED') damagedPath.value = path;
    return ok;
  }

  /** A damaged book is replaced by its newest intact snapshot (the damaged bytes are kept). */
  function restoreNewestGood(): Promise<boolean> {
    const path = damagedPath.value;
    if (!path) return Promise.resolve(false);
    return run(async () => {
      adopt(await api.call('snapshots:restore', { path }));
      damagedPath.value = null;
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
    replaced,
    saveAs,
    damagedPath,
    restoreNewestGood,
  };
});
