/**
 * The disclosure workbook: one sheet per table, in the order given (表1 … 表13), each laid out
 * by tables-sheet.ts. Also the file names the app suggests for it.
 */
import type { Workbook } from 'exceljs';
import type { TableModel } from '../../shared/tables/model';
import { loadWorkbookClass } from '../lazy/heavy-modules';
import { writeBookPart, type BookContent } from './book-part';
import type { EncodedBookPart } from './book-part-codec';
import { sheetNameOf } from '../../shared/export-names';
import { writeTableSheet } from './tables-sheet';

interface TablesWorkbookOptions {
  /** Written into the workbook's properties. */
  creator?: string;
  /** Fixed creation time (tests compare workbooks byte-free, but keep output reproducible). */
  created?: Date;
  /** Adds sheets after the tables (e.g. the 审核说明 sheet of review-sheet.ts). */
  extraSheets?: (wb: Workbook) => void;
  /** The book (encoded, or its content), written as a hidden part so import-book can recreate it. */
  bookPart?: BookContent | EncodedBookPart;
  /** The version mark of every page footer (see snapshots/versions.ts versionMark). */
  footerMark?: string;
}

class ExportError extends Error {
  readonly code = 'EXPORT';
}

/**
 * Refuses a table figure beyond the exact-integer range of 分 (±2^53−1, about 90 万亿元), as
 * 审核 does: such a figure is no longer the sum of its lines, and printing it would publish a
 * wrong number.
 */
export function assertExactAmounts(models: readonly TableModel[]): void {
  for (const m of models) {
    for (const r of m.rows) {
      r.cells.forEach((c, i) => {
        if (c.kind === 'amount' && !Number.isSafeInteger(c.fen)) {
          throw new ExportError(
            `表${m.number}“${r.label}”行“${m.columns[i]?.caption ?? ''}”列的合计超出可精确计算的金额范围` +
              '（约 90 万亿元），未导出。请检查明细中过大的金额（可能是录入或导入时多写了位数）后再导出',
          );
        }
      });
    }
  }
}

export async function exportTablesWorkbook(
  models: readonly TableModel[],
  opts: TablesWorkbookOptions = {},
): Promise<Buffer> {
  if (models.length === 0) throw new ExportError('没有可导出的表：请至少选择一张表');
  assertExactAmounts(models);
  const WorkbookClass = await loadWorkbookClass();
  const wb = new WorkbookClass();
  wb.creator = opts.creator ?? 'BudgetDesk 部门预算编制';
  wb.created = opts.created ?? new Date();
  const used = new Set<string>();
  for (const model of models) {
    const name = sheetNameOf(model);
    if (used.has(name)) throw new ExportError(`表${model.number}重复：每张表只能导出一次`);
    used.add(name);
    writeTableSheet(wb.addWorksheet(name), model, opts.footerMark);
  }
  if (opts.bookPart) writeBookPart(wb, opts.bookPart);
  opts.extraSheets?.(wb);
  // exceljs deflates with pako, in JavaScript: its fastest level takes a fraction of the default's
  // time for a file about a tenth larger (the hidden book part is compressed already).
  const data = await wb.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
  });
  return Buffer.from(data as ArrayBuffer);
}
