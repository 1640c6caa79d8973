/**
 * Deleting the rows of the grid's block (Ctrl+Delete, 删除行): one line goes at once, several only
 * after the clerk confirms the count (GridConfirm); either way it is one undo step.
 */
import { ref, type Ref } from 'vue';
import type { CellRange } from './grid-range';

export function useGridDelete(
  range: Ref<CellRange>,
  lineCount: (from: number, to: number) => number,
  remove: (from: number, to: number) => void,
  after: (from: number) => void,
) {
  /** The deletion waiting for the clerk's yes. */
  const asking = ref<{ from: number; to: number; count: number } | null>(null);

  function run(from: number, to: number): void {
    asking.value = null;
    remove(from, to);
    after(from);
  }

  function ask(): void {
    const { r0, r1 } = range.value;
    const count = lineCount(r0, r1);
    if (count === 0) return;
    if (count === 1) run(r0, r1);
    else asking.value = { from: r0, to: r1, count };
  }

  function confirm(): void {
    if (asking.value) run(asking.value.from, asking.value.to);
  }

  function cancel(): void {
    asking.value = null;
  }

  return { asking, ask, confirm, cancel };
}
