/**
 * What the line grid does with a committed cell, a new row, a paste, an insert or a delete. Kept
 * apart from LineGrid.vue (which owns focus, keys and rendering) so each stays readable. Every
 * save goes through the lines store (one API call, one undo step); a refused entry is explained
 * at its cell and nothing is stored.
 */
import { computed, ref, type Ref } from 'vue';
import type { LineItem } from '../../../shared/domain';
import { fenToWanExact, fenToYuanPlain } from '../../../shared/money';
import { ApiClientError } from '../api/client';
import { useLinesStore } from '../stores/lines';
import { parseCell, type CellValues, type ColumnKey, type GridColumn } from './line-cells';
import { planFillDown, type CellRange } from './grid-range';
import { applyValues, completeLine, inherited, planPaste, type GridScope } from './line-edits';
import { displayUnit } from './money-display';
import { parsePasteBlock, splitClipboard } from './paste-block';

export type GridRow = { type: 'line'; line: LineItem } | { type: 'draft' };

/** A message shown beside one cell; `row` is a line id or 'draft'. */
export interface CellError {
  row: number | 'draft';
  col: ColumnKey;
  message: string;
}

export interface BlockError {
  message: string;
  details: string[];
}

const explain = (e: unknown): string =>
  e instanceof ApiClientError || e instanceof Error ? e.message : String(e);

