/**
 * Writes one TableModel onto an exceljs worksheet in the official look: title, 单位名称 and 单位
 * line, the merged multi-row header, bordered body with amounts as numeric 0.00 cells (the value
 * is the printed figure, rounded half-up from 分 by money.ts), codes as text, notes below, and an
 * A4 landscape page that fits the width and repeats title and header on every page.
 */
import type { Alignment, Borders, Font, Style, Worksheet } from 'exceljs';
import { fenToWan } from '../../shared/money';
import type { TableModel, TableRow } from '../../shared/tables/model';
import { displayWidth } from '../../shared/tables/widths';

const FONT_NAME = '宋体';
const THIN = { style: 'thin' } as const;
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const BODY_FONT: Partial<Font> = { name: FONT_NAME, size: 10 };
export const BOLD_FONT: Partial<Font> = { name: FONT_NAME, size: 10, bold: true };
export const TITLE_FONT: Partial<Font> = { name: FONT_NAME, size: 16, bold: true };
/** Points per printed line of 10pt text, with leading. */
const LINE_HEIGHT = 14;

/**
 * Whole-cell styles, shared: exceljs remembers the style id of a style object it has seen, so
 * cells that share one object are written without re-serialising their font, border and
 * alignment (this keeps a 10,000-row export close to the cost of an unstyled write). Never
 * mutate a cell's style after assigning one of these.
 */
function style(
  font: Partial<Font>,
  alignment: Partial<Alignment>,
  extra: Partial<Style> = {},
): Partial<Style> {
  return { font, alignment, ...extra };
}
const S = {
  title: style(TITLE_FONT, { horizontal: 'center', vertical: 'middle' }),
  unitName: style(BODY_FONT, { horizontal: 'left', vertical: 'middle' }),
  unitCaption: style(BODY_FONT, { horizontal: 'right', vertical: 'middle' }),
  header: style(
    BOLD_FONT,
    { horizontal: 'center', vertical: 'middle', wrapText: true },
    { border: BORDER },
  ),
  note: style(BODY_FONT, { horizontal: 'left', vertical: 'top', wrapText: true }),
  text: style(
    BODY_FONT,
    { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 },
    { border: BORDER },
  ),
  textBold: style(
    BOLD_FONT,
    { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 },
    { border: BORDER },
  ),
  amount: style(
    BODY_FONT,
    { horizontal: 'right', vertical: 'middle', indent: 1 },
    { border: BORDER, numFmt: '0.00' },
  ),
  amountBold: style(
    BOLD_FONT,
    { horizontal: 'right', vertical: 'middle', indent: 1 },
    { border: BORDER, numFmt: '0.00' },
  ),
};

/** Printed lines of a wrapped text; each line break the text holds (a clerk's 表注) starts one. */
function linesNeeded(text: string, width: number): number {
  return text
    .split('\n')
    .reduce(
      (n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / Math.max(1, width - 1))),
      0,
    );
}

function styleRange(
  ws: Worksheet,
  r1: number,
  c1: number,
  r2: number,
  c2: number,
  st: Partial<Style>,
): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).style = st;
}

function writeHeader(ws: Worksheet, model: TableModel, top: number): void {
  for (const h of model.header) {
    const r1 = top + h.row;
    const c1 = h.col + 1;
    const r2 = r1 + h.rowSpan - 1;
    const c2 = c1 + h.colSpan - 1;
    if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
    ws.getCell(r1, c1).value = h.text;
    styleRange(ws, r1, c1, r2, c2, S.header);
  }
  for (let r = 0; r < model.headerRows; r++) {
    let lines = 1;
    for (const h of model.header) {
      if (h.row + h.rowSpan - 1 !== r) continue;
      let width = 0;
      for (let c = h.col; c < h.col + h.colSpan; c++) width += model.columns[c].width;
      lines = Math.max(lines, Math.ceil(linesNeeded(h.text, width) / h.rowSpan));
    }
    ws.getRow(top + r).height = Math.max(20, lines * LINE_HEIGHT + 6);
  }
}

function writeBodyRow(ws: Worksheet, model: TableModel, row: TableRow, r: number): void {
  const bold = row.emphasis !== 'normal';
  const xlRow = ws.getRow(r);
  let lines = 1;
  row.cells.forEach((c, i) => {
    const cell = xlRow.getCell(i + 1);
    if (c.kind === 'amount') {
      cell.value = fenToWan(c.fen);
      cell.style = bold ? S.amountBold : S.amount;
    } else {
      // Codes stay text: "2080199" and "440700210000000035573" must not become numbers.
      if (c.kind === 'text') {
        cell.value = c.text;
        lines = Math.max(lines, linesNeeded(c.text, model.columns[i].width));
      }
      cell.style = bold ? S.textBold : S.text;
    }
  });
  xlRow.height = Math.max(18, lines * LINE_HEIGHT + 4);
}

/** Adds the table as a new sheet of the workbook. */
/**
 * Writes one table. `footerMark` (报送稿 一上 · 校验码 …, or 草稿) is printed at the left of
 * every page's footer, beside the page number.
 */
export function writeTableSheet(ws: Worksheet, model: TableModel, footerMark?: string): void {
  const n = model.columns.length;
  const totalWidth = model.columns.reduce((s, c) => s + c.width, 0);
  model.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });

  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = model.title;
  title.style = S.title;
  ws.getRow(1).height = 32;

  if (n > 1) ws.mergeCells(2, 1, 2, n - 1);
  const unit = ws.getCell(2, 1);
  unit.value = `单位名称：${model.unitName}`;
  unit.style = S.unitName;
  const caption = ws.getCell(2, n);
  caption.value = n > 1 ? model.unitCaption : `${unit.value}    ${model.unitCaption}`;
  caption.style = S.unitCaption;
  ws.getRow(2).height = 20;

  const headerTop = 3;
  writeHeader(ws, model, headerTop);
  let r = headerTop + model.headerRows;
  for (const row of model.rows) writeBodyRow(ws, model, row, r++);

  for (const note of model.notes) {
    ws.mergeCells(r, 1, r, n);
    const cell = ws.getCell(r, 1);
    cell.value = note;
    cell.style = S.note;
    ws.getRow(r).height = linesNeeded(note, totalWidth) * LINE_HEIGHT + 6;
    r++;
  }

  const lastTitleRow = headerTop + model.headerRows - 1;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: model.orientation ?? 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${lastTitleRow}`,
  };
  // "&" starts a code in Excel's footer syntax; a literal one is "&&".
  const mark = footerMark ? `&L${footerMark.replace(/&/g, '&&')}` : '';
  ws.headerFooter = { oddFooter: `${mark}&C第 &P 页，共 &N 页` };
  ws.views = [{ state: 'frozen', ySplit: lastTitleRow, xSplit: 0 }];
}
