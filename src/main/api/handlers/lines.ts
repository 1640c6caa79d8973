/**
 * Handlers of the line items: list, import a CSV/XLSX file (all or nothing) and export the
 * import layout as CSV. Edits go through lines:save-many (workspace-lines.ts).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { exportLinesCsv } from '../../export/lines-csv';
import { importLinesFile } from '../../import/lines-import';
import { listLines } from '../../ledger/lines';
import { snapshotBefore } from '../../snapshots/take';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';

type LineChannels = 'lines:list' | 'lines:import' | 'lines:export-csv';

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

    'lines:import': async (arg) => {
      const book = requireBook(ctx);
      const fileName =
        typeof arg?.fileName === 'string' && arg.fileName ? arg.fileName : '导入文件';
      const bytes = decodeBase64(arg?.contentBase64, fileName);
      // An import may add thousands of lines at once: the state before it is kept.
      snapshotBefore(book, 'before-import', ctx.dataDir);
      const result = importLinesFile(book, fileName, bytes);
      // Thousands of lines, units and projects may have come: the windows read the book again.
      recordChanges(ctx, { reload: true });
      return result;
    },

    'lines:export-csv': async () => ({ csv: exportLinesCsv(requireBook(ctx)) }),
  };
}
