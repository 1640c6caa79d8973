/**
 * Handlers of the line items: list, save one (checked like an imported row), delete, import a
 * CSV/XLSX file (all or nothing) and export the import layout as CSV.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { LineItem } from '../../../shared/domain';
import { exportLinesCsv } from '../../export/lines-csv';
import { checkLineEntry } from '../../import/lines-entry';
import { importLinesFile } from '../../import/lines-import';
import { getLine, deleteLines, insertLine, listLines, updateLine } from '../../ledger/lines';
import { snapshotBeforeChange } from '../book-facts';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { badInput } from './book-errors';

type LineChannels =
  | 'lines:list'
  | 'lines:save'
  | 'lines:delete'
  | 'lines:import'
  | 'lines:export-csv';

/** Base64 as sent by the renderer; Buffer.from would silently skip bad characters. */
function decodeBase64(text: unknown, fileName: string): Buffer {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text.replace(/\s/g, ''))) {
    throw new ApiFailure(
      'BAD_INPUT',
      `“${fileName}”的内容没有正确传送（不是 base64），请重新选择文件`,
    );
  }
  return Buffer.from(text, 'base64');
}

export function lineHandlers(ctx: HandlerContext): Pick<ApiHandlers, LineChannels> {
  return {
    'lines:list': async (arg) => listLines(requireBook(ctx), { unitCode: arg?.unitCode }),

    'lines:save': async (arg) => {
      const book = requireBook(ctx);
      const { line, problems } = checkLineEntry(book, arg.line);
      if (problems.length) throw badInput('明细行', problems);
      const id = arg.line.id;
      if (id === undefined) {
        const added = insertLine(book, line);
        recordChanges(ctx, { lines: { added: [added] } });
        return added;
      }
      if (!Number.isSafeInteger(id) || !updateLine(book, { ...line, id })) {
        throw new ApiFailure(
          'NOT_FOUND',
          `第 ${String(id)} 号明细行不存在，可能已被删除，请刷新后重试`,
        );
      }
      const saved: LineItem = getLine(book, id) ?? { ...line, id };
      recordChanges(ctx, { lines: { changed: [saved] } });
      return saved;
    },

    'lines:delete': async (arg) => {
      const book = requireBook(ctx);
      const ids = Array.isArray(arg?.ids) ? arg.ids : [];
      if (!ids.every((id) => Number.isSafeInteger(id))) {
        throw new ApiFailure('BAD_INPUT', '要删除的明细行编号有误，请刷新后重试');
      }
      book.transaction(() => {
        const missing = ids.filter((id) => !getLine(book, id));
        if (missing.length) {
          throw new ApiFailure(
            'NOT_FOUND',
            `明细行 ${missing.join('、')} 不存在，可能已被删除；未删除任何行，请刷新后重试`,
          );
        }
        deleteLines(book, ids);
      });
      recordChanges(ctx, { lines: { removed: ids } });
      return null;
    },

    'lines:import': async (arg) => {
      const book = requireBook(ctx);
      const fileName =
        typeof arg?.fileName === 'string' && arg.fileName ? arg.fileName : '导入文件';
      const bytes = decodeBase64(arg?.contentBase64, fileName);
      // An import may add thousands of lines at once: the state before it is kept.
      snapshotBeforeChange(ctx, book, 'before-import');
      const result = importLinesFile(book, fileName, bytes);
      // Thousands of lines, units and projects may have come: the windows read the book again.
      recordChanges(ctx, { reload: true });
      return result;
    },

    'lines:export-csv': async () => ({ csv: exportLinesCsv(requireBook(ctx)) }),
  };
}
