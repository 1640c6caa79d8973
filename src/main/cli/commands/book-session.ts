/**
 * What the book commands share: a handler session over the same createHandlers as the app, and
 * printing an ApiFailure the way a clerk can act on it (summary, then one line per detail).
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ApiHandlers } from '../../../shared/api/contract';
import { ApiFailure, closeBook, type HandlerContext } from '../../api/context';
import { createHandlers } from '../../api/handlers';
import type { CliIo } from '../command';

/** The app's data folder (recent list), shared with browser mode. */
export function cliDataDir(): string {
  return resolve(process.env.BUDGETDESK_DATA_DIR ?? join(homedir(), '.budgetdesk'));
}

/**
 * Runs fn with fresh handlers and closes whatever book it opened, also on failure. An ApiFailure
 * is printed (reportFailure) and becomes exit code 2; anything else is rethrown.
 */
export async function withHandlers(
  io: CliIo,
  fn: (api: ApiHandlers) => Promise<number>,
): Promise<number> {
  const ctx: HandlerContext = { book: null, dataDir: cliDataDir(), booksDir: process.cwd() };
  try {
    return await fn(createHandlers(ctx));
  } catch (e) {
    return reportFailure(e, io);
  } finally {
    closeBook(ctx);
  }
}

/** Prints an ApiFailure to stderr and returns exit code 2; rethrows anything else. */
function reportFailure(e: unknown, io: CliIo): number {
  if (!(e instanceof ApiFailure)) throw e;
  const details = e.details ?? [];
  // A one-detail failure already says everything in its message.
  const lines =
    details.length > 1 || (details.length === 1 && !e.message.includes(details[0])) ? details : [];
  io.err([`出错：${e.message}`, ...lines.map((d) => `  ${d}`)].join('\n'));
  return 2;
}

/** Usage problems: message plus the command's help, exit code 2. */
export function usageError(io: CliIo, problems: string[], help: string): number {
  io.err(`参数有误：${problems.join('；')}。未做任何修改。\n\n${help}`);
  return 2;
}
