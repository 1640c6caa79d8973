/**
 * THE one invoke path of the API, for every transport (IPC, HTTP, the CLI in process): it checks
 * the channel, parses the argument with the channel's schema (BAD_INPUT in Chinese naming the
 * field, before any handler runs), gives the handler a context of the caller's book session,
 * checks the handler's result and change set against their schemas (./result-check.ts), maps
 * whatever the handler throws to a Chinese ApiError, and numbers and broadcasts the change set
 * the handler recorded to every window of the session. Never throws.
 */
import type { BookChanges } from '../../shared/api/changes';
import { factsKeptOnFailure, isEmptyChanges } from '../../shared/api/changes';
import type { ApiError, ApiHandlers, ApiResult, Channel } from '../../shared/api/contract';
import { API_SCHEMAS, CHANNELS } from '../../shared/api/schemas';
import { describeError } from '../errors/os-errors';
import { ApiFailure, type HandlerContext } from './context';
import { createHandlers } from './handlers';
import { toApiFailure } from './handlers/book-errors';
import { brokenResult, changesProblems, resultProblems } from './result-check';
import { SessionRegistry, type ChangeListener } from './sessions';

const channelSet: ReadonlySet<string> = new Set(CHANNELS);

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && channelSet.has(name);
}

/** What the app shares between calls: folders, the PDF printer; never a book. */
export type AppContext = Omit<HandlerContext, 'book' | 'session' | 'changes' | 'sessions'>;

/** The failure envelope for an error a handler threw. */
export function failureOf(e: unknown): { ok: false; error: ApiError } {
  if (e instanceof ApiFailure) {
    const error: ApiError = { code: e.code, message: e.message };
    if (e.details && e.details.length > 0) error.details = e.details;
    return { ok: false, error };
  }
  return { ok: false, error: describeError(e) };
}

/** BAD_INPUT for an argument its schema refused: each problem names its field. */
function badArgument(
  channel: Channel,
  issues: readonly { message: string; path: PropertyKey[] }[],
): ApiFailure {
  const problems = issues.map((i) => {
    const field = i.path.map(String).join('.');
    return field ? `${i.message}（字段 ${field}）` : i.message;
  });
  return new ApiFailure(
    'BAD_INPUT',
    `接口“${channel}”的参数有误：${problems.join('；')}。未做任何修改。`,
    problems,
  );
}

export class ApiService {
  readonly sessions: SessionRegistry;

  constructor(
    readonly app: AppContext,
    private readonly makeHandlers: (ctx: HandlerContext) => Partial<ApiHandlers> = createHandlers,
    sessions?: SessionRegistry,
  ) {
    this.sessions = sessions ?? new SessionRegistry();
  }

  /** Calls `channel` for the window of `sessionId` (none before it opened a book). */
  async invoke(
    channel: string,
    arg: unknown,
    sessionId?: string | null,
  ): Promise<ApiResult<unknown>> {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `未知的接口“${channel}”。请更新程序后重试。` },
      };
    }
    const session = this.sessions.get(sessionId);
    const ctx: HandlerContext = {
      ...this.app,
      book: session?.book ?? null,
      sessions: this.sessions,
      session,
    };
    let named: string | undefined;
    let published = false;
    try {
      const parsed = API_SCHEMAS[channel].arg.safeParse(arg ?? {});
      if (!parsed.success) throw badArgument(channel, parsed.error.issues);
      const input = parsed.data as { path?: unknown };
      named = typeof input.path === 'string' ? input.path : undefined;
      const handler = this.makeHandlers(ctx)[channel] as
        | ((a: unknown) => Promise<unknown>)
        | undefined;
      if (!handler) throw new ApiFailure('NOT_IMPLEMENTED', `接口“${channel}”尚未实现。`);
      const data = (await handler(parsed.data)) ?? null;
      const problems = resultProblems(channel, data);
      let recorded: BookChanges | null = null;
      if (ctx.changes && ctx.session && !isEmptyChanges(ctx.changes)) {
        const wrong = changesProblems(ctx.changes);
        problems.push(...wrong);
        // What was stored stays stored: windows read the book again rather than apply a bad set.
        recorded = wrong.length > 0 ? { reload: true } : ctx.changes;
      }
      const changes =
        recorded && ctx.session ? this.sessions.publish(ctx.session.id, recorded) : null;
      published = changes !== null;
      if (problems.length > 0) throw brokenResult(channel, problems);
      const ok: ApiResult<unknown> = { ok: true, data };
      if (changes) ok.changes = changes;
      return ok;
    } catch (e) {
      // A snapshot taken before the call failed stays: the windows still list it.
      const kept = published ? null : factsKeptOnFailure(ctx.changes);
      if (kept && ctx.session) this.sessions.publish(ctx.session.id, kept);
      return failureOf(toApiFailure(e, named ?? ctx.book?.path));
    }
  }

  /** Change sets of one session, for a window that joined it (IPC event, server-sent events). */
  subscribe(sessionId: string, listener: ChangeListener): () => void {
    return this.sessions.subscribe(sessionId, listener);
  }

  /** Closes every session's book. */
  close(): void {
    this.sessions.closeAll();
  }
}
