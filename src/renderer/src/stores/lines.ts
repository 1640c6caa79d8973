/**
 * The line items of the open book as the grids show them, and every edit of them: each is saved
 * at once through the API (one call, one transaction) and recorded in the history with its
 * inverse. The list is replaced, never mutated, so 10,000 lines stay cheap for Vue to track.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { Catalog } from '../../../shared/catalogs';
import type { LineItem, LineItemInput, Unit } from '../../../shared/domain';
import { api } from '../api/client';
import { buildLineOptions, type LineOptions } from '../lib/line-cells';
import { useHistoryStore } from './history';

type Saved = LineItemInput & { id?: number };

export const useLinesStore = defineStore('lines', () => {
  const history = useHistoryStore();
  const lines = shallowRef<LineItem[]>([]);
  const units = shallowRef<Unit[]>([]);
  const options = shallowRef<LineOptions | null>(null);
  const year = ref(0);
  /** The open book's own catalog (科目表), which the pick lists offer. */
  const catalog = shallowRef<Catalog | null>(null);
  const loaded = ref(false);
  /** Grows on every change of `lines`, for views deriving tables from them. */
  const revision = ref(0);

  const byId = computed(() => new Map(lines.value.map((l, i) => [l.id, i])));

  async function refreshUnits(): Promise<void> {
    units.value = await api.call('units:list', {});
    if (catalog.value) options.value = buildLineOptions(catalog.value, units.value);
  }

  /** Re-reads the book's catalog (after opening, or after a 科目表 import) and the pick lists. */
  async function refreshCatalog(): Promise<void> {
    catalog.value = new Catalog(await api.call('catalog:book', {}));
    await refreshUnits();
  }

  /** Loads the book's lines, units and pick lists (after a book is opened). */
  async function load(bookYear: number): Promise<void> {
    year.value = bookYear;
    const [list] = await Promise.all([api.call('lines:list', {}), refreshCatalog()]);
    lines.value = list;
    loaded.value = true;
    revision.value++;
  }

  function reset(): void {
    lines.value = [];
    units.value = [];
    options.value = null;
    loaded.value = false;
  }

  /**
   * Applies saved lines and removals to the local list: known ids are replaced in place, new ones
   * go to `at` (their old index for a restore, the insertion point for a new row) or the end.
   */
  function patch(
    saved: readonly LineItem[],
    removed: readonly number[] = [],
    at: number[] = [],
  ): void {
    const gone = new Set(removed);
    const next = lines.value.filter((l) => !gone.has(l.id));
    const index = new Map(next.map((l, i) => [l.id, i]));
    const fresh: { line: LineItem; at: number }[] = [];
    saved.forEach((l, i) => {
      const k = index.get(l.id);
      if (k !== undefined) next[k] = l;
      else fresh.push({ line: l, at: at[i] ?? Number.MAX_SAFE_INTEGER });
    });
    for (const f of fresh.sort((a, b) => a.at - b.at))
      next.splice(Math.min(f.at, next.length), 0, f.line);
    lines.value = next;
    revision.value++;
  }

  async function saveMany(arg: {
    lines: Saved[];
    deleteIds?: number[];
    restore?: boolean;
    at?: number[];
  }): Promise<LineItem[]> {
    const saved = await api.call('lines:save-many', {
      lines: arg.lines,
      deleteIds: arg.deleteIds ?? [],
      restore: arg.restore ?? false,
    });
    patch(saved, arg.deleteIds, arg.at);
    return saved;
  }

  /**
   * Saves edits of existing lines and new lines as ONE transaction and ONE undo step (a cell
   * edit, a new row, a pasted block). `insertAt`: where new rows appear in the list.
   */
  function apply(
    label: string,
    change: { updates: { before: LineItem; after: LineItem }[]; inserts: LineItemInput[] },
    insertAt?: number,
  ): Promise<LineItem[]> {
    return history.exec(async () => {
      const at = change.inserts.map((_, i) => (insertAt ?? Number.MAX_SAFE_INTEGER) + i);
      const saved = await saveMany({
        lines: [...change.updates.map((u) => u.after), ...change.inserts],
        at: [...change.updates.map(() => 0), ...at],
      });
      const after = saved.slice(0, change.updates.length);
      const inserted = saved.slice(change.updates.length);
      const before = change.updates.map((u) => u.before);
      history.record({
        label,
        undo: async () => {
          await saveMany({ lines: before, deleteIds: inserted.map((l) => l.id) });
        },
        redo: async () => {
          await saveMany({
            lines: [...after, ...inserted],
            restore: true,
            at: [...after.map(() => 0), ...at],
          });
        },
      });
      return saved;
    });
  }

  /** Deletes lines as one undo step; undo puts them back under their ids and places. */
  function remove(ids: readonly number[]): Promise<void> {
    return history.exec(async () => {
      const index = byId.value;
      const old = ids
        .map((id) => ({ line: lines.value[index.get(id) ?? -1], at: index.get(id) ?? -1 }))
        .filter((o) => o.line !== undefined)
        .sort((a, b) => a.at - b.at);
      if (old.length === 0) return;
      const idList = old.map((o) => o.line.id);
      await saveMany({ lines: [], deleteIds: idList });
      history.record({
        label: `删除 ${old.length} 行`,
        undo: async () => {
          await saveMany({
            lines: old.map((o) => o.line),
            restore: true,
            at: old.map((o) => o.at),
          });
        },
        redo: async () => {
          await saveMany({ lines: [], deleteIds: idList });
        },
      });
    });
  }

  return {
    lines,
    units,
    options,
    year,
    loaded,
    revision,
    load,
    reset,
    refreshUnits,
    refreshCatalog,
    catalog,
    apply,
    remove,
  };
});
