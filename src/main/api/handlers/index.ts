/**
 * The one handler object satisfying the API contract, composed from one module per area.
 * Called through the one invoke path (../dispatch.ts) by IPC, HTTP and the CLI, and directly by
 * tests.
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
import { planHandlers } from './plan';
import { sampleBookHandlers } from './sample-book';
import { projectHandlers } from './projects';
import { tableNotesHandlers } from './table-notes';
import { tableHandlers } from './tables';
import { unitsTextsAssetsHandlers } from './units-texts-assets';
import { validationHandlers } from './validation';
import { versionHandlers } from './versions';

export function createHandlers(ctx: HandlerContext): ApiHandlers {
  return {
    ...bookHandlers(ctx),
    ...lineHandlers(ctx),
    ...tableHandlers(ctx),
    ...validationHandlers(ctx),
    ...tableNotesHandlers(ctx),
    ...unitsTextsAssetsHandlers(ctx),
    ...projectHandlers(ctx),
    ...planHandlers(ctx),
    ...sampleBookHandlers(ctx),
    ...lastYearHandlers(ctx),
    ...documentHandlers(ctx),
    ...fileHandlers(ctx),
    ...catalogHandlers(ctx),
    ...mergeHandlers(ctx),
    ...packsHandlers(ctx),
    ...versionHandlers(ctx),
  } satisfies ApiHandlers;
}
