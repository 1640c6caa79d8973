/**
 * Reads a line-items file (CSV in UTF-8 or GBK, or an .xlsx workbook) into raw text rows with
 * their row numbers as the clerk sees them in Excel. Validation is lines-rows.ts's job.
 */
import type { CellValue } from 'exceljs';
import { loadWorkbookClass } from '../lazy/heavy-modules';
import { CsvSyntaxError, decodeCsv, parseCsv, unneutralise, type CsvEncoding } from './csv';
import { checkWorkbookCells, checkWorkbookSize, WorkbookTooLargeError } from './xlsx-limits';

export interface RawRow {
  /** 1-based row number in the file (the header is row 1). */
  line: number;
  cells: string[];
  /**
   * Columns whose spreadsheet cell held a number too long to be exact (a 21-digit project code
   * typed into a number cell): Excel kept only 15 significant digits.
   */
  lossy?: number[];
}

interface RawTable {
  format: 'csv' | 'xlsx';
  encoding?: CsvEncoding;
  rows: RawRow[];
}

/** A file that cannot be read at all; the message is for the clerk. */
export class LinesFileError extends Error {
  readonly code = 'BAD_FILE';
}

export async function readLinesFile(fileName: string, bytes: Uint8Array): Promise<RawTable> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xls')) {
    throw new LinesFileError(
      `“${fileName}”是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入`,
    );
  }
  if (bytes.length === 0) throw new LinesFileError(`“${fileName}”是空文件，没有表头和明细行`);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith('.xlsx') || (isZip && !lower.endsWith('.csv'))) {
    return { format: 'xlsx', rows: await readXlsx(fileName, bytes) };
  }
  const { text, encoding } = decodeCsv(bytes);
  try {
    // Cells our own CSV export neutralised (a leading apostrophe) read back as they were.
    const rows = parseCsv(text).map((r) => ({ ...r, cells: r.cells.map(unneutralise) }));
    return { format: 'csv', encoding, rows };
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      throw new LinesFileError(`“${fileName}”${e.message}，请检查该行的引号`);
    throw e;
  }
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<RawRow[]> {
  const WorkbookClass = await loadWorkbookClass();
  const wb = new WorkbookClass();
  try {
    checkWorkbookSize(fileName, bytes);
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    checkWorkbookCells(fileName, wb);
  } catch (e) {
    if (e instanceof WorkbookTooLargeError) throw new LinesFileError(e.message);
    throw new LinesFileError(`“${fileName}”不是有效的 .xlsx 工作簿，请用 Excel 打开检查后另存`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new LinesFileError(`“${fileName}”中没有工作表`);
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const lossy: number[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const v = row.getCell(c).value;
      if (typeof v === 'number' && !Number.isSafeInteger(v) && Math.abs(v) >= 1e15)
        lossy.push(c - 1);
      cells.push(cellText(v));
    }
    rows.push(lossy.length ? { line: rowNumber, cells, lossy } : { line: rowNumber, cells });
  });
  return rows;
}

/** The text a clerk sees in a cell, without Excel's display formatting. */
function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number')
    return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: CellValue }).result;
    return result === undefined ? '' : cellText(result);
  }
  if ('hyperlink' in v) return String((v as { text?: unknown }).text ?? '');
  if ('error' in v) return String(v.error);
  return '';
}
