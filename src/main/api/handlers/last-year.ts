/**
 * Handlers of last year's figures: a new book from our own exported workbook, 结转到下一年度, the
 * preview and commit of last year's tables read from any official-layout workbook, and the
 * year-on-year comparison. A preview is kept in main until 确认导入, so what is stored is exactly
 * what the clerk saw; any failure stores nothing.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { ApiHandlers } from '../../../shared/api/contract';
import { bookCatalog } from '../../ledger/book-catalog';
import { compareTables } from '../../../shared/compare';
import type { LastYearPreview } from '../../../shared/last-year';
import { deriveTables } from '../../../shared/tables/engine';
import { loadPack } from '../../../shared/tables/packs';
import { bookPack } from '../../ledger/book-pack';
import { createBookFromContent, readBookPart } from '../../import/book-part';
import { loadWorkbook, WorkbookFileError } from '../../import/official/load-workbook';
import { readOfficialWorkbook } from '../../import/official/read-official';
import { BookDb } from '../../ledger/book-db';
import { listLastYear, replaceLastYear, type LastYearFigureInput } from '../../ledger/last-year';
import { listProjects } from '../../ledger/projects';
import { rollBook } from '../../ledger/roll';
import { loadSnapshot } from '../../ledger/snapshot';
import { snapshotBeforeChange } from '../book-facts';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { sourceFile } from './files';
import { adoptBook } from './book';

type LastYearChannels =
  | 'book:import-workbook'
  | 'book:roll'
  | 'lastyear:preview'
  | 'lastyear:commit'
  | 'compare:run';

interface HeldPreview {
  previewId: string;
  bookPath: string;
  figures: LastYearFigureInput[];
  tables: number[];
}

/** The one preview awaiting 确认导入, per session. */
const held = new WeakMap<BookDb, HeldPreview>();

function requirePath(path: unknown, what: string): string {
  if (typeof path !== 'string' || path.trim() === '')
    throw new ApiFailure('BAD_INPUT', `请填写${what}的保存位置和文件名`);
  return resolve(path.trim());
}

/** Reader refusals become failures carrying their found/missing lists. */
async function reading<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof WorkbookFileError)
      throw new ApiFailure('IMPORT_REJECTED', e.message, e.details);
    throw e;
  }
}

function flatten(preview: LastYearPreview): LastYearFigureInput[] {
  return preview.tables.flatMap((t) =>
    t.rows.flatMap((r) =>
      r.figures.map((f) => ({
        tableNo: t.tableNo,
        rowKey: r.rowKey,
        code: r.code,
        label: r.label,
        columnIndex: f.columnIndex,
        caption: f.caption,
        amountFen: f.amountFen,
      })),
    ),
  );
}

export function lastYearHandlers(ctx: HandlerContext): Pick<ApiHandlers, LastYearChannels> {
  return {
    'book:import-workbook': async (arg) => {
      const path = requirePath(arg.path, '还原的预算文件');
      {
        const { fileName, bytes } = sourceFile(arg, '请选择要导入的 .xlsx 工作簿');
        const content = await reading(async () => {
          const part = readBookPart(await loadWorkbook(fileName, bytes), fileName);
          if (!part) {
            throw new WorkbookFileError(
              'NO_TABLE',
              `“${fileName}”不是 BudgetDesk 导出的完整工作簿（没有其中保存的预算内容），不能还原为预算文件。` +
                '如只需读取其中的上年公开表数字，请打开本年预算后用“导入上年数”',
            );
          }
          return part;
        });
        await reading(async () => createBookFromContent(path, content, fileName));
        return adoptBook(ctx, BookDb.open(path, { dataDir: ctx.dataDir }));
      }
    },

    'book:roll': async (arg) => {
      const book = requireBook(ctx);
      const path = requirePath(arg.path, `${String(arg.year)} 年预算`);
      snapshotBeforeChange(ctx, book, 'before-roll');
      return rollBook(book, path, arg.year);
    },

    'lastyear:preview': async (arg) => {
      const book = requireBook(ctx);
      {
        const { fileName, bytes } = sourceFile(arg, '请选择要导入的 .xlsx 工作簿');
        const read = await reading(() =>
          readOfficialWorkbook(fileName, bytes, {
            pack: loadPack(bookPack(book)),
            catalog: bookCatalog(book),
            projects: listProjects(book),
          }),
        );
        const preview: LastYearPreview = { previewId: randomUUID(), ...read };
        held.set(book, {
          previewId: preview.previewId,
          bookPath: book.path,
          figures: flatten(preview),
          tables: preview.tables.map((t) => t.tableNo),
        });
        return preview;
      }
    },

    'lastyear:commit': async (arg) => {
      const book = requireBook(ctx);
      const preview = held.get(book);
      if (!preview || preview.previewId !== arg.previewId || preview.bookPath !== book.path) {
        throw new ApiFailure(
          'PREVIEW_EXPIRED',
          '这份预览已失效（预算已切换或已导入过），请重新选择工作簿预览后再确认导入',
        );
      }
      snapshotBeforeChange(ctx, book, 'before-last-year');
      const stored = replaceLastYear(book, preview.figures);
      held.delete(book);
      recordChanges(ctx, { lastYear: listLastYear(book) });
      return { stored, tables: preview.tables };
    },

    'compare:run': async () => {
      const book = requireBook(ctx);
      return compareTables(deriveTables(loadSnapshot(book)), listLastYear(book));
    },
  };
}
