/**
 * The grid's cursor: the active cell, the anchor a Shift-selection started from, and the block
 * between them. The cursor stays on the empty row when a line saved above pushes that row down
 * (typing begun while the previous line was saving stays in the empty row), and inside the grid
 * when rows go away.
 */
import { computed, ref, watch, type Ref } from 'vue';
import type { CellPos } from './grid-nav';
import { rangeOf } from './grid-range';

export function useGridCursor(
  rowCount: Ref<number>,
  draftIndex: Ref<number>,
  reveal: (row: number) => void,
) {
  const active = ref<CellPos>({ row: 0, col: 0 });
  /** Where a Shift-selection started: the block runs from here to the active cell. */
  const anchor = ref<CellPos>({ row: 0, col: 0 });
  const range = computed(() => rangeOf(anchor.value, active.value));
  /** Row of the open editor, kept on the empty row as that row moves (set by the grid). */
  const editRow = ref<number | null>(null);

  function moveTo(pos: CellPos, extend = false): void {
    active.value = pos;
    if (!extend) anchor.value = { ...pos };
    reveal(pos.row);
  }

  watch(draftIndex, (now, was) => {
    if (active.value.row === was) active.value = { ...active.value, row: now };
    if (anchor.value.row === was) anchor.value = { ...anchor.value, row: now };
    if (editRow.value === was) editRow.value = now;
  });

  watch(rowCount, (n) => {
    if (active.value.row > n - 1) active.value = { ...active.value, row: n - 1 };
    if (anchor.value.row > n - 1) anchor.value = { ...anchor.value, row: n - 1 };
  });

  return { active, anchor, range, editRow, moveTo };
}
