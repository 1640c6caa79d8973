/**
 * Excel-like movement of the active cell: arrows, Tab / Shift+Tab wrapping across rows,
 * Enter / Shift+Enter, Home / End, Ctrl+Home / Ctrl+End, PageUp / PageDown; Shift widening the
 * block; and which key is a command (F2, Ctrl+D, …). Pure, so the grid's keyboard behaviour is
 * tested without a browser.
 */
export interface CellPos {
  row: number;
  col: number;
}

interface GridSize {
  rows: number;
  cols: number;
  /** Rows visible at once, for PageUp / PageDown. */
  page: number;
}

interface NavKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** The cell the key moves to, or null when the key is not a movement key. */
export function moveBy(pos: CellPos, k: NavKey, size: GridSize): CellPos | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const at = (row: number, col: number): CellPos => ({
    row: clamp(row, 0, lastRow),
    col: clamp(col, 0, lastCol),
  });
  switch (k.key) {
    case 'ArrowUp':
      return at(pos.row - 1, pos.col);
    case 'ArrowDown':
      return at(pos.row + 1, pos.col);
    case 'ArrowLeft':
      return at(pos.row, pos.col - 1);
    case 'ArrowRight':
      return at(pos.row, pos.col + 1);
    case 'Enter':
      return at(pos.row + (k.shiftKey ? -1 : 1), pos.col);
    case 'Tab':
      if (k.shiftKey) {
        if (pos.col > 0) return at(pos.row, pos.col - 1);
        return pos.row > 0 ? at(pos.row - 1, lastCol) : at(0, 0);
      }
      if (pos.col < lastCol) return at(pos.row, pos.col + 1);
      return pos.row < lastRow ? at(pos.row + 1, 0) : at(pos.row, lastCol);
    case 'Home':
      return k.ctrlKey ? at(0, 0) : at(pos.row, 0);
    case 'End':
      return k.ctrlKey ? at(lastRow, lastCol) : at(pos.row, lastCol);
    case 'PageUp':
      return at(pos.row - Math.max(1, size.page), pos.col);
    case 'PageDown':
      return at(pos.row + Math.max(1, size.page), pos.col);
    default:
      return null;
  }
}

/** How an in-cell editor was left (CodePicker's CommitHow) as the key that moves on from it. */
export function commitKey(how: string): NavKey {
  const keys: Record<string, NavKey> = {
    enter: { key: 'Enter' },
    'shift-enter': { key: 'Enter', shiftKey: true },
    tab: { key: 'Tab' },
    'shift-tab': { key: 'Tab', shiftKey: true },
    up: { key: 'ArrowUp' },
    down: { key: 'ArrowDown' },
  };
  return keys[how] ?? { key: '' };
}

/** Whether a key typed on a cell starts editing it with that character (Excel's typing-over). */
export function startsTyping(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** What a key pressed on the grid (no cell being edited) asks for, besides moving. */
type GridCommand =
  | 'insert-row'
  | 'delete-rows'
  | 'copy'
  | 'fill-down'
  | 'edit'
  | 'clear'
  | 'escape'
  | 'type';

/** The command of a key, or null for a movement key (moveBy) or one the grid ignores. */
export function gridCommand(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): GridCommand | null {
  const ctrl = e.ctrlKey || e.metaKey;
  const k = e.key.toLowerCase();
  if (ctrl && e.key === 'Insert') return 'insert-row';
  if (ctrl && e.key === 'Delete') return 'delete-rows';
  if (ctrl && k === 'c') return 'copy';
  if (ctrl && k === 'd') return 'fill-down';
  if (e.key === 'F2') return 'edit';
  if (e.key === 'Delete' || e.key === 'Backspace') return 'clear';
  if (e.key === 'Escape') return 'escape';
  return startsTyping(e) ? 'type' : null;
}

const EXTENDING = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** Shift with an arrow, Home or End widens the block instead of moving it (Excel). */
export function extendsBlock(k: NavKey): boolean {
  return Boolean(k.shiftKey) && EXTENDING.has(k.key);
}

/** Which rows to render for a scroll position: a window plus a margin on each side. */
export function visibleWindow(
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  total: number,
  margin = 8,
): { start: number; end: number } {
  const first = Math.floor(scrollTop / rowHeight);
  const count = Math.ceil(viewHeight / rowHeight);
  return {
    start: Math.max(0, first - margin),
    end: Math.min(total, first + count + margin),
  };
}
