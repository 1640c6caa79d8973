/**
 * Handlers behind the workspace screens that are not line items: the whole book as a snapshot
 * (the renderer derives the live preview from it), 第一部分 texts, 国有资产, deleting a
 * subordinate unit, clearing a 控制数, and the clerk's 出错说明 for 审核 errors.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { getAssets, setAssets } from '../../ledger/assets';
import { clearPlanEntry } from '../../ledger/plan';
import { listReviewNotes, setReviewNote } from '../../ledger/review-notes';
import { loadSnapshot } from '../../ledger/snapshot';
import { getTexts, setTexts } from '../../ledger/texts';
import { getUnit } from '../../ledger/units';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { badInput } from './book-errors';

type WorkspaceBookChannels =
  | 'book:snapshot'
  | 'texts:get'
  | 'texts:set'
  | 'assets:get'
  | 'assets:set'
  | 'units:delete'
  | 'plan:clear'
  | 'review-notes:list'
  | 'review-notes:set';

/** Why a unit cannot be deleted yet, as one Chinese sentence; null when it can. */
function unitInUse(ctx: HandlerContext, code: string): string | null {
  const db = requireBook(ctx).db;
  const count = (sql: string): number => (db.prepare(sql).get(code) as { n: number }).n;
  const lines = count('SELECT COUNT(*) AS n FROM line_items WHERE unit_code = ?');
  const projects = count('SELECT COUNT(*) AS n FROM projects WHERE unit_code = ?');
  const children = count('SELECT COUNT(*) AS n FROM units WHERE parent_code = ?');
  const plan = count('SELECT COUNT(*) AS n FROM income_plan WHERE unit_code = ?');
  if (!lines && !projects && !children && !plan) return null;
  const parts = [
    lines ? `${lines} 条支出明细` : '',
    projects ? `${projects} 个项目` : '',
    children ? `${children} 个下属单位` : '',
    plan ? `${plan} 项收入计划（控制数）` : '',
  ].filter(Boolean);
  return `单位“${code}”还有${parts.join('、')}，请先删除或改挂它们再删除该单位`;
}

export function workspaceBookHandlers(
  ctx: HandlerContext,
): Pick<ApiHandlers, WorkspaceBookChannels> {
  return {
    'book:snapshot': async () => {
      const book = requireBook(ctx);
      return loadSnapshot(book);
    },

    'texts:get': async (arg) => getTexts(requireBook(ctx), arg?.unitCode),

    'texts:set': async (arg) => {
      const book = requireBook(ctx);
      if (arg.unitCode !== undefined && !getUnit(book, arg.unitCode))
        throw badInput('单位概况', [`单位“${arg.unitCode}”不在本预算中`]);
      const { mainDuties, organization, budgetComposition } = arg.texts;
      const saved = setTexts(book, { mainDuties, organization, budgetComposition }, arg.unitCode);
      if (arg.unitCode === undefined || arg.unitCode === book.info().unitCode)
        recordChanges(ctx, { texts: saved });
      return saved;
    },

    'assets:get': async () => getAssets(requireBook(ctx)),

    'assets:set': async (arg) => {
      const book = requireBook(ctx);
      const saved = setAssets(book, arg.assets);
      recordChanges(ctx, { assets: saved });
      return saved;
    },

    'units:delete': async (arg) => {
      const book = requireBook(ctx);
      const code = arg.code;
      if (!getUnit(book, code))
        throw new ApiFailure('NOT_FOUND', `单位“${String(code)}”不存在，可能已被删除`);
      if (code === book.info().unitCode)
        throw new ApiFailure('IN_USE', `单位“${code}”是本预算的主管单位，不能删除`);
      book.transaction(() => {
        const why = unitInUse(ctx, code);
        if (why) throw new ApiFailure('IN_USE', why);
        book.db.prepare('DELETE FROM unit_texts WHERE unit_code = ?').run(code);
        book.db.prepare('DELETE FROM units WHERE code = ?').run(code);
      });
      recordChanges(ctx, { units: { removed: [code] } });
      return null;
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

    'review-notes:list': async () => listReviewNotes(requireBook(ctx)),

    'review-notes:set': async (arg) => {
      const book = requireBook(ctx);
      const saved = setReviewNote(book, arg.findingKey, arg.note);
      recordChanges(ctx, { reviewNotes: { [arg.findingKey]: saved?.note ?? '' } });
      return saved;
    },
  };
}
