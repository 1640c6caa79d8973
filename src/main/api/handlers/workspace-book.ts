/**
 * Handlers behind the workspace screens that are not line items: the whole book as a snapshot
 * (the renderer derives the live preview from it), 第一部分 texts, 国有资产, deleting a
 * subordinate unit, clearing a 控制数, and the clerk's 出错说明 for 审核 errors.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { FUND_SOURCES, type AssetFigures, type UnitTexts } from '../../../shared/domain';
import { getAssets, setAssets } from '../../ledger/assets';
import { clearPlanEntry } from '../../ledger/plan';
import { listReviewNotes, setReviewNote } from '../../ledger/review-notes';
import { loadSnapshot } from '../../ledger/snapshot';
import { getTexts, setTexts } from '../../ledger/texts';
import { getUnit } from '../../ledger/units';
import { ApiFailure, requireBook, type HandlerContext } from '../context';
import { badInput, guarded } from './book-errors';

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

const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function textsProblems(t: UnitTexts | undefined): string[] {
  const out: string[] = [];
  if (!isText(t?.mainDuties)) out.push('“主要职责”应为文字');
  if (!isText(t?.organization)) out.push('“机构设置”应为文字');
  if (!isText(t?.budgetComposition)) out.push('“部门预算构成”应为文字');
  return out;
}

function assetsProblems(a: AssetFigures | undefined): string[] {
  const out: string[] = [];
  if (!isText(a?.asOfDate) || !/^\d{4}-\d{2}-\d{2}$/.test(a.asOfDate))
    out.push('“截至日期”应为日期，如 2020-12-31');
  if (!isCount(a?.fixedAssetsFen)) out.push('“固定资产金额”应为不小于 0 的金额');
  if (typeof a?.buildingsM2 !== 'number' || !(a.buildingsM2 >= 0))
    out.push('“房屋面积”应为不小于 0 的平方米数');
  if (!isCount(a?.vehicles)) out.push('“车辆”应为不小于 0 的整数（辆）');
  if (!isCount(a?.equipmentOver1m)) out.push('“单价100万元以上设备”应为不小于 0 的整数（台/套）');
  if (!isCount(a?.plannedPurchaseFen)) out.push('“拟购置固定资产金额”应为不小于 0 的金额');
  if (!isText(a?.plannedPurchaseText)) out.push('“拟购置说明”应为文字');
  return out;
}

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
      return guarded(() => loadSnapshot(book), book.path);
    },

    'texts:get': async (arg) => getTexts(requireBook(ctx), arg?.unitCode),

    'texts:set': async (arg) => {
      const book = requireBook(ctx);
      const problems = textsProblems(arg?.texts);
      if (arg?.unitCode !== undefined && !getUnit(book, arg.unitCode))
        problems.push(`单位“${String(arg.unitCode)}”不在本预算中`);
      if (problems.length) throw badInput('单位概况', problems);
      const { mainDuties, organization, budgetComposition } = arg.texts;
      return guarded(
        () => setTexts(book, { mainDuties, organization, budgetComposition }, arg.unitCode),
        book.path,
      );
    },

    'assets:get': async () => getAssets(requireBook(ctx)),

    'assets:set': async (arg) => {
      const book = requireBook(ctx);
      const problems = assetsProblems(arg?.assets);
      if (problems.length) throw badInput('国有资产', problems);
      return guarded(() => setAssets(book, arg.assets), book.path);
    },

    'units:delete': async (arg) => {
      const book = requireBook(ctx);
      const code = arg?.code;
      if (!isText(code) || !getUnit(book, code))
        throw new ApiFailure('NOT_FOUND', `单位“${String(code)}”不存在，可能已被删除`);
      if (code === book.info().unitCode)
        throw new ApiFailure('IN_USE', `单位“${code}”是本预算的主管单位，不能删除`);
      return guarded(() => {
        book.transaction(() => {
          const why = unitInUse(ctx, code);
          if (why) throw new ApiFailure('IN_USE', why);
          book.db.prepare('DELETE FROM unit_texts WHERE unit_code = ?').run(code);
          book.db.prepare('DELETE FROM units WHERE code = ?').run(code);
        });
        return null;
      }, book.path);
    },

    'plan:clear': async (arg) => {
      const book = requireBook(ctx);
      if (!(FUND_SOURCES as readonly unknown[]).includes(arg?.fundSource))
        throw badInput('收入计划', [`“资金来源”应为 ${FUND_SOURCES.join('、')} 之一`]);
      if (!isText(arg?.unitCode) || !getUnit(book, arg.unitCode))
        throw badInput('收入计划', [`单位“${String(arg?.unitCode)}”不在本预算中`]);
      return guarded(() => {
        clearPlanEntry(book, arg.unitCode, arg.fundSource);
        return null;
      }, book.path);
    },

    'review-notes:list': async () => listReviewNotes(requireBook(ctx)),

    'review-notes:set': async (arg) => {
      const book = requireBook(ctx);
      if (!isText(arg?.findingKey) || arg.findingKey === '')
        throw badInput('出错说明', ['缺少审核结果的标识，请刷新审核结果后重试']);
      if (!isText(arg?.note)) throw badInput('出错说明', ['“出错说明”应为文字']);
      return guarded(() => setReviewNote(book, arg.findingKey, arg.note), book.path);
    },
  };
}
