/**
 * Limits on the workbooks the program reads, checked before exceljs inflates anything: an .xlsx
 * is a zip, and its central directory states every part's uncompressed size, so a crafted file
 * whose shared strings inflate to hundreds of megabytes is refused from its first kilobytes.
 * After loading, the worksheets' used ranges are checked against a cell-count limit.
 *
 * Limits (documented in the README, 数据安全): 200 MB uncompressed in all, 5,000,000 cells.
 * The 100,000-line book of the benchmark exports to about a quarter of that.
 */
import type ExcelJS from 'exceljs';

export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
const MAX_CELLS = 5_000_000;

/** A workbook over a limit; the message is Chinese and names the file and what to do. */
export class WorkbookTooLargeError extends Error {
  readonly code = 'FILE_TOO_LARGE';
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(0);

/**
 * The total uncompressed size stated by the zip's central directory, or null when the file has
 * no readable directory (exceljs then reports it as damaged). A zip64 size counts as over limit.
 */
export function statedUncompressedSize(bytes: Uint8Array): number | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 22 + 65,535 (comment) bytes.
  const from = Math.max(0, buf.length - 22 - 65535);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return total;
}

/** Refuses a workbook whose parts would inflate beyond MAX_UNCOMPRESSED_BYTES. */
export function checkWorkbookSize(fileName: string, bytes: Uint8Array): void {
  const size = statedUncompressedSize(bytes);
  if (size !== null && size > MAX_UNCOMPRESSED_BYTES) {
    throw new WorkbookTooLargeError(
      `“${fileName}”解压后有 ${Number.isFinite(size) ? `${mb(size)} MB` : '超过 4 GB'}，` +
        `超过本程序读取工作簿的上限（${mb(MAX_UNCOMPRESSED_BYTES)} MB），未读取。` +
        '请只保留需要的工作表和数据，另存为新的 .xlsx 后再导入',
    );
  }
}

/** Refuses a loaded workbook whose used ranges hold more than MAX_CELLS cells. */
export function checkWorkbookCells(fileName: string, wb: ExcelJS.Workbook): void {
  let cells = 0;
  for (const ws of wb.worksheets) cells += ws.rowCount * ws.columnCount;
  if (cells > MAX_CELLS) {
    throw new WorkbookTooLargeError(
      `“${fileName}”的工作表共有约 ${cells.toLocaleString('en-US')} 个单元格，` +
        `超过本程序读取的上限（${MAX_CELLS.toLocaleString('en-US')} 个），未读取。请删去不需要的行列或工作表后另存再导入`,
    );
  }
}
