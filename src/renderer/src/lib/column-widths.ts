/**
 * Widths of the line grid's columns as the clerk dragged them, remembered in this browser
 * (localStorage) for every grid of every book: a clerk widens 功能科目 once, not per project.
 */
import { ref } from 'vue';
import type { ColumnKey, GridColumn } from './line-cells';

const KEY = 'budgetdesk.gridColumnWidths';
const MIN_WIDTH = 48;

function load(): Partial<Record<ColumnKey, number>> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (!v || typeof v !== 'object') return {};
    return Object.fromEntries(
      Object.entries(v).filter(([, w]) => typeof w === 'number' && w >= MIN_WIDTH),
    );
  } catch {
    return {};
  }
}

const widths = ref<Partial<Record<ColumnKey, number>>>(load());

/** The columns with the widths the clerk chose. */
export function withWidths(columns: readonly GridColumn[]): GridColumn[] {
  return columns.map((c) => ({ ...c, width: widths.value[c.key] ?? c.width }));
}

/** Sets and remembers one column's width (px, at least MIN_WIDTH). */
function setWidth(key: ColumnKey, width: number): void {
  widths.value = { ...widths.value, [key]: Math.max(MIN_WIDTH, Math.round(width)) };
  try {
    localStorage.setItem(KEY, JSON.stringify(widths.value));
  } catch {
    // A page without storage keeps the width until it is closed.
  }
}

/**
 * Follows a drag on a header's right edge: the column grows or shrinks with the pointer until
 * the button is released.
 */
export function dragWidth(e: PointerEvent, col: GridColumn, currentPx: number): void {
  e.preventDefault();
  e.stopPropagation();
  const startX = e.clientX;
  const move = (m: PointerEvent): void => setWidth(col.key, currentPx + m.clientX - startX);
  const up = (): void => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
}
