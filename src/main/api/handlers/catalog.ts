/**
 * Handlers of the book's catalog (科目表): the catalog the open book resolves its codes with,
 * the lines using a code, and the import of a finance bureau's 科目表 (read by main from the
 * chosen path) — a preview kept in main until 确认导入, then one all-or-nothing replacement of
 * that list.
 */
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../../../shared/api/contract';
import {
  CATALOG_KINDS,
  entriesOf,
  type CatalogKind,
  type ClassificationEntry,
} from '../../../shared/catalogs';
import { diffCatalogList, type CatalogImportPreview } from '../../../shared/catalogs/import';
import type { LineItem } from '../../../shared/domain';
import { CatalogFileError, readCatalogFile } from '../../import/catalog-file';
import { bookCatalog, replaceBookCatalogList } from '../../ledger/book-catalog';
import type { BookDb } from '../../ledger/book-db';
import { listLines } from '../../ledger/lines';
import { snapshotBeforeChange } from '../book-facts';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { sourceFile } from './files';

type CatalogChannels =
  | 'catalog:book'
  | 'catalog:usage'
  | 'catalog:import-preview'
  | 'catalog:import-commit';

interface HeldImport {
  previewId: string;
  bookPath: string;
  kind: CatalogKind;
  fileName: string;
  entries: ClassificationEntry[];
}

/** The one 科目表 preview awaiting 确认导入, per book session (a session holds one BookDb). */
const held = new WeakMap<BookDb, HeldImport>();

function kindArg(kind: unknown): CatalogKind {
  if (kind === undefined) return 'function';
  if (typeof kind === 'string' && (CATALOG_KINDS as readonly string[]).includes(kind))
    return kind as CatalogKind;
  throw new ApiFailure(
    'BAD_INPUT',
    `科目种类“${String(kind)}”不对，应为 function（支出功能分类）、dept-econ（部门经济分类）或 gov-econ（政府经济分类）`,
  );
}

/** The code a line carries for a kind of list. */
function lineCode(line: LineItem, kind: CatalogKind): string {
  if (kind === 'function') return line.functionCode;
  return kind === 'dept-econ' ? line.deptEconCode : line.govEconCode;
}

function usedCodes(book: BookDb, kind: CatalogKind): Map<string, number> {
  const used = new Map<string, number>();
  for (const l of listLines(book)) {
    const code = lineCode(l, kind);
    if (code) used.set(code, (used.get(code) ?? 0) + 1);
  }
  return used;
}

function diffFor(book: BookDb, h: HeldImport): ReturnType<typeof diffCatalogList> {
  return diffCatalogList(
    entriesOf(bookCatalog(book).data, h.kind),
    h.entries,
    usedCodes(book, h.kind),
  );
}

export function catalogHandlers(ctx: HandlerContext): Pick<ApiHandlers, CatalogChannels> {
  return {
    'catalog:book': async () => {
      const book = requireBook(ctx);
      return bookCatalog(book).data;
    },

    'catalog:usage': async (arg) => {
      const book = requireBook(ctx);
      const kind = kindArg(arg.kind);
      if (typeof arg.code !== 'string' || !/^\d{3,7}$/.test(arg.code))
        throw new ApiFailure('BAD_INPUT', `科目编码“${String(arg.code)}”应为 3 至 7 位数字`);
      return listLines(book).filter((l) => lineCode(l, kind).startsWith(arg.code));
    },

    'catalog:import-preview': async (arg) => {
      const book = requireBook(ctx);
      const kind = kindArg(arg.kind);
      const { fileName, bytes } = sourceFile(arg, '请选择要导入的科目表（.xlsx 或 .csv）');
      {
        let entries: ClassificationEntry[];
        try {
          entries = await readCatalogFile(fileName, bytes, kind);
        } catch (e) {
          if (e instanceof CatalogFileError)
            throw new ApiFailure('IMPORT_REJECTED', e.message, e.details);
          throw e;
        }
        const h: HeldImport = {
          previewId: randomUUID(),
          bookPath: book.path,
          kind,
          fileName,
          entries,
        };
        const diff = diffFor(book, h);
        held.set(book, h);
        const preview: CatalogImportPreview = {
          previewId: h.previewId,
          kind,
          fileName,
          total: entries.length,
          before: entriesOf(bookCatalog(book).data, kind).length,
          added: diff.added,
          removed: diff.removed,
          renamed: diff.renamed,
          retired: diff.retired,
        };
        return preview;
      }
    },

    'catalog:import-commit': async (arg) => {
      const book = requireBook(ctx);
      const h = held.get(book);
      if (!h || h.previewId !== arg.previewId || h.bookPath !== book.path) {
        throw new ApiFailure(
          'PREVIEW_EXPIRED',
          '这份科目表预览已失效（预算已切换或已导入过），请重新选择科目表预览后再确认导入',
        );
      }
      {
        const diff = diffFor(book, h);
        snapshotBeforeChange(ctx, book, 'before-catalog-import');
        const date = new Date().toISOString().slice(0, 10);
        book.transaction(() =>
          replaceBookCatalogList(book, h.kind, diff.result, `导入“${h.fileName}”（${date}）`),
        );
        held.delete(book);
        recordChanges(ctx, { catalog: bookCatalog(book).data });
        return { kind: h.kind, stored: diff.result.length, retired: diff.retired.length };
      }
    },
  };
}
