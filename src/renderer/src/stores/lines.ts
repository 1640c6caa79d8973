/**
 * The line items of the open book as the grids show them, and every edit of them: each is saved
 * at once through the API (one call, one transaction) and recorded in the history with its
 * inverse. The lines themselves are the book copy's (stores/book-data.ts, fed by change sets);
 * this store only remembers where this window placed the rows it inserted, so a new row appears
 * under the cursor rather than at the end.
 */
import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { catalogOfBook, type Catalog } from '../../../shared/catalogs';
import type { LineItem, LineItemInput, Unit } from '../../../shared/domain';
import { api } from '../api/client';
import { buildLineOptions, type LineOptions } from '../lib/line-cells';
import { useBookDataStore } from './book-data';
import { useHistoryStore } from './history';

type Saved = LineItemInput & { id?: number };

export const useLinesStore = defineStore('lines', () => {
  const history = useHistoryStore();
  const data = useBookDataStore();
  /** Line id → the index this window put it at (inserted rows, restored rows). */
  const placed = shallowRef<Map<number, number>>(new Map());

  const lines = computed<LineItem[]>(() => {
    const all = data.snapshot?.lines ?? [];
    const where = placed.value;
    if (where.size === 0) return all;
    const moved: { line: LineItem; at: number }[] = [];
    const rest: LineItem[] = [];
    for (const l of all) {
      const at = where.get(l.id);
      if (at === undefined) rest.push(l);
      else moved.push({ line: l, at });
    }
    for (const m of moved.sort((a, b) => a.at - b.at))
      rest.splice(Math.min(m.at, rest.length), 0, m.line);
    return rest;
  });
  const units = computed<Unit[]>(() => data.snapshot?.units ?? []);
  const year = computed(() => data.snapshot?.info.year ?? 0);
  const loaded = computed(() => data.snapshot !== null);
  /** The open book's own catalog (科目表), which the pick lists offer; a 科目表 import's change set replaces it. */
  const catalog = computed<Catalog | null>(() =>
    data.snapshot ? catalogOfBook(data.snapshot) : null,
  );
  const options = computed<LineOptions | null>(() =>
    catalog.value ? buildLineOptions(catalog.value, units.value) : null,
  );
  /** Grows on every change of the book copy, for views deriving things from the lines. */
  const revision = computed(() => data.revision);

  /** Each line's place in `lines` by id; the same map while the ids keep their places (an amount edit). */
  let lastIds: readonly LineItem[] = [];
  const byId = computed<Map<number, number>>((previous) => {
    const now = lines.value;
    const same =
      previous !== undefined &&
      now.length === lastIds.length &&
      now.every((l, i) => l.id === lastIds[i].id);
    lastIds = now;
    return same ? previous : new Map(now.map((l, i) => [l.id, i]));
  });

  /** The line with this id, as the grids show it now. */
  function lineOf(id: number): LineItem | undefined {
    const i = byId.value.get(id);
    return i === undefined ? undefined : lines.value[i];
  }

  /** Forgets this window's placements (another book was opened). */
  function reset(): void {
    placed.value = new Map();
  }

  /**
   * Remembers where rows that were not in the list before (`known`) go: `at` by input index
   * (a new row under the cursor, a deleted row restored at its old place).
   */
  function place(
    known: ReadonlyMap<number, number>,
    saved: readonly LineItem[],
    at: number[] = [],
  ): void {
    const next = new Map(placed.value);
    let moved = false;
    saved.forEach((l, i) => {
      if (known.has(l.id) || at[i] === undefined || at[i] >= Number.MAX_SAFE_INTEGER) return;
      next.set(l.id, at[i]);
      moved = true;
    });
    if (moved) placed.value = next;
  }

  async function saveMany(arg: {
    lines: Saved[];
    deleteIds?: number[];
    restore?: boolean;
    at?: number[];
  }): Promise<LineItem[]> {
    const known = byId.value;
    const saved = await api.call('lines:save-many', {
      lines: arg.lines,
      deleteIds: arg.deleteIds ?? [],
      restore: arg.restore ?? false,
    });
    place(known, saved, arg.at);
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
    lineOf,
    reset,
    catalog,
    apply,
    remove,
  };
});
