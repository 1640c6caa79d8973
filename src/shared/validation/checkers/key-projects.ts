/**
 * Policy warnings on 重点项目: each needs performance targets (绩效指标) to print in 第三部分 六,
 * and one whose lines buy goods, works or services needs its 政府采购 split into the three kinds.
 */
import { sumFen } from '../../money';
import type { Project } from '../../domain';
import { lineEntries, projectEntry, projectLines, type ValidationContext } from '../context';
import { moneyText, NO_AMOUNTS, type Finding } from '../finding';
import { fromRule, type Checker } from './checker';
import { procurementTotal } from './procurement-within-lines';

/** Codes of a project and its 二级 projects (indicators may sit on either). */
function family(ctx: ValidationContext, project: Project): Set<string> {
  const codes = new Set([project.code]);
  for (const p of ctx.book.projects) if (p.parentCode === project.code) codes.add(p.code);
  return codes;
}

export const keyProjectTargets: Checker<'key-project-targets'> = (ctx, rule) => {
  const findings: Finding[] = [];
  for (const project of ctx.book.projects.filter((p) => p.isKey)) {
    const codes = family(ctx, project);
    const mine = ctx.indicators.filter((i) => codes.has(i.projectCode));
    // An indicator prints only with its value: a bare “新指标” does not count.
    const count = mine.filter((i) => i.value.trim() !== '').length;
    if (count >= rule.params.minIndicators) continue;
    const bare = mine.length - count;
    findings.push({
      key: `${rule.id}:${project.code}`,
      ...fromRule(rule),
      message:
        `重点项目“${project.name}”（${project.code}）` +
        (count === 0 && bare === 0
          ? '没有填写绩效目标'
          : count === 0
            ? `有 ${bare} 个绩效指标没有填写指标值（如“≥5”“100%”）`
            : `只有 ${count} 个绩效指标填了指标值（至少应有 ${rule.params.minIndicators} 个）`) +
        `，第三部分“重点项目预算绩效目标情况”将无从填列；请打开该项目补填产出、效益、满意度指标。`,
      ...NO_AMOUNTS,
      where: { cells: [], entries: [projectEntry(project)] },
    });
  }
  return findings;
};

export const keyProjectProcurement: Checker<'key-project-procurement'> = (ctx, rule) => {
  const prefixes = rule.params.procurementDeptEconPrefixes;
  const findings: Finding[] = [];
  for (const project of ctx.book.projects.filter((p) => p.isKey)) {
    if (procurementTotal(project) !== 0) continue;
    const buying = projectLines(ctx, project).filter((l) =>
      prefixes.some((p) => l.deptEconCode.startsWith(p)),
    );
    if (buying.length === 0) continue;
    const total = sumFen(buying.map((l) => l.amountFen));
    findings.push({
      key: `${rule.id}:${project.code}`,
      ...fromRule(rule),
      message:
        `重点项目“${project.name}”（${project.code}）有 ${moneyText(total)}列在购置、服务类经济科目，` +
        `但政府采购的货物、工程、服务三项均为 0；请打开该项目按货物/工程/服务拆分政府采购预算，` +
        `如确实不属于政府采购，请在出错说明中写明。`,
      ...NO_AMOUNTS,
      where: { cells: [], entries: [projectEntry(project), ...lineEntries(ctx, buying)] },
    });
  }
  return findings;
};
