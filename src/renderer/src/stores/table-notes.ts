/**
 * The clerk's 表注 of the open book (text without "注："), by table number, read from the book
 * copy (stores/book-data.ts). Each save is one undo step; the change set it returns updates the
 * copy, so the preview and 审核 follow without a reload.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api } from '../api/client';
import { useBookDataStore } from './book-data';
import { useHistoryStore } from './history';

export const useTableNotesStore = defineStore('table-notes', () => {
  const data = useBookDataStore();
  const history = useHistoryStore();
  const notes = computed<Record<number, string>>(() => data.snapshot?.tableNotes ?? {});
  const error = ref<string | null>(null);

  function noteOf(tableNo: number): string {
    return notes.value[tableNo] ?? '';
  }

  async function write(tableNo: number, text: string): Promise<void> {
    await api.call('table-notes:set', { tableNo, text });
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

  return { notes, error, noteOf, save };
});
