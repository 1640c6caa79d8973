/**
 * The API as the app serves it, in process: the one invoke path (schemas, book sessions, change
 * sets, error mapping) behind the handler object's shape, as the CLI uses it.
 */
import type { BookDb } from '../../src/main/ledger/book-db';
import { ApiService, type AppContext } from '../../src/main/api/dispatch';
import { clientOf } from '../../src/main/cli/commands/book-session';
import type { ChangeSet } from '../../src/shared/api/changes';
import type { ApiHandlers, ArgOf, Channel, ResultOf } from '../../src/shared/api/contract';

export interface ServedApi {
  service: ApiService;
  /** Calls through the invoke path with this client's session; failures throw ApiFailure. */
  api: ApiHandlers;
  /** The book of the most recently opened session (null when none is open). */
  book(): BookDb | null;
}

export function servedApi(app: AppContext): ServedApi {
  const service = new ApiService(app);
  return {
    service,
    api: clientOf(service),
    book: () => service.sessions.all().at(-1)?.book ?? null,
  };
}

/** The error a call was expected to fail with (its code and Chinese message); throws if it did not fail. */
export async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  return p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: { code: string; message: string }) => e,
  );
}

/**
 * Calls through the invoke path as one window of a session does, answering the result and the
 * change set it carried; a failure throws with its code and message. `at` gives the service and
 * the session at the time of the call (tests open them in beforeEach).
 */
export function sessionCaller(at: () => { service: ApiService; session: string }) {
  return async <C extends Channel>(
    channel: C,
    arg: ArgOf<C>,
  ): Promise<{ data: ResultOf<C>; changes?: ChangeSet }> => {
    const { service, session } = at();
    const r = await service.invoke(channel, arg, session);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return { data: r.data as ResultOf<C>, changes: r.changes };
  };
}
