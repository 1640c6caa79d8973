/**
 * The catalog stored in the book (migration 003): read as CatalogData, filled from the built-in
 * catalog of the book's year, and one list replaced by an imported 科目表.
 */
import {
  CATALOG_KINDS,
  Catalog,
  catalogOfBook,
  entriesOf,
  type CatalogData,
  type CatalogKind,
  type ClassificationEntry,
} from '../../shared/catalogs';
import { allowedPairs, builtInCatalogData } from '../../shared/catalogs/loader';
import type { GovMappingTable } from '../../shared/catalogs/types';
import type { BookDb } from './book-db';

interface EntryRow {
  kind: CatalogKind;
  code: string;
  name: string;
  uncertain: number;
  retired: number;
}

function toEntry(r: EntryRow): ClassificationEntry {
  const e: ClassificationEntry = { code: r.code, name: r.name };
  if (r.uncertain) e.uncertain = true;
  if (r.retired) e.retired = true;
  return e;
}

/** Read once per open book; dropped when a list is replaced. */
const loaded = new WeakMap<BookDb, { data: CatalogData | undefined }>();

/** The book's catalog, or undefined when it holds none (a year without a built-in catalog). */
export function loadBookCatalog(book: BookDb): CatalogData | undefined {
  let hit = loaded.get(book);
  if (!hit) {
    hit = { data: readBookCatalog(book) };
    loaded.set(book, hit);
  }
  return hit.data;
}

/**
 * The catalog every code of the book is resolved with: the stored one, else (a year without a
 * built-in catalog) getCatalog's refusal naming the year.
 */
export function bookCatalog(book: BookDb): Catalog {
  return catalogOfBook({ info: book.info(), catalog: loadBookCatalog(book) });
}

/** Whether the book's schema has the catalog tables (tests build books from older migrations). */
function hasCatalogTables(book: BookDb): boolean {
  return !!book.db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'catalog_info'")
    .get();
}

function readBookCatalog(book: BookDb): CatalogData | undefined {
  if (!hasCatalogTables(book)) return undefined;
  const info = book.db
    .prepare('SELECT provisional, source, gov_mapping AS govMapping FROM catalog_info WHERE id = 1')
    .get() as { provisional: number; source: string; govMapping: string } | undefined;
  if (!info) return undefined;
  const rows = book.db
    .prepare('SELECT kind, code, name, uncertain, retired FROM catalog_entries ORDER BY kind, code')
    .all() as EntryRow[];
  const lists: Record<CatalogKind, ClassificationEntry[]> = {
    function: [],
    'dept-econ': [],
    'gov-econ': [],
  };
  for (const r of rows) lists[r.kind].push(toEntry(r));
  const govMapping = JSON.parse(info.govMapping) as GovMappingTable;
  const deptEconomic = lists['dept-econ'];
  return {
    year: book.info().year,
    provisional: info.provisional === 1,
    source: info.source,
    functions: lists.function,
    deptEconomic,
    govEconomic: lists['gov-econ'],
    govMapping,
    govAllowed: allowedPairs({ deptEconomic, govMapping }),
  };
}

function insertEntries(
  book: BookDb,
  kind: CatalogKind,
  entries: readonly ClassificationEntry[],
): void {
  const insert = book.db.prepare(
    'INSERT INTO catalog_entries (kind, code, name, uncertain, retired) VALUES (?, ?, ?, ?, ?)',
  );
  for (const e of entries) insert.run(kind, e.code, e.name, e.uncertain ? 1 : 0, e.retired ? 1 : 0);
}

/**
 * Copies the built-in catalog of the book's year into a book that holds none (a new book, or one
 * just upgraded to schema 3), in one transaction. A year without a built-in catalog is left
 * empty: the checks then say the year has no catalog.
 */
export function ensureBookCatalog(book: BookDb): void {
  if (!hasCatalogTables(book)) return;
  book.transaction(() => {
    if (book.db.prepare('SELECT 1 FROM catalog_info WHERE id = 1').get()) return;
    const data = builtInCatalogData(book.info().year);
    if (!data) return;
    book.db
      .prepare(
        'INSERT INTO catalog_info (id, provisional, source, gov_mapping) VALUES (1, ?, ?, ?)',
      )
      .run(data.provisional ? 1 : 0, data.source, JSON.stringify(data.govMapping));
    for (const kind of CATALOG_KINDS) insertEntries(book, kind, entriesOf(data, kind));
    loaded.delete(book);
  });
}

/**
 * Replaces the whole stored catalog with `data` (a book restored from an exported workbook keeps
 * the catalog it was printed with). The caller runs this inside its transaction.
 */
export function replaceBookCatalog(book: BookDb, data: CatalogData): void {
  loaded.delete(book);
  book.db.prepare('DELETE FROM catalog_entries').run();
  book.db
    .prepare(
      `INSERT INTO catalog_info (id, provisional, source, gov_mapping) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET provisional = excluded.provisional, source = excluded.source,
         gov_mapping = excluded.gov_mapping`,
    )
    .run(data.provisional ? 1 : 0, data.source, JSON.stringify(data.govMapping));
  for (const kind of CATALOG_KINDS) insertEntries(book, kind, entriesOf(data, kind));
}

/**
 * Replaces one list with `entries` (already checked) and notes the import as the catalog's
 * source; the catalog is no longer provisional once the function list is imported. The caller
 * runs this inside its transaction.
 */
export function replaceBookCatalogList(
  book: BookDb,
  kind: CatalogKind,
  entries: readonly ClassificationEntry[],
  source: string,
): void {
  loaded.delete(book);
  book.db.prepare('DELETE FROM catalog_entries WHERE kind = ?').run(kind);
  insertEntries(book, kind, entries);
  book.db
    .prepare('UPDATE catalog_info SET source = ?, provisional = provisional AND ? WHERE id = 1')
    .run(source, kind === 'function' ? 0 : 1);
}
