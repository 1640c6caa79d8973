/**
 * 审核 over the API: run every check of the open book's pack on its current data (the UI lists
 * the findings and opens each entry through `where.entries[].open`), and the clerk's 出错说明
 * for its errors, which the export prints on the 审核说明 sheet.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { PackError } from '../../../shared/tables/packs';
import { validateBook } from '../../../shared/validation';
import { RulesError } from '../../../shared/validation/rule-sets';
import { RuleAddressError } from '../../../shared/validation/table-cells';
import { getAssets } from '../../ledger/assets';
import { listReviewNotes, setReviewNote } from '../../ledger/review-notes';
import { loadSnapshot } from '../../ledger/snapshot';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { toApiFailure } from './book-errors';

type ValidationChannels = 'validate:run' | 'review-notes:list' | 'review-notes:set';

export function validationHandlers(ctx: HandlerContext): Pick<ApiHandlers, ValidationChannels> {
  return {
    async 'validate:run'() {
      const book = requireBook(ctx);
      try {
        return validateBook(loadSnapshot(book), { assets: getAssets(book) });
      } catch (e) {
        // The book's pack has no rules, or its rules and tables disagree: nothing the clerk's
        // data can fix, so say which pack and stop rather than report a half-checked book.
        if (e instanceof RulesError || e instanceof PackError || e instanceof RuleAddressError) {
          throw new ApiFailure('VALIDATION_UNAVAILABLE', `无法审核：${e.message}`);
        }
        throw toApiFailure(e, book.path);
      }
    },

    'review-notes:list': async () => listReviewNotes(requireBook(ctx)),

    'review-notes:set': async (arg) => {
      const book = requireBook(ctx);
      const saved = setReviewNote(book, arg.findingKey, arg.note);
      recordChanges(ctx, { reviewNotes: { [arg.findingKey]: saved?.note ?? '' } });
      return saved;
    },
  };
}
