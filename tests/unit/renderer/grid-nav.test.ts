/** Excel-like movement of the grid's active cell, and the rendered window of a long grid. */
import { describe, expect, it } from 'vitest';
import {
  commitKey,
  moveBy,
  rowRange,
  startsTyping,
  visibleWindow,
} from '../../../src/renderer/src/lib/grid-nav';

const size = { rows: 5, cols: 4, page: 2 };

describe('moveBy', () => {
  it('moves with arrows and stops at the edges', () => {
    expect(moveBy({ row: 0, col: 0 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 0 });
    expect(moveBy({ row: 0, col: 0 }, { key: 'ArrowDown' }, size)).toEqual({ row: 1, col: 0 });
    expect(moveBy({ row: 4, col: 3 }, { key: 'ArrowRight' }, size)).toEqual({ row: 4, col: 3 });
    expect(moveBy({ row: 2, col: 1 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 2, col: 0 });
  });

  it('wraps Tab / Shift+Tab across rows like Excel, Enter goes down, Shift+Enter up', () => {
    expect(moveBy({ row: 1, col: 3 }, { key: 'Tab' }, size)).toEqual({ row: 2, col: 0 });
    expect(moveBy({ row: 4, col: 3 }, { key: 'Tab' }, size)).toEqual({ row: 4, col: 3 });
    expect(moveBy({ row: 2, col: 0 }, { key: 'Tab', shiftKey: true }, size)).toEqual({
      row: 1,
      col: 3,
    });
    expect(moveBy({ row: 0, col: 0 }, { key: 'Tab', shiftKey: true }, size)).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveBy({ row: 1, col: 2 }, { key: 'Enter' }, size)).toEqual({ row: 2, col: 2 });
    expect(moveBy({ row: 1, col: 2 }, { key: 'Enter', shiftKey: true }, size)).toEqual({
      row: 0,
      col: 2,
    });
  });

  it('jumps with Home / End, Ctrl+Home / Ctrl+End and pages', () => {
    expect(moveBy({ row: 2, col: 2 }, { key: 'Home' }, size)).toEqual({ row: 2, col: 0 });
    expect(moveBy({ row: 2, col: 0 }, { key: 'End' }, size)).toEqual({ row: 2, col: 3 });
    expect(moveBy({ row: 2, col: 2 }, { key: 'Home', ctrlKey: true }, size)).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveBy({ row: 0, col: 0 }, { key: 'End', ctrlKey: true }, size)).toEqual({
      row: 4,
      col: 3,
    });
    expect(moveBy({ row: 0, col: 1 }, { key: 'PageDown' }, size)).toEqual({ row: 2, col: 1 });
    expect(moveBy({ row: 1, col: 1 }, { key: 'PageUp' }, size)).toEqual({ row: 0, col: 1 });
    expect(moveBy({ row: 1, col: 1 }, { key: 'a' }, size)).toBeNull();
  });

  it('maps how an editor was left to the move that follows', () => {
    expect(moveBy({ row: 1, col: 3 }, commitKey('tab'), size)).toEqual({ row: 2, col: 0 });
    expect(moveBy({ row: 1, col: 3 }, commitKey('shift-enter'), size)).toEqual({ row: 0, col: 3 });
    expect(moveBy({ row: 1, col: 3 }, commitKey('blur'), size)).toBeNull();
  });
});

describe('typing, ranges and the rendered window', () => {
  it('starts editing on a printable key only', () => {
    const k = (
      key: string,
      mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
    ) => startsTyping({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(k('3')).toBe(true);
    expect(k('j')).toBe(true);
    expect(k('v', { ctrlKey: true })).toBe(false);
    expect(k('ArrowDown')).toBe(false);
    expect(k('F2')).toBe(false);
  });

  it('orders a selection either way', () => {
    expect(rowRange(5, 2)).toEqual({ from: 2, to: 5 });
    expect(rowRange(2, 2)).toEqual({ from: 2, to: 2 });
  });

  it('renders about a screenful of 10,000 rows wherever the scroll is', () => {
    expect(visibleWindow(0, 560, 28, 10_000)).toEqual({ start: 0, end: 28 });
    const mid = visibleWindow(28 * 5000, 560, 28, 10_000);
    expect(mid).toEqual({ start: 4992, end: 5028 });
    expect(visibleWindow(28 * 9990, 560, 28, 10_000).end).toBe(10_000);
  });
});
