/**
 * The clerk's 表注 of the open book (text without "注："), by table number. Each save is one
 * undo step; the tables store re-derives from the same call (snapshot-patch), so the preview and
 * 审核 follow without a reload.
 */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { api } from '../api/client';
import { useBookStore } from './book';
import { useHistoryStore } from './history';

export const useTableNotesStore = defineStore('table-notes', () => {
  const book = useBookStore();
  const history = useHistoryStore();
  const notes = ref<Record<number, string>>({});
  const error = ref<string | null>(null);
  let seq = 0;

  async function load(): Promise<void> {
    const mine = ++seq;
    if (!book.summary) {
      notes.value = {};
      return;
    }
    try {
      const loaded = await api.call('table-notes:get', {});
      if (mine === seq) {
        notes.value = loaded;
        error.value = null;
      }
    } catch (e) {
      if (mine === seq) error.value = `表注未能读取：${e instanceof Error ? e.message : String(e)}`;
    }
  }
  watch(
    () => book.summary,
    () => void load(),
    { immediate: true },
  );

  function noteOf(tableNo: number): string {
    return notes.value[tableNo] ?? '';
  }

  async function write(tableNo: number, text: string): Promise<void> {
    const saved = await api.call('table-notes:set', { tableNo, text });
    const next = { ...notes.value };
    if (saved.text) next[tableNo] = saved.text;
    else delete next[tableNo];
    notes.value = next;
  }

  /** Saves the note of one table if it changed (main trims it); one undo step. */
  function save(tableNo: number, text: string): Promise<void> {
    return history.exec(async () => {
      const before = noteOf(tableNo);
      if (before === text.trim()) return;
      await write(tableNo, text);
      const after = noteOf(tableNo);
      history.record({
        label: `修改表${tableNo}表注`,
        undo: () => write(tableNo, before),
        redo: () => write(tableNo, after),
      });
    });
  }

  return { notes, error, load, noteOf, save };
});
