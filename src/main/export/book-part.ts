/**
 * The book's own content, carried inside every full export as a hidden worksheet, so that a
 * workbook sent or archived last year can recreate the book exactly (import-book). The sheet is
 * 'veryHidden' (Excel's 取消隐藏 does not list it) and versioned: A1 holds the marker, A2 the
 * chunk count and checksum, A3… the content in chunks below Excel's 32,767-character cell limit.
 * Exports write version 2 (compressed, book-part-codec.ts); version 1 was the JSON text itself.
 */
import type { CatalogData } from '../../shared/catalogs';
import { loadBookCatalog } from '../ledger/book-catalog';
import { createHash } from 'node:crypto';
import type { Workbook } from 'exceljs';
import { BOOK_PART_MARKER_V2, encodeBookPart, type EncodedBookPart } from './book-part-codec';
import type {
  AssetFigures,
  BookInfo,
  ChangeReason,
  IncomePlanEntry,
  LineItem,
  PerformanceIndicator,
  Project,
  Unit,
  UnitTexts,
} from '../../shared/domain';
import type { PackDefinition } from '../../shared/tables/packs';
import type { BookDb } from '../ledger/book-db';
import { carriedPack } from '../ledger/book-pack';
import { getAssets } from '../ledger/assets';
import { listIndicators } from '../ledger/indicators';
import { listLastYear, type LastYearFigureInput } from '../ledger/last-year';
import { LINE_ROW_FIELDS, lineRows, listLines, type LineRow } from '../ledger/lines';
import { listPlan } from '../ledger/plan';
import { listProjects } from '../ledger/projects';
import { listReasons } from '../ledger/reasons';
import { listReviewNotes, type ReviewNote } from '../ledger/review-notes';
import { listTableNotes } from '../ledger/table-notes';
import { getTexts } from '../ledger/texts';
import { listUnits } from '../ledger/units';

export const BOOK_PART_SHEET = 'BUDGETDESK_BOOK';
/** The marker of the version exports write now. */
export const BOOK_PART_MARKER = BOOK_PART_MARKER_V2;
/** The first version: the JSON text itself in chunks. Still read; no longer written. */
export const BOOK_PART_MARKER_V1 = 'BUDGETDESK-BOOK v1';

/** Everything a book holds, as plain data (in memory, and the JSON of version 1). */
export interface BookContent {
  version: 1;
  info: BookInfo;
  units: Unit[];
  projects: Project[];
  /** With their ids, so lines keep their numbers through a round trip. */
  lines: LineItem[];
  plan: IncomePlanEntry[];
  indicators: Omit<PerformanceIndicator, 'id'>[];
  /** 第一部分 texts by unit code (units without texts are absent). */
  texts: Record<string, UnitTexts>;
  assets: AssetFigures | null;
  reasons: ChangeReason[];
  lastYear: LastYearFigureInput[];
  reviewNotes: ReviewNote[];
  /**
   * The clerk's 表注 by table number. Optional within v1: a v1 reader ignores a field it does not
   * know, and a part written before 表注 existed simply has none — so no version bump.
   */
  tableNotes?: Record<string, string>;
  /**
   * The book's catalog (科目表, migration 003). Optional within v1 like tableNotes: a part written
   * before books carried their catalog restores with the built-in catalog of its year.
   */
  catalog?: CatalogData;
  /** The pack a book made from a pack file carries (optional within v1, like tableNotes). */
  pack?: PackDefinition;
}

/** Everything but the lines: small, read as objects. */
type BookHead = Omit<BookContent, 'version' | 'lines'>;

function readBookHead(book: BookDb): BookHead {
  const { year, packId, unitCode } = book.info();
  const units = listUnits(book);
  const texts: Record<string, UnitTexts> = {};
  for (const u of units) {
    const t = getTexts(book, u.code);
    if (t.mainDuties || t.organization || t.budgetComposition) texts[u.code] = t;
  }
  const pack = carriedPack(book);
  return {
    info: { year, packId, unitCode },
    units,
    projects: listProjects(book),
    plan: listPlan(book),
    indicators: listIndicators(book).map(({ id: _id, ...rest }) => rest),
    texts,
    assets: getAssets(book),
    reasons: listReasons(book),
    lastYear: listLastYear(book).map(({ id: _id, ...rest }) => rest),
    reviewNotes: listReviewNotes(book),
    tableNotes: listTableNotes(book),
    catalog: loadBookCatalog(book),
    ...(pack ? { pack } : {}),
  };
}

export function readBookContent(book: BookDb): BookContent {
  return { version: 1, ...readBookHead(book), lines: listLines(book) };
}

/** The hidden part of a book, encoded straight from the book: its lines never become objects. */
export function encodeBook(book: BookDb): EncodedBookPart {
  return encodeBookPart(readBookHead(book), lineRows(book));
}

function encodeContent(content: BookContent): EncodedBookPart {
  const { version: _v, lines, ...head } = content;
  const rows = lines.map((l) => LINE_ROW_FIELDS.map((f) => l[f]) as LineRow);
  return encodeBookPart(head, rows);
}

export function checksumText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Adds the hidden, versioned part holding the book (encoded, or its content) to the workbook. */
export function writeBookPart(wb: Workbook, part: BookContent | EncodedBookPart): void {
  const encoded = 'chunks' in part ? part : encodeContent(part);
  const ws = wb.addWorksheet(BOOK_PART_SHEET, { state: 'veryHidden' });
  ws.getCell(1, 1).value = BOOK_PART_MARKER;
  ws.getCell(2, 1).value = JSON.stringify(encoded.meta);
  encoded.chunks.forEach((c, i) => {
    ws.getCell(3 + i, 1).value = c;
  });
}
