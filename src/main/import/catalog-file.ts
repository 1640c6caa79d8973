/**
 * Reads an official 科目表 (CSV in UTF-8 or GBK, or .xlsx) into one list of a catalog. Either a
 * header row with 科目编码 and 科目名称 (title rows above it are skipped), or one column of
 * "2080199 其他人力资源和社会保障管理事务支出" / "[2080199]其他…". The hierarchy comes from the code
 * length; every problem is one Chinese sentence naming the file, row and column.
 */
import {
  CATALOG_KIND_NAMES,
  type CatalogKind,
  type ClassificationEntry,
} from '../../shared/catalogs';
import { LinesFileError, readLinesFile, type RawRow } from './lines-file';
import { columnLetter, normaliseCaption } from './lines-layout';

/** The file cannot become the list: a summary for the clerk and one sentence per bad row. */
export class CatalogFileError extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

const LENGTHS: Record<CatalogKind, readonly number[]> = {
  function: [3, 5, 7],
  'dept-econ': [3, 5],
  'gov-econ': [3, 5],
};

const CODE_CAPTION = '科目编码';
const NAME_CAPTION = '科目名称';
/** "2080199 名称", "[2080199]名称", "【2080199】名称", "2080199\u3000名称" (ideographic space). */
const ONE_CELL = /^[[【]?\s*(\d{3,7})\s*[\]】]?\s*(.*)$/;

interface Cell {
  row: number;
  code: string;
  name: string;
  codeCol: string;
  nameCol: string;
}

function cleanName(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function headerAt(row: RawRow): { code: number; name: number } | null {
  const caps = row.cells.map(normaliseCaption);
  const code = caps.indexOf(CODE_CAPTION);
  const name = caps.indexOf(NAME_CAPTION);
  return code >= 0 && name >= 0 ? { code, name } : null;
}

/** Cells of the rows: by the header's two columns, or from one column "code name". */
function cellsOf(rows: RawRow[], problems: string[]): Cell[] {
  const h = rows.slice(0, 10).findIndex((r) => headerAt(r) !== null);
  if (h >= 0) {
    const { code, name } = headerAt(rows[h])!;
    const codeCol = `“${CODE_CAPTION}”列（${columnLetter(code)}）`;
    const nameCol = `“${NAME_CAPTION}”列（${columnLetter(name)}）`;
    return rows.slice(h + 1).map((r) => ({
      row: r.line,
      code: (r.cells[code] ?? '').trim(),
      name: cleanName(r.cells[name] ?? ''),
      codeCol,
      nameCol,
    }));
  }
  const out: Cell[] = [];
  for (const r of rows) {
    const col = r.cells.findIndex((c) => c.trim() !== '');
    const text = r.cells[col].trim();
    const m = ONE_CELL.exec(text);
    const where = `${columnLetter(col)} 列`;
    if (!m) {
      // Title rows before the first code are skipped; later, a row must be a code.
      if (out.length === 0 && problems.length === 0 && !/^\d/.test(text)) continue;
      problems.push(
        `第 ${r.line} 行 ${where}：“${text}”不是“编码 名称”（如“2080199 其他人力资源和社会保障管理事务支出”），也没有“科目编码”“科目名称”表头`,
      );
      continue;
    }
    out.push({ row: r.line, code: m[1], name: cleanName(m[2]), codeCol: where, nameCol: where });
  }
  return out;
}

function checkCell(c: Cell, kind: CatalogKind, seen: Map<string, number>): string[] {
  const lengths = LENGTHS[kind];
  const out: string[] = [];
  if (!/^\d+$/.test(c.code) || !lengths.includes(c.code.length)) {
    out.push(
      `${c.codeCol}：“${c.code}”不是${CATALOG_KIND_NAMES[kind]}的科目编码（应为 ${lengths.join('、')} 位数字）`,
    );
  } else if (seen.has(c.code)) {
    out.push(`${c.codeCol}：编码“${c.code}”与第 ${seen.get(c.code)} 行重复，请删去其中一行`);
  }
  if (c.name === '') out.push(`${c.nameCol}：编码“${c.code}”没有科目名称，请填写`);
  else if (c.name.length > 200) out.push(`${c.nameCol}：科目名称超过 200 个字`);
  return out;
}

/** The parent a code needs in the same list (类 of a 款, 款 of a 项), or null for a 类. */
function parentOf(code: string): string | null {
  return code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : null;
}

/** The entries of a 科目表 file, or a CatalogFileError listing every bad row. */
export async function readCatalogFile(
  fileName: string,
  bytes: Uint8Array,
  kind: CatalogKind,
): Promise<ClassificationEntry[]> {
  if (bytes.length === 0) {
    const msg = `“${fileName}”是空文件，没有科目`;
    throw new CatalogFileError(`${msg}。未导入任何科目。`, [msg]);
  }
  let rows: RawRow[];
  try {
    rows = (await readLinesFile(fileName, bytes)).rows.filter((r) => r.cells.some((c) => c.trim()));
  } catch (e) {
    if (e instanceof LinesFileError)
      throw new CatalogFileError(`${e.message}。未导入任何科目。`, [e.message]);
    throw e;
  }
  const problems: string[] = [];
  const cells = cellsOf(rows, problems);
  const seen = new Map<string, number>();
  const entries: ClassificationEntry[] = [];
  for (const c of cells) {
    const bad = checkCell(c, kind, seen);
    if (bad.length) problems.push(`第 ${c.row} 行，${bad.join('；')}`);
    else {
      seen.set(c.code, c.row);
      entries.push({ code: c.code, name: c.name });
    }
  }
  for (const c of cells) {
    const parent = parentOf(c.code);
    if (seen.get(c.code) === c.row && parent && !seen.has(parent)) {
      problems.push(
        `第 ${c.row} 行，${c.codeCol}：“${c.code} ${c.name}”的上级科目“${parent}”不在文件中，请补上该行`,
      );
    }
  }
  if (problems.length === 0 && entries.length === 0) {
    problems.push(`中没有科目（需要“科目编码”“科目名称”两列，或每行一个“编码 名称”）`);
  }
  if (problems.length) {
    throw new CatalogFileError(
      `“${fileName}”有 ${problems.length} 处有误，未导入任何科目。请按下列说明改正后重新导入。`,
      problems.map((p) => `“${fileName}”${p}`),
    );
  }
  return entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
