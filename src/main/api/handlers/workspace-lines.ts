/**
 * Handlers the clerk's workspace needs beyond single-line saves: several line edits as one
 * transaction (a pasted block, an undo or redo step) and the 绩效指标 of a project.
 */
import type { BookChanges } from '../../../shared/api/changes';
import type { ApiHandlers } from '../../../shared/api/contract';
import { INDICATOR_TIERS, type LineItem, type PerformanceIndicator } from '../../../shared/domain';
import { checkLineEntry } from '../../import/lines-entry';
import type { BookDb } from '../../ledger/book-db';
import { replaceIndicators } from '../../ledger/indicators';
import { deleteLines, getLine, insertLine, insertLineWithId, updateLine } from '../../ledger/lines';
import { getProject } from '../../ledger/projects';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { badInput } from './book-errors';

type WorkspaceChannels = 'lines:save-many' | 'indicators:replace';

type IndicatorItem = Omit<PerformanceIndicator, 'id' | 'projectCode'>;

const keep = <T>(list: T[], item: T): T => {
  list.push(item);
  return item;
};

const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

function saveMany(
  book: BookDb,
  arg: Parameters<ApiHandlers['lines:save-many']>[0],
): { saved: LineItem[]; changes: BookChanges } {
  const input = Array.isArray(arg?.lines) ? arg.lines : [];
  const deleteIds = Array.isArray(arg?.deleteIds) ? arg.deleteIds : [];
  if (!deleteIds.every(isId) || !input.every((l) => l?.id === undefined || isId(l.id))) {
    throw new ApiFailure('BAD_INPUT', '明细行编号有误，未作任何修改，请刷新后重试');
  }
  // Every line is checked before anything is written, so one bad row changes nothing.
  const problems: string[] = [];
  const checked = input.map((raw, i) => {
    const { line, problems: p } = checkLineEntry(book, raw);
    for (const msg of p) problems.push(`第 ${i + 1} 行：${msg}`);
    return { line, id: raw.id };
  });
  if (problems.length) throw badInput(`${input.length} 行明细中`, problems);
  return book.transaction(() => {
    const missing = deleteIds.filter((id) => !getLine(book, id));
    if (missing.length) {
      throw new ApiFailure(
        'NOT_FOUND',
        `明细行 ${missing.join('、')} 不存在，可能已被删除；未作任何修改，请刷新后重试`,
      );
    }
    deleteLines(book, deleteIds);
    const added: LineItem[] = [];
    const changed: LineItem[] = [];
    const saved = checked.map(({ line, id }, i): LineItem => {
      if (id === undefined) return keep(added, insertLine(book, line));
      if (updateLine(book, { ...line, id })) return keep(changed, { ...line, id });
      if (arg.restore) return keep(added, insertLineWithId(book, { ...line, id }));
      throw new ApiFailure(
        'NOT_FOUND',
        `第 ${i + 1} 行（明细 ${id}）不存在，可能已被删除；未作任何修改，请刷新后重试`,
      );
    });
    return { saved, changes: { lines: { added, changed, removed: deleteIds } } };
  });
}

function indicatorProblems(book: BookDb, projectCode: unknown, items: unknown): string[] {
  const out: string[] = [];
  if (typeof projectCode !== 'string' || !getProject(book, projectCode)) {
    return [`项目“${String(projectCode ?? '')}”不存在，请先保存项目再填写绩效目标`];
  }
  if (!Array.isArray(items)) return ['绩效指标应为一组指标'];
  items.forEach((raw: Partial<IndicatorItem> | null, i) => {
    const where = `第 ${i + 1} 个指标`;
    if (!(INDICATOR_TIERS as readonly unknown[]).includes(raw?.tier))
      out.push(`${where}的“一级指标”应为 ${INDICATOR_TIERS.join('、')} 之一`);
    if (typeof raw?.category !== 'string' || raw.category.trim() === '')
      out.push(`${where}的“二级指标”不能为空，如 数量指标`);
    if (typeof raw?.name !== 'string' || raw.name.trim() === '')
      out.push(`${where}的“指标名称”不能为空`);
    if (typeof raw?.value !== 'string') out.push(`${where}的“指标值”应为文字，如 ≥5`);
    if (typeof raw?.unit !== 'string') out.push(`${where}的“计量单位”应为文字，可为空`);
  });
  return out;
}

export function workspaceLineHandlers(ctx: HandlerContext): Pick<ApiHandlers, WorkspaceChannels> {
  return {
    'lines:save-many': async (arg) => {
      const book = requireBook(ctx);
      const { saved, changes } = saveMany(book, arg);
      recordChanges(ctx, changes);
      return saved;
    },

    'indicators:replace': async (arg) => {
      const book = requireBook(ctx);
      const problems = indicatorProblems(book, arg?.projectCode, arg?.items);
      if (problems.length) throw badInput('绩效目标', problems);
      const items = arg.items.map((i) => ({
        tier: i.tier,
        category: i.category.trim(),
        name: i.name.trim(),
        value: i.value.trim(),
        unit: i.unit.trim(),
      }));
      const saved = replaceIndicators(book, arg.projectCode, items);
      recordChanges(ctx, { indicators: { [arg.projectCode]: saved } });
      return saved;
    },
  };
}
