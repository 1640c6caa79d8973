/**
 * The thirteen TableModels of the open book, derived in the renderer with the same engine the
 * export uses (src/shared/tables), from a copy of the book that follows every edit.
 *
 * Why in the renderer: fetching the derived tables (or the book) after each commit would cost a
 * round trip and the JSON of the whole book. The copy is loaded once per book (book:snapshot) and
 * then patched from each successful write's argument and result (model/snapshot-patch.ts);
 * writes it does not know trigger one reload. A line edit updates the tables incrementally
 * (model/incremental.ts: the same engine run on the changed lines only), which keeps a
 * 10,000-line book within a frame; anything else derives all thirteen again. `revision` counts
 * changes, for views to follow.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { BookSnapshot } from '../../../shared/domain';
import { deriveTables } from '../../../shared/tables/engine';
import type { TableModel } from '../../../shared/tables/model';
import { api, onApiSuccess } from '../api/client';
import { applyLineChange, type LineChange } from '../model/incremental';
import { patchSnapshot } from '../model/snapshot-patch';
import { useBookStore } from './book';

export const useTablesStore = defineStore('tables', () => {
  const book = useBookStore();
  const snapshot = shallowRef<BookSnapshot | null>(null);
  const models = shallowRef<TableModel[]>([]);
  const revision = ref(0);
  const loading = ref(false);
  const error = ref<string | null>(null);
  /** Milliseconds the last derivation of all thirteen tables took (shown to curious clerks). */
  const deriveMs = ref(0);
  let loadSeq = 0;
  /** Set when a write succeeds while the book is being (re)read. */
  let stale = false;

  /** Derives the tables of `snap`: incrementally from the current models when only lines changed. */
  function derive(snap: BookSnapshot, change?: LineChange): void {
    const t0 = performance.now();
    try {
      const current = models.value;
      const quick =
        change && current.length && !error.value ? applyLineChange(snap, current, change) : null;
      models.value = quick ?? deriveTables(snap);
      error.value = null;
    } catch (e) {
      models.value = [];
      error.value = `无法生成报表：${e instanceof Error ? e.message : String(e)}`;
    }
    deriveMs.value = performance.now() - t0;
    revision.value++;
  }

  function adopt(snap: BookSnapshot | null, change?: LineChange): void {
    snapshot.value = snap;
    if (snap) derive(snap, change);
    else {
      models.value = [];
      revision.value++;
    }
  }

  /** Fetches the whole book again and re-derives (after open, import, or an unknown write). */
  async function refresh(): Promise<void> {
    const seq = ++loadSeq;
    stale = false;
    if (!book.summary) {
      adopt(null);
      return;
    }
    loading.value = true;
    try {
      const snap = await api.call('book:snapshot', {});
      // A later refresh (or a book switch) overtook this one: keep the newer data.
      if (seq === loadSeq) adopt(snap);
    } catch (e) {
      if (seq === loadSeq) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (seq === loadSeq) {
        loading.value = false;
        // An edit landed while the book was being read: the copy may predate it, read again.
        if (stale) void refresh();
      }
    }
  }

  onApiSuccess((channel, arg, data) => {
    if (channel.startsWith('book:')) return; // the summary watcher below reloads
    const snap = snapshot.value;
    if (loading.value || !snap) {
      if (loading.value) stale = true;
      return;
    }
    const result = patchSnapshot(snap, channel, arg, data);
    if (result.kind === 'patched') {
      if (result.tablesAffected) adopt(result.snapshot, result.lineChange);
      else {
        snapshot.value = result.snapshot;
        revision.value++;
      }
    } else if (result.kind === 'reload') void refresh();
  });

  // The summary object changes on every open/create/close, even of the same file.
  watch(
    () => book.summary,
    () => void refresh(),
    { immediate: true },
  );

  function table(n: number): TableModel | undefined {
    return models.value.find((m) => m.number === n);
  }

  const unitType = computed(() => {
    const snap = snapshot.value;
    return snap?.units.find((u) => u.code === snap.info.unitCode)?.type ?? null;
  });

  /** The workbook of all tables (or one) from main, with the file name it suggests. */
  function exportXlsx(table?: number): Promise<{ fileName: string; contentBase64: string }> {
    return api.call('export:xlsx', table === undefined ? {} : { table });
  }

  return {
    snapshot,
    models,
    revision,
    loading,
    error,
    deriveMs,
    unitType,
    refresh,
    table,
    exportXlsx,
  };
});
