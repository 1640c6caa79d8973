/**
 * The API as the app serves it, in process: the one invoke path (schemas, book sessions, change
 * sets, error mapping) behind the handler object's shape, as the CLI uses it.
 */
import type { BookDb } from '../../src/main/ledger/book-db';
import { ApiService, type AppContext } from '../../src/main/api/dispatch';
import { clientOf } from '../../src/main/cli/commands/book-session';
import type { ApiHandlers } from '../../src/shared/api/contract';

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
