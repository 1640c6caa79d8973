/**
 * 上年数据: the preview of last year's tables read from a workbook and its 确认导入, the
 * year-on-year comparison, 结转到下一年度, and restoring a book from our own exported workbook.
 * Failures are kept as `error` (Chinese text from main, with its list of details). The comparison
 * is worked out here, by the shared code main's `compare:run` uses, from the tables and last
 * year's figures of the book copy, so it follows every change set of the session.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { compareTables } from '../../../shared/compare';
import type { LastYearPreview, RollResult } from '../../../shared/last-year';
import { api } from '../api/client';
import { useBookStore } from './book';
import { useBookDataStore } from './book-data';
import { useBusyAction } from './busy-action';
import { useTablesStore } from './tables';

export const useLastYearStore = defineStore('last-year', () => {
  const preview = ref<LastYearPreview | null>(null);
  const data = useBookDataStore();
  const tables = useTablesStore();
  const rows = computed(() => compareTables(tables.models, data.snapshot?.lastYear ?? []));
  const rolled = ref<RollResult | null>(null);
  const notice = ref<string | null>(null);
  const { busy, error, run } = useBusyAction(() => {
    notice.value = null;
  });

  /**
   * Reads the workbook the clerk chose (its path, from the file picker) and shows what it
   * holds; nothing is stored yet.
   */
  function previewFile(path: string): Promise<boolean> {
    return run(async () => {
      preview.value = null;
      // Main reads the chosen file itself: its bytes never travel through the page.
      preview.value = await api.call('lastyear:preview', { source: path });
    });
  }

  /** 确认导入: stores exactly the previewed figures (the comparison follows its change set). */
  function commit(): Promise<boolean> {
    const p = preview.value;
    if (!p) return Promise.resolve(false);
    return run(async () => {
      const res = await api.call('lastyear:commit', { previewId: p.previewId });
      preview.value = null;
      notice.value = `已导入上年数 ${res.stored} 个（${res.tables.map((n) => `表${n}`).join('、')}）`;
    });
  }

  function discard(): void {
    preview.value = null;
    error.value = null;
  }

  function roll(path: string, year: number): Promise<boolean> {
    return run(async () => {
      rolled.value = await api.call('book:roll', { path, year });
    });
  }

  /** Restores a book from our exported workbook (chosen by its path) and opens it. */
  function importBook(workbookPath: string, path: string): Promise<boolean> {
    const book = useBookStore();
    return run(async () => {
      book.adopt(await api.call('book:import-workbook', { source: workbookPath, path }));
    });
  }

  return {
    preview,
    rows,
    rolled,
    notice,
    busy,
    error,
    previewFile,
    commit,
    discard,
    roll,
    importBook,
  };
});
