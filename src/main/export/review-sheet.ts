/**
 * The 审核说明 sheet: when a book is exported while 审核 still reports errors, the workbook says
 * so itself — each error in words, its amounts, the cells it concerns, and the clerk's written
 * 出错说明 (or that none was written), so whoever receives the tables sees the explanation.
 */
import type { Style, Workbook } from 'exceljs';
import type { Finding } from '../../shared/validation/finding';
import { BODY_FONT, BOLD_FONT, BORDER, TITLE_FONT } from './tables-sheet';

export const REVIEW_SHEET_NAME = '审核说明';
/** Printed in the 出错说明 column of an error the clerk did not explain. */
export const NO_NOTE_TEXT = '（未填写出错说明）';

const CELL: Partial<Style> = {
  font: BODY_FONT,
  border: BORDER,
  alignment: { vertical: 'top', wrapText: true },
};
const HEAD: Partial<Style> = {
  font: BOLD_FONT,
  border: BORDER,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};

const COLUMNS: readonly { caption: string; width: number }[] = [
  { caption: '序号', width: 6 },
  { caption: '审核规则', width: 30 },
  { caption: '问题', width: 56 },
  { caption: '应为（万元）', width: 13 },
  { caption: '实为（万元）', width: 13 },
  { caption: '差额（元）', width: 16 },
  { caption: '涉及表格', width: 24 },
  { caption: '出错说明', width: 44 },
];

/** "表5 合计/小计; 表4 …" — where the finding points in the printed tables. */
function cellsText(f: Finding): string {
  return f.where.cells.map((c) => `表${c.table}「${c.rowLabel}」${c.column}`).join('；');
}

/** Only errors need an 出错说明; warnings and hints are advice and stay out of the sheet. */
export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/**
 * Adds the 审核说明 sheet listing `errors` with their notes (by Finding.key). Does nothing when
 * there are no errors, so a clean book exports exactly its tables.
 */
export function addReviewSheet(
  wb: Workbook,
  errors: readonly Finding[],
  notes: ReadonlyMap<string, string>,
): void {
  if (errors.length === 0) return;
  const ws = wb.addWorksheet(REVIEW_SHEET_NAME, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  const title = ws.getCell(1, 1);
  title.value = '审核说明';
  title.style = {
    font: TITLE_FONT,
    alignment: { horizontal: 'center' },
  };
  ws.mergeCells(2, 1, 2, COLUMNS.length);
  ws.getCell(2, 1).value =
    `导出时审核仍有 ${errors.length} 个错误，以下为各错误及编制人员填写的出错说明。`;
  ws.getCell(2, 1).style = { font: BODY_FONT };
  const head = ws.getRow(3);
  COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.caption;
    cell.style = HEAD;
  });
  errors.forEach((f, i) => {
    const row = ws.getRow(4 + i);
    const values = [
      i + 1,
      `${f.rule} ${f.ruleText}`,
      f.message,
      f.expected?.wan ?? '',
      f.actual?.wan ?? '',
      f.difference?.yuan ?? '',
      cellsText(f),
      notes.get(f.key)?.trim() || NO_NOTE_TEXT,
    ];
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.style = CELL;
    });
  });
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  ws.pageSetup.printTitlesRow = '3:3';
}
