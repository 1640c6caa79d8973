/**
 * What the book commands share: the app's one invoke path in process (schemas, book sessions,
 * change sets and error mapping exactly as for a window), and printing an ApiFailure the way a
 * clerk can act on it (summary, then one line per detail).
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHANNELS, type ApiHandlers, type Channel } from '../../../shared/api/contract';
import { ApiFailure } from '../../api/context';
import { ApiService } from '../../api/dispatch';
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
  const service = new ApiService({ dataDir: cliDataDir(), booksDir: process.cwd() });
  try {
    return await fn(clientOf(service));
  } catch (e) {
    return reportFailure(e, io);
  } finally {
    service.close();
  }
}

/**
 * The handler object as a client of `service`: each call goes through the one invoke path with
 * the CLI's book session (the one its last book:open/create joined) and throws the mapped failure.
 */
export function clientOf(service: ApiService): ApiHandlers {
  let session: string | null = null;
  const call =
    (channel: Channel) =>
    async (arg: unknown): Promise<unknown> => {
      const result = await service.invoke(channel, arg, session);
      if (!result.ok)
        throw new ApiFailure(result.error.code, result.error.message, result.error.details);
      const data = result.data as { session?: unknown } | null;
      if (typeof data?.session === 'string') session = data.session; // a BookSummary
      if (channel === 'book:close') session = null;
      return result.data;
    };
  return Object.fromEntries(CHANNELS.map((c) => [c, call(c)])) as unknown as ApiHandlers;
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
