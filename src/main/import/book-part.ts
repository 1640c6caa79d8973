/**
 * Reads back the hidden part our export writes (export/book-part.ts) and recreates the book from
 * it: a new book file with the same units, projects, lines (with their ids), plan, indicators,
 * texts, assets, reasons, last year's figures, review notes and 表注. The book is built in a temporary
 * file beside the target and renamed only when complete, so a failure leaves nothing behind.
 */
import { replaceBookCatalog } from '../ledger/book-catalog';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Workbook } from 'exceljs';
import {
  BOOK_PART_MARKER,
  BOOK_PART_MARKER_V1,
  BOOK_PART_SHEET,
  checksumText,
  type BookContent,
} from '../export/book-part';
import { packDefinitionSchema } from '../../shared/tables/packs/schema/pack';
import { buildBookFile, type BookDb } from '../ledger/book-db';
import { BookExistsError, BookFolderMissingError } from '../ledger/errors';
import { replaceLastYear } from '../ledger/last-year';
import { insertLineWithId } from '../ledger/lines';
import { setReason } from '../ledger/reasons';
import { replaceTableNotes, tableNoteProblems } from '../ledger/table-notes';
import { writeSnapshot } from '../ledger/snapshot';
import { setTexts } from '../ledger/texts';
import { setPlan } from '../ledger/plan';
import { contentEntryProblems, contentShapeProblems } from './book-part-checks';
import { BookPartDamage, contentOfV2, unpackV2 } from './book-part-v2';
import { WorkbookFileError } from './official/load-workbook';

function cellText(value: unknown): string {
  return typeof value === 'string'
    ? value
    : value === null || value === undefined
      ? ''
      : String(value);
}

function damaged(fileName: string, why: string): WorkbookFileError {
  return new WorkbookFileError(
    'BAD_TABLE',
    `“${fileName}”中 BudgetDesk 保存的预算内容已损坏（${why}），无法还原预算。请改用原始导出的文件，或用“导入上年数”按公开表读取`,
  );
}

/** The book content of a workbook exported by BudgetDesk, or null when it has no hidden part. */
export function readBookPart(wb: Workbook, fileName: string): BookContent | null {
  const ws = wb.getWorksheet(BOOK_PART_SHEET);
  if (!ws) return null;
  const marker = cellText(ws.getCell(1, 1).value);
  if (!marker.startsWith('BUDGETDESK-BOOK ')) throw damaged(fileName, '缺少版本标记');
  if (marker !== BOOK_PART_MARKER && marker !== BOOK_PART_MARKER_V1) {
    throw new WorkbookFileError(
      'BAD_TABLE',
      `“${fileName}”由较新版本的 BudgetDesk 导出（${marker.slice(16)}），本程序只能读取 v1、v2。请升级 BudgetDesk 后再导入`,
    );
  }
  let meta: { chunks?: unknown; sha256?: unknown; encoding?: unknown };
  try {
    meta = JSON.parse(cellText(ws.getCell(2, 1).value)) as typeof meta;
  } catch {
    throw damaged(fileName, '缺少分段信息');
  }
  if (typeof meta.chunks !== 'number' || typeof meta.sha256 !== 'string')
    throw damaged(fileName, '分段信息不全');
  let text = '';
  for (let i = 0; i < meta.chunks; i++) text += cellText(ws.getCell(3 + i, 1).value);
  let content: BookContent;
  try {
    const v1 = marker === BOOK_PART_MARKER_V1;
    const json = v1 ? text : unpackV2(text, meta.encoding);
    if (checksumText(json) !== meta.sha256) throw new BookPartDamage('校验值不符，内容可能被改动');
    content = v1 ? (JSON.parse(json) as BookContent) : contentOfV2(JSON.parse(json));
  } catch (e) {
    if (e instanceof BookPartDamage) throw damaged(fileName, e.message);
    throw e;
  }
  const shaped =
    content.version === 1 &&
    Array.isArray(content.units) &&
    Array.isArray(content.lines) &&
    content.units.some((u) => u.code === content.info?.unitCode);
  if (!shaped) {
    throw damaged(fileName, '内容结构不符');
  }
  if (content.catalog !== undefined && !catalogShaped(content.catalog)) {
    throw damaged(fileName, '科目表内容不符');
  }
  const notes = content.tableNotes;
  if (notes !== undefined) {
    const bad =
      typeof notes !== 'object' ||
      notes === null ||
      Object.entries(notes).some(([no, text]) => tableNoteProblems(Number(no), text).length > 0);
    if (bad) throw damaged(fileName, '表注内容不符');
  }
  if (content.pack !== undefined) {
    const pack = packDefinitionSchema.safeParse(content.pack);
    if (!pack.success || pack.data.id !== content.info.packId)
      throw damaged(fileName, '其中保存的公开表式不符');
    content.pack = pack.data;
  }
  return content;
}

