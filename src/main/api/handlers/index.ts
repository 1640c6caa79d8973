/**
 * The one handler object satisfying the API contract, composed from one module per area.
 * Served over IPC and HTTP by `serve-handlers`, and called directly by the CLI and tests.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { HandlerContext } from '../context';
import { bookHandlers } from './book';
import { catalogHandlers } from './catalog';
import { documentHandlers } from './document';
import { fileHandlers } from './files';
import { lastYearHandlers } from './last-year';
import { lineHandlers } from './lines';
import { mergeHandlers } from './merge';
import { packsHandlers } from './packs';
import { tableNotesHandlers } from './table-notes';
import { tableHandlers } from './tables';
import { validationHandlers } from './validation';
import { versionHandlers } from './versions';
import { workspaceBookHandlers } from './workspace-book';
import { workspaceLineHandlers } from './workspace-lines';

export function createHandlers(ctx: HandlerContext): ApiHandlers {
  return {
    ...bookHandlers(ctx),
    ...lineHandlers(ctx),
    ...tableHandlers(ctx),
    ...validationHandlers(ctx),
    ...tableNotesHandlers(ctx),
    ...workspaceLineHandlers(ctx),
    ...workspaceBookHandlers(ctx),
    ...lastYearHandlers(ctx),
    ...documentHandlers(ctx),
    ...fileHandlers(ctx),
    ...catalogHandlers(ctx),
    ...mergeHandlers(ctx),
    ...packsHandlers(ctx),
    ...versionHandlers(ctx),
  } satisfies ApiHandlers;
}
