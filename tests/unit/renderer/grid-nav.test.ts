/** Excel-like movement of the grid's active cell, and the rendered window of a long grid. */
import { describe, expect, it } from 'vitest';
import {
  commitKey,
  extendsBlock,
  gridCommand,
  moveBy,
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

  it('tells the grid’s commands from movement and typing', () => {
    const c = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) =>
      gridCommand({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(c('Insert', { ctrlKey: true })).toBe('insert-row');
    expect(c('Delete', { ctrlKey: true })).toBe('delete-rows');
    expect(c('c', { ctrlKey: true })).toBe('copy');
    expect(c('C', { metaKey: true })).toBe('copy');
    expect(c('d', { ctrlKey: true })).toBe('fill-down');
    expect(c('F2')).toBe('edit');
    expect(c('Backspace')).toBe('clear');
    expect(c('Escape')).toBe('escape');
    expect(c('3')).toBe('type');
    expect(c('v', { ctrlKey: true })).toBeNull(); // the paste event handles it
    expect(c('ArrowDown')).toBeNull();
  });

  it('widens the block with Shift and an arrow, Home or End, not with Shift+Tab', () => {
    expect(extendsBlock({ key: 'ArrowLeft', shiftKey: true })).toBe(true);
    expect(extendsBlock({ key: 'End', shiftKey: true })).toBe(true);
    expect(extendsBlock({ key: 'ArrowLeft' })).toBe(false);
    expect(extendsBlock({ key: 'Tab', shiftKey: true })).toBe(false);
    expect(extendsBlock({ key: 'Enter', shiftKey: true })).toBe(false);
  });

  it('renders about a screenful of 10,000 rows wherever the scroll is', () => {
    expect(visibleWindow(0, 560, 28, 10_000)).toEqual({ start: 0, end: 28 });
    const mid = visibleWindow(28 * 5000, 560, 28, 10_000);
    expect(mid).toEqual({ start: 4992, end: 5028 });
    expect(visibleWindow(28 * 9990, 560, 28, 10_000).end).toBe(10_000);
  });
});
