/**
 * Handlers of the thirteen tables: derive them (the CLI's export names them) and write them as an
 * xlsx workbook where the clerk chose.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { deriveTables } from '../../../shared/tables/engine';
import type { TableModel } from '../../../shared/tables/model';
import { PackError } from '../../../shared/tables/packs';
import { TableDataError } from '../../../shared/tables/prepare';
import { encodeBook } from '../../export/book-part';
import { assertExactAmounts, exportTablesWorkbook } from '../../export/tables-xlsx';
import { loadTablesSnapshot } from '../../ledger/snapshot';
import { versionMark } from '../../snapshots/versions';
import { ApiFailure, requireBook, type HandlerContext } from '../context';
import { reviewSheetFor } from './export-review';
import { exportPath, writeExport, type ExportKind } from './export-target';

type TableChannels = 'tables:derive' | 'export:xlsx';

const WORKBOOK: ExportKind = { extension: '.xlsx', what: '导出的 Excel 工作簿' };

/** Table numbers from an argument: whole numbers, or a Chinese failure naming the bad one. */
function tableNumbers(value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  for (const n of list) {
    if (typeof n !== 'number' || !Number.isInteger(n)) {
      throw new ApiFailure('BAD_INPUT', `表号“${String(n)}”有误：请填写 1–13 之间的整数`);
    }
  }
  return list as number[];
}

/** Derives the open book's tables; engine and pack errors become Chinese failures. */
function derive(ctx: HandlerContext, numbers?: number[]): TableModel[] {
  try {
    return deriveTables(loadTablesSnapshot(requireBook(ctx)), numbers);
  } catch (e) {
    if (e instanceof PackError) throw new ApiFailure('BAD_INPUT', e.message);
    if (e instanceof TableDataError) throw new ApiFailure('TABLE_DATA', e.message);
    throw e;
  }
}

export function tableHandlers(ctx: HandlerContext): Pick<ApiHandlers, TableChannels> {
  return {
    'tables:derive': async (arg) => derive(ctx, tableNumbers(arg.tables)),

    'export:xlsx': async (arg) => {
      exportPath(arg, WORKBOOK);
      const models = derive(ctx, tableNumbers(arg.table));
      // A figure beyond exact 分 is refused naming its cell, before 审核 sums it again.
      assertExactAmounts(models);
      const full = arg.table === undefined;
      const buffer = await exportTablesWorkbook(models, {
        extraSheets: reviewSheetFor(ctx, full ? models : undefined),
        // A full export carries the book itself, so import-book can recreate it.
        bookPart: full ? encodeBook(requireBook(ctx)) : undefined,
        footerMark: versionMark(requireBook(ctx), ctx.dataDir),
      });
      return writeExport(arg, WORKBOOK, buffer);
    },
  };
}
