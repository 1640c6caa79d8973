/**
 * Handlers of the income plan (收入计划, 控制数): one amount per unit and fund source, set or
 * cleared (left blank).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { planProblems } from '../../ledger/entity-checks';
import { clearPlanEntry, listPlan, setPlan } from '../../ledger/plan';
import { getUnit } from '../../ledger/units';
import { recordChanges, requireBook, type HandlerContext } from '../context';
import { badInput } from './book-errors';

export function planHandlers(
  ctx: HandlerContext,
): Pick<ApiHandlers, 'plan:list' | 'plan:set' | 'plan:clear'> {
  return {
    'plan:list': async () => listPlan(requireBook(ctx)),

    'plan:set': async (arg) => {
      const book = requireBook(ctx);
      const problems = planProblems(book, arg.entry);
      if (problems.length) throw badInput('收入计划', problems);
      const { unitCode, fundSource } = arg.entry;
      const existed = listPlan(book).some(
        (e) => e.unitCode === unitCode && e.fundSource === fundSource,
      );
      const saved = setPlan(book, arg.entry);
      recordChanges(ctx, { plan: existed ? { changed: [saved] } : { added: [saved] } });
      return saved;
    },

    'plan:clear': async (arg) => {
      const book = requireBook(ctx);
      if (!getUnit(book, arg.unitCode))
        throw badInput('收入计划', [`单位“${arg.unitCode}”不在本预算中`]);
      clearPlanEntry(book, arg.unitCode, arg.fundSource);
      const { unitCode, fundSource } = arg;
      recordChanges(ctx, { plan: { removed: [{ unitCode, fundSource }] } });
      return null;
    },
  };
}
