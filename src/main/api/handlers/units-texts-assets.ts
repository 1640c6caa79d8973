/**
 * Handlers of 单位概况 (as the renderer's stores/units-texts-assets.ts): the units (the
 * department and its subordinate units; one is deleted only when nothing refers to it), their
 * 第一部分 texts, and the book's 国有资产 figures.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { getAssets, setAssets } from '../../ledger/assets';
import { getTexts, setTexts } from '../../ledger/texts';
import { getUnit, saveUnit } from '../../ledger/units';
import { unitProblems } from '../../ledger/entity-checks';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { badInput } from './book-errors';

type UnitChannels =
  | 'units:save'
  | 'units:delete'
  | 'texts:get'
  | 'texts:set'
  | 'assets:get'
  | 'assets:set';

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

export function unitsTextsAssetsHandlers(ctx: HandlerContext): Pick<ApiHandlers, UnitChannels> {
  return {
    'units:save': async (arg) => {
      const book = requireBook(ctx);
      const unit = { ...arg.unit, parentCode: arg.unit?.parentCode ?? null };
      const problems = unitProblems(book, unit);
      if (problems.length) throw badInput('单位信息', problems);
      const existed = getUnit(book, unit.code) !== undefined;
      const saved = saveUnit(book, unit);
      recordChanges(ctx, { units: existed ? { changed: [saved] } : { added: [saved] } });
      return saved;
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
  };
}
