/**
 * Opens a workbook the clerk chose, telling apart the files that are not one: empty, an
 * encrypted (password-protected) workbook or an old .xls (both OLE compound files, D0 CF 11 E0),
 * a CSV or anything else renamed to .xlsx, a damaged zip. Each becomes a WorkbookFileError whose
 * Chinese message names the file and what to do.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { loadWorkbookClass } from '../../lazy/heavy-modules';
import { checkWorkbookCells, checkWorkbookSize, WorkbookTooLargeError } from '../xlsx-limits';

export class WorkbookFileError extends Error {
  constructor(
    readonly code:
      | 'EMPTY_FILE'
      | 'ENCRYPTED'
      | 'NOT_XLSX'
      | 'EMPTY_WORKBOOK'
      | 'NO_TABLE'
      | 'BAD_TABLE',
    message: string,
    /** One sentence per problem or per finding (what was found, what is missing). */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Loads an .xlsx; refuses with WorkbookFileError whatever is not a readable one. */
export async function loadWorkbook(fileName: string, bytes: Uint8Array): Promise<Workbook> {
  if (bytes.length === 0) {
    throw new WorkbookFileError(
      'EMPTY_FILE',
      `“${fileName}”是空文件（0 字节），请选择导出的 .xlsx 工作簿`,
    );
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookFileError(
      'ENCRYPTED',
      `“${fileName}”是加密（设置了打开密码）的工作簿或旧版 .xls 文件，无法读取。` +
        '请在 Excel 中打开它，在“文件—信息—保护工作簿”中删除密码，另存为 .xlsx 后再导入',
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const text = /\.csv$/i.test(fileName) ? '这是 CSV 文本文件' : '文件内容不是 Excel 工作簿';
    throw new WorkbookFileError(
      'NOT_XLSX',
      `“${fileName}”不是 .xlsx 工作簿（${text}）。请在 Excel 中打开后另存为“Excel 工作簿 (*.xlsx)”再导入`,
    );
  }
  const WorkbookClass = await loadWorkbookClass();
  const wb = new WorkbookClass();
  try {
    checkWorkbookSize(fileName, bytes);
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    checkWorkbookCells(fileName, wb);
  } catch (e) {
    if (e instanceof WorkbookTooLargeError) throw new WorkbookFileError('NOT_XLSX', e.message);
    throw new WorkbookFileError(
      'NOT_XLSX',
      `“${fileName}”无法作为 .xlsx 工作簿读取（文件可能已损坏或不完整）。请在 Excel 中打开并另存后再导入`,
    );
  }
  return wb;
}

/** Whether a worksheet holds any value at all. */
export function sheetHasValues(ws: Worksheet): boolean {
  let found = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (found) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== undefined && String(cell.text ?? '').trim() !== '')
        found = true;
    });
  });
  return found;
}
