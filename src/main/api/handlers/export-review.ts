/**
 * What the export adds after the tables: the 审核说明 sheet when 审核 still reports errors,
 * with the clerk's 出错说明 from the book's review notes.
 */
import type { Workbook } from 'exceljs';
import type { TableModel } from '../../../shared/tables/model';
import { PackError } from '../../../shared/tables/packs';
import { validateBook, type Finding } from '../../../shared/validation';
import { RulesError } from '../../../shared/validation/rule-sets';
import { addReviewSheet, errorsOf } from '../../export/review-sheet';
import { listReviewNotes } from '../../ledger/review-notes';
import { loadSnapshot } from '../../ledger/snapshot';
import { requireBook, type HandlerContext } from '../context';

/**
 * The sheet writer for the open book, or undefined when 审核 finds no error. `allTables`: the
 * models of every table when the whole set is exported (saves deriving them again).
 */
export function reviewSheetFor(
  ctx: HandlerContext,
  allTables?: TableModel[],
): ((wb: Workbook) => void) | undefined {
  const book = requireBook(ctx);
  let errors: Finding[];
  try {
    errors = errorsOf(validateBook(loadSnapshot(book), allTables ? { tables: allTables } : {}));
  } catch (e) {
    // A pack without rules cannot be audited; the tables themselves still export.
    if (e instanceof RulesError || e instanceof PackError) return undefined;
    throw e;
  }
  if (errors.length === 0) return undefined;
  const notes = new Map(listReviewNotes(book).map((n) => [n.findingKey, n.note]));
  return (wb) => addReviewSheet(wb, errors, notes);
}