export function useLineGridEditing(
  rows: Ref<LineItem[]>,
  columns: Ref<GridColumn[]>,
  scope: Ref<GridScope>,
) {
  const store = useLinesStore();
  const draft = ref<CellValues>({});
  /** Where the empty row stands (Ctrl+Insert moves it); null = at the end. */
  const draftAt = ref<number | null>(null);
  const cellError = ref<CellError | null>(null);
  const blockError = ref<BlockError | null>(null);
  const saving = ref(0);
  /** A completed empty row is on its way to the book (it will become a line above a new one). */
  const draftSaving = ref(false);

  const displayRows = computed<GridRow[]>(() => {
    const list: GridRow[] = rows.value.map((line) => ({ type: 'line', line }));
    const at = Math.min(draftAt.value ?? list.length, list.length);
    list.splice(at, 0, { type: 'draft' });
    return list;
  });
  const draftIndex = computed(() =>
    Math.min(draftAt.value ?? rows.value.length, rows.value.length),
  );

  /** The line just above the empty row: a new row starts with its 功能科目 and 资金来源. */
  const lineAbove = computed(() => rows.value[draftIndex.value - 1] ?? null);
  /** The empty row as shown and edited: what the clerk typed over what it inherits. */
  const draftShown = computed<CellValues>(() => {
    const typed = Object.entries(draft.value).filter(([, v]) => v !== undefined && v !== '');
    return { ...inherited(lineAbove.value), ...Object.fromEntries(typed) };
  });

  /** Index in the store's full list where a line inserted at the draft's place goes. */
  function storeIndexAtDraft(): number | undefined {
    const next = rows.value[draftIndex.value];
    if (!next) return undefined;
    const i = store.lines.indexOf(next);
    return i < 0 ? undefined : i;
  }

  /** The text an editor starts with (F2): codes as codes, amounts plain in the column's unit. */
  function editText(row: GridRow, key: ColumnKey): string {
    const v = row.type === 'line' ? row.line[key] : draftShown.value[key];
    if (v === undefined || v === null) return '';
    if (key !== 'amountFen') return String(v);
    return displayUnit.value === 'wan' ? fenToWanExact(Number(v)) : fenToYuanPlain(Number(v));
  }

  async function guard(at: CellError['row'], col: ColumnKey, fn: () => Promise<unknown>) {
    saving.value++;
    try {
      await fn();
      if (cellError.value?.row === at && cellError.value.col === col) cellError.value = null;
    } catch (e) {
      cellError.value = { row: at, col, message: `未保存：${explain(e)}` };
    } finally {
      saving.value--;
    }
  }

  /**
   * A completed empty row goes to the book, and the empty row is free again at once: what the
   * clerk types next while this save is on its way belongs to the next line. A refused save puts
   * its values back (under anything typed since).
   */
  function saveDraft(): void {
    const done = completeLine(draft.value, scope.value, lineAbove.value);
    if ('missing' in done) return;
    const values = draft.value;
    const lastKey = columns.value.at(-1)?.key ?? 'amountFen';
    const at = storeIndexAtDraft();
    draftSaving.value = true;
    draft.value = {};
    void guard('draft', lastKey, async () => {
      try {
        await store.apply('新增 1 行', { updates: [], inserts: [done.line] }, at);
      } catch (e) {
        draft.value = { ...values, ...draft.value };
        throw e;
      } finally {
        draftSaving.value = false;
      }
      if (Object.keys(draft.value).length === 0) draftAt.value = null;
    });
  }

  /**
   * Stores one cell. Returns the message when the text cannot be stored (the editor stays open);
   * otherwise the save runs on and a refusal from the book is shown at the cell.
   */
  function commit(row: GridRow, col: GridColumn, text: string): string | null {
    const opts = store.options;
    if (!opts) return '科目目录尚未载入，请稍候再试';
    const parsed = parseCell(col.key, text, opts, displayUnit.value);
    const at = row.type === 'line' ? row.line.id : 'draft';
    if (!parsed.ok) {
      cellError.value = { row: at, col: col.key, message: parsed.message };
      return parsed.message;
    }
    if (cellError.value?.row === at && cellError.value.col === col.key) cellError.value = null;
    if (row.type === 'draft') {
      draft.value = { ...draft.value, [col.key]: parsed.value };
      saveDraft();
      return null;
    }
    if (row.line[col.key] === parsed.value) return null;
    const after = applyValues(row.line, { [col.key]: parsed.value }, opts, scope.value);
    void guard(at, col.key, () =>
      store.apply(`修改${col.title}`, { updates: [{ before: row.line, after }], inserts: [] }),
    );
    return null;
  }

  /** Pastes a tab-separated block at a cell: all rows checked first, then one save. */
  function paste(text: string, rowIndex: number, colIndex: number): void {
    const opts = store.options;
    if (!opts) return;
    blockError.value = null;
    const block = splitClipboard(text);
    if (block.length === 0) return;
    const row = displayRows.value[rowIndex];
    const parsed = parsePasteBlock(
      block,
      columns.value,
      colIndex,
      opts,
      rowIndex + 1,
      displayUnit.value,
    );
    if (parsed.problems.length) {
      blockError.value = { message: '粘贴的内容有误，未保存任何一行：', details: parsed.problems };
      return;
    }
    if (row?.type === 'draft' && block.length === 1) {
      draft.value = { ...draft.value, ...parsed.rows[0] };
      saveDraft();
      return;
    }
    // Rows at and after the empty row are new lines, appended in the pasted order.
    const start = row?.type === 'draft' ? rows.value.length : Math.min(rowIndex, rows.value.length);
    const plan = planPaste(parsed.rows, rows.value, start, opts, scope.value);
    if (plan.problems.length) {
      blockError.value = { message: '粘贴的内容不完整，未保存任何一行：', details: plan.problems };
      return;
    }
    const n = plan.updates.length + plan.inserts.length;
    saving.value++;
    store
      .apply(`粘贴 ${n} 行`, plan)
      .catch((e: unknown) => {
        blockError.value = {
          message: `粘贴未保存：${explain(e)}`,
          details: e instanceof ApiClientError ? e.details : [],
        };
      })
      .finally(() => saving.value--);
  }

  /** Ctrl+D: the block's top row filled down over the lines below it, one save, one undo. */
  function fillDown(range: CellRange): void {
    const opts = store.options;
    if (!opts) return;
    const lines = displayRows.value.map((r) => (r.type === 'line' ? r.line : null));
    const updates = planFillDown(lines, columns.value, range, opts, scope.value);
    if (updates.length === 0) return;
    saving.value++;
    store
      .apply(`向下填充 ${updates.length} 行`, { updates, inserts: [] })
      .catch((e: unknown) => {
        blockError.value = { message: `向下填充未保存：${explain(e)}`, details: [] };
      })
      .finally(() => saving.value--);
  }

  /** How many lines display rows [from, to] hold (the empty row is not one). */
  function lineCount(from: number, to: number): number {
    return displayRows.value.slice(from, to + 1).filter((r) => r.type === 'line').length;
  }

  /** Deletes the lines of display rows [from, to] (the empty row is skipped). */
  function removeRows(from: number, to: number): void {
    const ids = displayRows.value
      .slice(from, to + 1)
      .flatMap((r) => (r.type === 'line' ? [r.line.id] : []));
    if (ids.length === 0) return;
    saving.value++;
    store
      .remove(ids)
      .catch((e: unknown) => {
        blockError.value = { message: `删除失败：${explain(e)}`, details: [] };
      })
      .finally(() => saving.value--);
  }

  /** Ctrl+Insert: the empty row moves above display row `index` (a half-filled one stays). */
  function insertAt(index: number): number {
    const lineIndex = displayRows.value.slice(0, index).filter((r) => r.type === 'line').length;
    draft.value = {};
    draftAt.value = lineIndex >= rows.value.length ? null : lineIndex;
    return draftIndex.value;
  }

  return {
    draft,
    draftShown,
    draftIndex,
    displayRows,
    cellError,
    blockError,
    saving,
    draftSaving,
    editText,
    commit,
    paste,
    removeRows,
    lineCount,
    fillDown,
    insertAt,
  };
}
