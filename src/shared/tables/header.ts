/**
 * Lays a header tree out on a grid of merged cells: a group spans the columns of its leaves; a
 * leaf that sits higher than the deepest leaf spans down to the last header row, as the printed
 * tables merge "合计" over both header rows beside "财政拨款{…}".
 */
import type { HeaderCell } from './model';
import type { HeaderItem } from './template';

function depthOf(items: readonly HeaderItem[]): number {
  let d = 0;
  for (const item of items) d = Math.max(d, item.kind === 'group' ? 1 + depthOf(item.children) : 1);
  return d;
}

function leafCount(item: HeaderItem): number {
  return item.kind === 'group' ? item.children.reduce((n, c) => n + leafCount(c), 0) : 1;
}

interface HeaderLayout {
  rows: number;
  cells: HeaderCell[];
}

export function layoutHeader(items: readonly HeaderItem[]): HeaderLayout {
  const rows = depthOf(items);
  const cells: HeaderCell[] = [];
  const place = (list: readonly HeaderItem[], row: number, startCol: number): void => {
    let col = startCol;
    for (const item of list) {
      const span = leafCount(item);
      if (item.kind === 'group') {
        cells.push({ text: item.caption, row, col, rowSpan: 1, colSpan: span });
        place(item.children, row + 1, col);
      } else {
        cells.push({ text: item.caption, row, col, rowSpan: rows - row, colSpan: 1 });
      }
      col += span;
    }
  };
  place(items, 0, 0);
  return { rows, cells };
}
