/**
 * 审核 over the API: run every check of the open book's pack on its current data. The UI lists
 * the findings and opens each entry through `where.entries[].open`.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { validateBook } from '../../../shared/validation';
import { loadSnapshot } from '../../ledger/snapshot';
import { requireBook, type HandlerContext } from '../context';

export function validationHandlers(ctx: HandlerContext): Pick<ApiHandlers, 'validate:run'> {
  return {
    async 'validate:run'() {
      return validateBook(loadSnapshot(requireBook(ctx)));
    },
  };
}
