/**
 * The clerk's 表注 over the API. Only a table whose template accepts a note takes one, so a note
 * is never stored where no export would print it.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { loadPack, PackError } from '../../../shared/tables/packs';
import { bookPack } from '../../ledger/book-pack';
import { setTableNote, tableNoteProblems } from '../../ledger/table-notes';
import { recordChanges, requireBook, type HandlerContext } from '../context';
import { badInput } from './book-errors';

export function tableNotesHandlers(ctx: HandlerContext): Pick<ApiHandlers, 'table-notes:set'> {
  return {
    'table-notes:set': async (arg) => {
      const book = requireBook(ctx);
      const problems = tableNoteProblems(arg?.tableNo, arg?.text);
      if (problems.length) throw badInput('表注', problems);
      const { tableNo, text } = arg;
      const pack = loadPack(bookPack(book));
      let accepts = false;
      try {
        accepts = pack.table(tableNo).clerkNote === true;
      } catch (e) {
        if (!(e instanceof PackError)) throw e;
        throw badInput('表注', [e.message]);
      }
      if (!accepts) {
        const which = pack.tables.filter((t) => t.clerkNote).map((t) => `表${t.number}`);
        throw badInput('表注', [
          `表${tableNo}“${pack.table(tableNo).title}”不设表注` +
            (which.length ? `，可填写表注的是${which.join('、')}` : ''),
        ]);
      }
      const saved = { tableNo, text: setTableNote(book, tableNo, text) };
      recordChanges(ctx, { tableNotes: { [tableNo]: saved.text } });
      return saved;
    },
  };
}
