/**
 * A TableModel as a Word table in the official look: title and 单位名称/单位 lines and the merged
 * header as rows marked "repeat as header row", so Word repeats them on every page; 宋体 9pt,
 * amounts right-aligned in 万元 with two decimals (money.ts); total rows bold; notes below.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import { formatWan } from '../../shared/money';
import type { TableModel, TableRow as ModelRow } from '../../shared/tables/model';

export const FONT = '宋体';
const SIZE = 18; // half-points: 9pt
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };

export function run(text: string, opts: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, bold: opts.bold, size: opts.size ?? SIZE, font: FONT });
}

function cell(
  text: string,
  opts: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    bold?: boolean;
    size?: number;
    colSpan?: number;
    rowSpan?: number;
    borders?: ITableCellBorders;
  },
): TableCell {
  return new TableCell({
    columnSpan: opts.colSpan,
    rowSpan: opts.rowSpan,
    borders: opts.borders,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      new Paragraph({ alignment: opts.align ?? AlignmentType.LEFT, children: [run(text, opts)] }),
    ],
  });
}

function headerRows(model: TableModel): TableRow[] {
  const n = model.columns.length;
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: [
        cell(model.title, {
          colSpan: n,
          bold: true,
          size: 30,
          align: AlignmentType.CENTER,
          borders: NO_BORDERS,
        }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children:
        n > 1
          ? [
              cell(`单位名称：${model.unitName}`, { colSpan: n - 1, borders: NO_BORDERS }),
              cell(model.unitCaption, { align: AlignmentType.RIGHT, borders: NO_BORDERS }),
            ]
          : [cell(`单位名称：${model.unitName}    ${model.unitCaption}`, { borders: NO_BORDERS })],
    }),
  ];
  for (let r = 0; r < model.headerRows; r++) {
    const cells = model.header
      .filter((h) => h.row === r)
      .sort((a, b) => a.col - b.col)
      .map((h) =>
        cell(h.text, {
          colSpan: h.colSpan,
          rowSpan: h.rowSpan,
          bold: true,
          align: AlignmentType.CENTER,
        }),
      );
    rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: cells }));
  }
  return rows;
}

function bodyRow(row: ModelRow): TableRow {
  const bold = row.emphasis !== 'normal';
  return new TableRow({
    cantSplit: true,
    children: row.cells.map((c) =>
      c.kind === 'amount'
        ? cell(formatWan(c.fen), { bold, align: AlignmentType.RIGHT })
        : cell(c.kind === 'text' ? c.text : '', { bold }),
    ),
  });
}

/** The table laid out across `widthTwips`, columns in proportion to the model's widths. */
export function docxTable(model: TableModel, widthTwips: number): Table {
  const total = model.columns.reduce((s, c) => s + c.width, 0) || 1;
  const columnWidths = model.columns.map((c) => Math.floor((c.width / total) * widthTwips));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths,
    rows: [...headerRows(model), ...model.rows.map(bodyRow)],
  });
}

/** The notes under a table; each line of a multi-line note (a clerk's 表注) is its own paragraph. */
export function noteParagraphs(model: TableModel): Paragraph[] {
  return model.notes.flatMap((n) =>
    n.split('\n').map((line) => new Paragraph({ spacing: { before: 80 }, children: [run(line)] })),
  );
}
