/**
 * Handlers of the thirteen tables: derive them for the preview, export them to xlsx, and open
 * the built-in sample book (打开示例).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ApiHandlers } from '../../../shared/api/contract';
import {
  SAMPLE_ASSETS,
  SAMPLE_INDICATORS,
  SAMPLE_INFO,
  SAMPLE_LINES,
  SAMPLE_PLAN,
  SAMPLE_PROJECTS,
  SAMPLE_TEXTS,
  SAMPLE_UNIT,
} from '../../../shared/sample/jiangmen-2021';
import { deriveTables } from '../../../shared/tables/engine';
import type { TableModel } from '../../../shared/tables/model';
import { PackError } from '../../../shared/tables/packs';
import { TableDataError } from '../../../shared/tables/prepare';
import { encodeBook } from '../../export/book-part';
import { assertExactAmounts, exportTablesWorkbook, tablesFileName } from '../../export/tables-xlsx';
import { BookDb, buildBookFile } from '../../ledger/book-db';
import { loadTablesSnapshot, writeSnapshot } from '../../ledger/snapshot';
import { versionMark } from '../../snapshots/versions';
import { ApiFailure, closeBook, requireBook, type HandlerContext } from '../context';
import { adoptBook, newBookPath } from './book';
import { reviewSheetFor } from './export-review';

type TableChannels = 'tables:derive' | 'export:xlsx' | 'book:open-sample';

export const SAMPLE_FILE_NAME = `示例-${SAMPLE_UNIT.name}-${SAMPLE_INFO.year}.sqlite`;

/**
 * Writes the sample book to `path`, replacing a file there. The book is built in a temporary
 * file beside it and renamed over the target only when complete, so a failure leaves the old
 * file untouched.
 */
export function createSampleBook(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  buildBookFile(
    path,
    'creating',
    { year: SAMPLE_INFO.year, packId: SAMPLE_INFO.packId, unit: SAMPLE_UNIT },
    (book) =>
      writeSnapshot(book, {
        units: [SAMPLE_UNIT],
        projects: [...SAMPLE_PROJECTS],
        lines: SAMPLE_LINES,
        plan: [...SAMPLE_PLAN],
        indicators: [...SAMPLE_INDICATORS],
        texts: SAMPLE_TEXTS,
        assets: SAMPLE_ASSETS,
      }),
    true,
  );
}

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
      const models = derive(ctx, tableNumbers(arg.table));
      // A figure beyond exact 分 is refused naming its cell, before 审核 sums it again.
      assertExactAmounts(models);
      const info = requireBook(ctx).info();
      const full = arg.table === undefined;
      const buffer = await exportTablesWorkbook(models, {
        extraSheets: reviewSheetFor(ctx, full ? models : undefined),
        // A full export carries the book itself, so import-book can recreate it.
        bookPart: full ? encodeBook(requireBook(ctx)) : undefined,
        footerMark: versionMark(requireBook(ctx), ctx.dataDir),
      });
      return {
        fileName: tablesFileName(
          info.year,
          models[0].unitName,
          arg.table === undefined ? undefined : models[0],
        ),
        contentBase64: buffer.toString('base64'),
      };
    },

    'book:open-sample': async (arg) => {
      // A chosen path is checked like 新建 (.sqlite, replaced only when confirmed); the default
      // is the app's own copy of the sample in its data folder, rewritten each time.
      const path = arg.path
        ? newBookPath(ctx, arg.path, arg.overwrite)
        : join(ctx.dataDir, SAMPLE_FILE_NAME);
      // Another window has the sample open: share it rather than rewrite its file under it.
      const held = ctx.sessions?.byPath(path);
      if (held && (held !== ctx.session || held.holders > 1)) return adoptBook(ctx, held.book);
      // The open book may be the older sample itself: close it before replacing its file.
      if (ctx.book && resolve(ctx.book.path) === path) closeBook(ctx);
      createSampleBook(path);
      if (!existsSync(path)) throw new ApiFailure('CANNOT_OPEN', `示例预算未能写入“${path}”`);
      return adoptBook(ctx, BookDb.open(path, { dataDir: ctx.dataDir }));
    },
  };
}
