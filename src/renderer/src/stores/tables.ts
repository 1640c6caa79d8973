/**
 * The thirteen TableModels of the open book, derived in the renderer with the same engine the
 * export uses (src/shared/tables), once per change of the book copy (stores/book-data.ts).
 *
 * Why in the renderer: fetching the derived tables after each commit would cost a round trip and
 * the JSON of the whole book. A line edit updates the tables incrementally (model/incremental.ts:
 * the same engine run on the changed lines only), which keeps a 10,000-line book within a frame;
 * a change of units, projects or 表注 derives all thirteen again; anything else (the plan,
 * texts, reasons…) leaves them as they are. `revision` counts changes, for views to follow.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Applied } from '../../../shared/api/apply-changes';
import type { ExportTarget, ExportWritten } from '../../../shared/api/contract';
import type { BookSnapshot } from '../../../shared/domain';
import { tablesFileName } from '../../../shared/export-names';
import { deriveTables } from '../../../shared/tables/engine';
import type { TableModel } from '../../../shared/tables/model';
import { api } from '../api/client';
import { applyLineChange } from '../model/incremental';
import { useBookDataStore } from './book-data';

export const useTablesStore = defineStore('tables', () => {
  const data = useBookDataStore();
  const models = shallowRef<TableModel[]>([]);
  const revision = ref(0);
  const error = ref<string | null>(null);
  /** Milliseconds the last derivation of all thirteen tables took (shown to curious clerks). */
  const deriveMs = ref(0);

  /** Derives the tables of `snap`: incrementally from the current models when only lines changed. */
  function derive(snap: BookSnapshot, applied?: Applied): void {
    const t0 = performance.now();
    try {
      const current = models.value;
      const change = applied?.linesOnly ? applied.lineChange : undefined;
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

  data.follow(({ snapshot, applied }) => {
    if (!snapshot) {
      models.value = [];
      revision.value++;
    } else if (!applied || applied.tablesAffected) derive(snapshot, applied);
  });

  /** The copy of the book the tables come from. */
  const snapshot = computed(() => data.snapshot);
  const loading = computed(() => data.loading);

  function table(n: number): TableModel | undefined {
    return models.value.find((m) => m.number === n);
  }

  const unitType = computed(() => {
    const snap = data.snapshot;
    return snap?.units.find((u) => u.code === snap.info.unitCode)?.type ?? null;
  });

  /** The file name an export of all tables (or of table `tableNo`) proposes. */
  function exportName(tableNo?: number): string {
    const single =
      tableNo === undefined ? undefined : (table(tableNo) ?? { number: tableNo, title: '公开表' });
    return tablesFileName(data.snapshot?.info.year ?? 0, models.value[0]?.unitName ?? '', single);
  }

  /** Main writes the workbook of all tables (or of table `tableNo`) at the chosen target. */
  function exportXlsx(target: ExportTarget, tableNo?: number): Promise<ExportWritten> {
    return api.call('export:xlsx', tableNo === undefined ? target : { ...target, table: tableNo });
  }

  /** Reads the book again (after a failure). */
  function refresh(): Promise<void> {
    return data.load();
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
    exportName,
    exportXlsx,
  };
});
