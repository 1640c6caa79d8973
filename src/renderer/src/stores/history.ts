/**
 * Undo / redo of every edit of the open book (lines, projects, plan, texts, indicators). Each edit
 * is already saved when it is recorded; its entry holds the inverse API operations. Edits and
 * undo/redo run one after another through `exec`, so a Ctrl+Z pressed while a save is still on
 * its way undoes that save, not the one before. The history lives only while the book is open.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ApiClientError } from '../api/client';

interface HistoryEntry {
  /** What the clerk did, e.g. “修改金额”; shown in the 撤销/重做 tooltips. */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/** Entries kept; older ones fall off so a long day does not grow without bound. */
const LIMIT = 500;

export const useHistoryStore = defineStore('history', () => {
  const past = shallowRef<HistoryEntry[]>([]);
  const future = shallowRef<HistoryEntry[]>([]);
  const error = ref<string | null>(null);
  /** Grows on every recorded edit, undo and redo: views that derive from the book watch it. */
  const revision = ref(0);
  let chain: Promise<unknown> = Promise.resolve();

  const canUndo = computed(() => past.value.length > 0);
  const canRedo = computed(() => future.value.length > 0);
  const undoLabel = computed(() => past.value.at(-1)?.label ?? '');
  const redoLabel = computed(() => future.value.at(-1)?.label ?? '');

  /** Runs `fn` after every edit, undo and redo queued before it. */
  function exec<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  }

  /** Records an edit that has just been saved. A new edit ends the redo branch. */
  function record(entry: HistoryEntry): void {
    past.value = [...past.value, entry].slice(-LIMIT);
    future.value = [];
    error.value = null;
    revision.value++;
  }

  function message(e: unknown, what: string): string {
    const text = e instanceof ApiClientError || e instanceof Error ? e.message : String(e);
    return `${what}失败：${text}`;
  }

  async function step(direction: 'undo' | 'redo'): Promise<boolean> {
    return exec(async () => {
      const from = direction === 'undo' ? past : future;
      const to = direction === 'undo' ? future : past;
      const entry = from.value.at(-1);
      if (!entry) return false;
      try {
        await entry[direction]();
        from.value = from.value.slice(0, -1);
        to.value = [...to.value, entry];
        error.value = null;
        return true;
      } catch (e) {
        // The entry stays where it was: the clerk can read why and try again.
        error.value = message(e, `${direction === 'undo' ? '撤销' : '重做'}“${entry.label}”`);
        return false;
      } finally {
        revision.value++;
      }
    });
  }

  const undo = (): Promise<boolean> => step('undo');
  const redo = (): Promise<boolean> => step('redo');

  /** Forgets everything (another book was opened or this one closed). */
  function clear(): void {
    past.value = [];
    future.value = [];
    error.value = null;
  }

  return {
    past,
    future,
    error,
    revision,
    canUndo,
    canRedo,
    undoLabel,
    redoLabel,
    exec,
    record,
    undo,
    redo,
    clear,
  };
});
