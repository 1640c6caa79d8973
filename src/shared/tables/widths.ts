/**
 * Column widths in Excel character units, fitted to the content: a CJK character is about two
 * units wide. Header captions may wrap onto two lines, so they count half.
 */
import { formatWan } from '../money';
import type { ColumnSpec, HeaderCell, TableRow } from './model';
import type { LeafColumn } from './template';

const MAX_TEXT_WIDTH = 60;
const MIN_AMOUNT_WIDTH = 10;

/** Display width: CJK and full-width characters count two, others one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    w += cp >= 0x2e80 || (cp >= 0x2018 && cp <= 0x201d) ? 2 : 1;
  }
  return w;
}

export function fitColumns(
  leaves: readonly LeafColumn[],
  header: readonly HeaderCell[],
  rows: readonly TableRow[],
  captionLines = 2,
): ColumnSpec[] {
  return leaves.map((leaf, c) => {
    let content = 0;
    for (const row of rows) {
      const cell = row.cells[c];
      if (cell.kind === 'text') content = Math.max(content, displayWidth(cell.text));
      // Amounts print bold on total rows and carry an indent: one more unit than their digits.
      else if (cell.kind === 'amount') content = Math.max(content, formatWan(cell.fen).length + 1);
    }
    // A leaf caption may wrap onto `captionLines` lines; in ordinary tables a caption of up to
    // eight CJK characters stays on one line, since "其中：基本支出" broken in two reads badly.
    const caption = header.find(
      (h) => h.col === c && h.colSpan === 1 && h.row + h.rowSpan === maxRow(header),
    );
    const captionText = caption ? displayWidth(caption.text) : 0;
    const oneLine = captionLines <= 2 ? 16 : 6;
    const captionWidth = Math.min(
      captionText,
      Math.max(Math.ceil(captionText / captionLines), oneLine),
    );
    const min = leaf.minWidth ?? (leaf.kind === 'amount' ? MIN_AMOUNT_WIDTH : 6);
    const max = leaf.kind === 'text' ? (leaf.maxWidth ?? MAX_TEXT_WIDTH) : MAX_TEXT_WIDTH;
    const width = Math.min(max, Math.max(min, content + 2, captionWidth + 2));
    return { kind: leaf.kind, width, caption: leaf.caption };
  });
}

function maxRow(header: readonly HeaderCell[]): number {
  let m = 0;
  for (const h of header) m = Math.max(m, h.row + h.rowSpan);
  return m;
}
