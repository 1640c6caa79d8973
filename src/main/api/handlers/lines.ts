/**
 * Handlers of the line items: list; save several edits as one transaction (a typed line, a
 * pasted block, an undo or redo step; checked like an imported row); import a CSV/XLSX file (all
 * or nothing); export the import layout as CSV.
 */
import type { BookChanges } from '../../../shared/api/changes';
import type { ApiHandlers } from '../../../shared/api/contract';
import type { LineItem } from '../../../shared/domain';
import { exportLinesCsv } from '../../export/lines-csv';
import { checkLineEntry } from '../../import/lines-entry';
import { importLinesFile } from '../../import/lines-import';
import type { BookDb } from '../../ledger/book-db';
import {
  deleteLines,
  getLine,
  insertLine,
  insertLineWithId,
  listLines,
  updateLine,
} from '../../ledger/lines';
import { snapshotBeforeChange } from '../book-facts';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { badInput } from './book-errors';

type LineChannels = 'lines:list' | 'lines:save-many' | 'lines:import' | 'lines:export-csv';

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

const keep = <T>(list: T[], item: T): T => {
  list.push(item);
  return item;
};

const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

function saveMany(
  book: BookDb,
  arg: Parameters<ApiHandlers['lines:save-many']>[0],
): { saved: LineItem[]; changes: BookChanges } {
  const input = Array.isArray(arg?.lines) ? arg.lines : [];
  const deleteIds = Array.isArray(arg?.deleteIds) ? arg.deleteIds : [];
  if (!deleteIds.every(isId) || !input.every((l) => l?.id === undefined || isId(l.id))) {
    throw new ApiFailure('BAD_INPUT', '明细行编号有误，未作任何修改，请刷新后重试');
  }
  // Every line is checked before anything is written, so one bad row changes nothing.
  const problems: string[] = [];
  const checked = input.map((raw, i) => {
    const { line, problems: p } = checkLineEntry(book, raw);
    for (const msg of p) problems.push(`第 ${i + 1} 行：${msg}`);
    return { line, id: raw.id };
  });
  if (problems.length) throw badInput(`${input.length} 行明细中`, problems);
  return book.transaction(() => {
    const missing = deleteIds.filter((id) => !getLine(book, id));
    if (missing.length) {
      throw new ApiFailure(
        'NOT_FOUND',
        `明细行 ${missing.join('、')} 不存在，可能已被删除；未作任何修改，请刷新后重试`,
      );
    }
    deleteLines(book, deleteIds);
    const added: LineItem[] = [];
    const changed: LineItem[] = [];
    const saved = checked.map(({ line, id }, i): LineItem => {
      if (id === undefined) return keep(added, insertLine(book, line));
      if (updateLine(book, { ...line, id })) return keep(changed, { ...line, id });
      if (arg.restore) return keep(added, insertLineWithId(book, { ...line, id }));
      throw new ApiFailure(
        'NOT_FOUND',
        `第 ${i + 1} 行（明细 ${id}）不存在，可能已被删除；未作任何修改，请刷新后重试`,
      );
    });
    return { saved, changes: { lines: { added, changed, removed: deleteIds } } };
  });
}

export function lineHandlers(ctx: HandlerContext): Pick<ApiHandlers, LineChannels> {
  return {
    'lines:list': async (arg) => listLines(requireBook(ctx), { unitCode: arg?.unitCode }),

    'lines:save-many': async (arg) => {
      const book = requireBook(ctx);
      const { saved, changes } = saveMany(book, arg);
      recordChanges(ctx, changes);
      return saved;
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
