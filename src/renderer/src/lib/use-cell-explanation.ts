/**
 * 解释数字 for 报表预览: the explanation of the amount cell the clerk opened (computed from the
 * tables store's copy of the book by src/shared/tables/explain), closing it with the focus back on
 * that cell, and opening one of its lines in the grid (the view emits it as an open-entry).
 */
import { ref, type Ref } from 'vue';
import { explainCell, type CellExplanation } from '../../../shared/tables/explain/explain';
import type { TableModel } from '../../../shared/tables/model';
import { useTablesStore } from '../stores/tables';

interface OpenedCell {
  rowKey: string;
  col: number;
  el: HTMLElement;
}

export function useCellExplanation(
  model: Ref<TableModel | undefined>,
  openLine: (id: number) => void,
) {
  const tables = useTablesStore();
  const explained = ref<CellExplanation | null>(null);
  const explainError = ref<string | null>(null);
  /** The cell the explanation was opened from, to take the focus back when it closes. */
  let from: HTMLElement | null = null;

  function explain(cell: OpenedCell): void {
    const snap = tables.snapshot;
    const m = model.value;
    if (!snap || !m) return;
    const rowIndex = m.rows.findIndex((r) => r.key === cell.rowKey);
    try {
      explained.value = explainCell(snap, tables.models, m.number, rowIndex, cell.col);
      explainError.value = null;
      from = cell.el;
    } catch (e) {
      explainError.value = `无法解释这个数字：${e instanceof Error ? e.message : String(e)}`;
    }
  }

  function close(): void {
    explained.value = null;
    from?.focus();
  }

  function open(id: number): void {
    explained.value = null;
    openLine(id);
  }

  return { explained, explainError, explain, close, open };
}
