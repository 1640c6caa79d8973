/**
 * 打开示例: the built-in sample book (江门市人力资源和社会保障局信息中心, 2021), written to a file
 * and opened — by the start screen, by `budgetdesk sample` and by tests that need a full book.
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
import { BookDb, buildBookFile } from '../../ledger/book-db';
import { writeSnapshot } from '../../ledger/snapshot';
import { ApiFailure, closeBook, type HandlerContext } from '../context';
import { adoptBook, newBookPath } from './book';

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

export function sampleBookHandlers(ctx: HandlerContext): Pick<ApiHandlers, 'book:open-sample'> {
  return {
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
