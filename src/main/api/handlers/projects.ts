/**
 * Handlers of the projects (一级/二级; one is deleted only when no line or 二级 project uses it)
 * and their 绩效指标, replaced per project as a whole.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { INDICATOR_TIERS, type PerformanceIndicator } from '../../../shared/domain';
import type { BookDb } from '../../ledger/book-db';
import { projectProblems } from '../../ledger/entity-checks';
import { replaceIndicators } from '../../ledger/indicators';
import { deleteProject, getProject, projectUsage, saveProject } from '../../ledger/projects';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { badInput } from './book-errors';

type ProjectChannels = 'projects:save' | 'projects:delete' | 'indicators:replace';

type IndicatorItem = Omit<PerformanceIndicator, 'id' | 'projectCode'>;

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

export function projectHandlers(ctx: HandlerContext): Pick<ApiHandlers, ProjectChannels> {
  return {
    'projects:save': async (arg) => {
      const book = requireBook(ctx);
      const problems = projectProblems(book, arg.project);
      if (problems.length) throw badInput('项目信息', problems);
      const existed = getProject(book, arg.project.code) !== undefined;
      const saved = saveProject(book, arg.project);
      recordChanges(ctx, { projects: existed ? { changed: [saved] } : { added: [saved] } });
      return saved;
    },

    'projects:delete': async (arg) => {
      const book = requireBook(ctx);
      if (!getProject(book, arg.code))
        throw new ApiFailure('NOT_FOUND', `项目“${arg.code}”不存在，可能已被删除`);
      const use = projectUsage(book, arg.code);
      if (use.lines || use.children) {
        throw new ApiFailure(
          'IN_USE',
          `项目“${arg.code}”还有 ${use.lines} 条明细、${use.children} 个二级项目，请先删除或改挂它们再删除项目`,
        );
      }
      deleteProject(book, arg.code);
      recordChanges(ctx, { projects: { removed: [arg.code] }, indicators: { [arg.code]: [] } });
      return null;
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
