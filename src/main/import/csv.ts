/**
 * CSV as Excel writes it: RFC 4180 quoting, CRLF or LF, an optional UTF-8 BOM, and on Chinese
 * Windows often GBK instead of UTF-8. Small and strict rather than a dependency, because the
 * import needs exact row numbers for its messages.
 */
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'gbk';

/**
 * Text of a CSV file. Valid UTF-8 (with or without BOM) is UTF-8; anything else is read as GBK
 * (decoded as GB18030, its superset, so rare characters survive).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  let body = bytes;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    body = body.subarray(3);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(body), 'gb18030'), encoding: 'gbk' };
  }
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** One parsed record with the 1-based line of the file where it starts. */
interface CsvRecord {
  line: number;
  cells: string[];
}

/** Parses CSV text into records; a quoted field may span lines. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  for (;;) {
    // At the start of a field.
    let value: string;
    if (text[i] === '"') {
      const start = line;
      let parts = '';
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new CsvSyntaxError(start, `第 ${start} 行的引号没有闭合`);
        for (let k = text.indexOf('\n', i); k >= 0 && k < q; k = text.indexOf('\n', k + 1)) line++;
        if (text[q + 1] === '"') {
          parts += text.slice(from, q + 1);
          i = from = q + 2;
          continue;
        }
        value = parts + text.slice(from, q);
        i = q + 1;
        break;
      }
      const after = text[i];
      if (i < n && after !== ',' && after !== '\r' && after !== '\n') {
        throw new CsvSyntaxError(line, `第 ${line} 行：引号后面应是逗号或换行`);
      }
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 13 || c === 10) break; // , \r \n
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    cells.push(value);
    if (i >= n) {
      // A final line without a line break; a file ending in a line break adds no empty record.
      if (!(cells.length === 1 && cells[0] === '' && text[n - 1] !== '"')) {
        records.push({ line: recordLine, cells });
      }
      return records;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    records.push({ line: recordLine, cells });
    cells = [];
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    recordLine = line;
    if (i >= n) return records;
  }
}

/**
 * A cell Excel or WPS would run as a formula (= + - @, or a tab or CR in front), possibly behind
 * apostrophes that an earlier neutralisation added. Plain numbers (-12.50) are never formulas.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Neutralises a cell for CSV output: one apostrophe in front, so the spreadsheet shows it as text
 * and never evaluates it. unneutralise reverses it exactly, so export → import is a round trip.
 */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The value behind a neutralised cell (see neutralise); other cells are unchanged. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** One CSV field, neutralised (see neutralise), quoted when it holds a comma, quote or line break. */
export function csvField(raw: string): string {
  const value = neutralise(raw);
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
