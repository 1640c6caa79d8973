/**
 * The hidden book part as BudgetDesk wrote it before version 2: the JSON text itself in cells of
 * 30,000 characters under the marker "BUDGETDESK-BOOK v1", with the chunk count and the sha256 of
 * the text in A2. Kept so the tests prove that workbooks exported then still import.
 */
import type { Workbook } from 'exceljs';
import {
  BOOK_PART_MARKER_V1,
  BOOK_PART_SHEET,
  checksumText,
  type BookContent,
} from '../../src/main/export/book-part';

export function writeBookPartV1(wb: Workbook, content: BookContent): void {
  const json = JSON.stringify(content);
  const ws = wb.addWorksheet(BOOK_PART_SHEET, { state: 'veryHidden' });
  const chunks: string[] = [];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(i + 30_000, json.length);
    const code = json.charCodeAt(end - 1);
    if (end < json.length && code >= 0xd800 && code <= 0xdbff) end--;
    chunks.push(json.slice(i, end));
    i = end;
  }
  ws.getCell(1, 1).value = BOOK_PART_MARKER_V1;
  ws.getCell(2, 1).value = JSON.stringify({ chunks: chunks.length, sha256: checksumText(json) });
  chunks.forEach((c, i) => {
    ws.getCell(3 + i, 1).value = c;
  });
}