/** Whether a part's catalog has the three lists of code/name pairs and a mapping. */
function catalogShaped(c: unknown): boolean {
  if (typeof c !== 'object' || c === null) return false;
  const d = c as Record<string, unknown>;
  const list = (v: unknown): boolean =>
    Array.isArray(v) &&
    v.every(
      (e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as { code?: unknown }).code === 'string' &&
        typeof (e as { name?: unknown }).name === 'string',
    );
  const mapping = d.govMapping as Record<string, unknown> | undefined;
  return (
    list(d.functions) &&
    list(d.deptEconomic) &&
    list(d.govEconomic) &&
    typeof d.source === 'string' &&
    typeof d.provisional === 'boolean' &&
    typeof mapping?.admin === 'object' &&
    typeof mapping?.institution === 'object'
  );
}

/** The embedded book failed the checks of an import; nothing was written. */
class BookPartRejectedError extends WorkbookFileError {
  constructor(fileName: string, problems: string[]) {
    super(
      'BAD_TABLE',
      `“${fileName}”中保存的预算内容有 ${problems.length} 处不符合要求，未还原预算（没有新建文件）。` +
        '请改用 BudgetDesk 原始导出的工作簿',
      problems,
    );
  }
}

/**
 * Writes every part of `content` into an empty book, in one transaction, after checking it as an
 * import (book-part-checks.ts); refuses with the problems otherwise.
 */
function fillBook(book: BookDb, content: BookContent, fileName = '工作簿'): void {
  book.transaction(() => {
    const top = content.info.unitCode;
    writeSnapshot(book, {
      units: content.units,
      projects: content.projects,
      lines: [],
      plan: [],
      indicators: content.indicators,
      texts: content.texts[top],
      assets: content.assets ?? undefined,
    });
    const problems = contentEntryProblems(book, content);
    if (problems.length) throw new BookPartRejectedError(fileName, problems);
    for (const e of content.plan) setPlan(book, e);
    for (const line of content.lines) insertLineWithId(book, line);
    for (const [unitCode, texts] of Object.entries(content.texts)) {
      if (unitCode !== top) setTexts(book, texts, unitCode);
    }
    for (const r of content.reasons) setReason(book, r.subjectKey, r.reason);
    replaceLastYear(book, content.lastYear);
    const note = book.db.prepare(
      'INSERT INTO review_notes (finding_key, note, updated_at) VALUES (?, ?, ?)',
    );
    for (const n of content.reviewNotes) note.run(n.findingKey, n.note, n.updatedAt);
    if (content.tableNotes) replaceTableNotes(book, content.tableNotes);
    if (content.catalog) replaceBookCatalog(book, content.catalog);
  });
}

/** Creates the book file `path` from `content`; refuses to overwrite an existing file. */
export function createBookFromContent(
  path: string,
  content: BookContent,
  fileName = '工作簿',
): void {
  if (existsSync(path)) throw new BookExistsError(path);
  const shape = contentShapeProblems(content);
  if (shape.length) throw new BookPartRejectedError(fileName, shape);
  if (!existsSync(dirname(path))) throw new BookFolderMissingError(path, dirname(path));
  const top = content.units.find((u) => u.code === content.info.unitCode);
  if (!top) throw new Error(`预算内容缺少本单位（${content.info.unitCode}）`);
  buildBookFile(
    path,
    'importing',
    { year: content.info.year, packId: content.info.packId, pack: content.pack, unit: top },
    (book) => fillBook(book, content, fileName),
  );
}
