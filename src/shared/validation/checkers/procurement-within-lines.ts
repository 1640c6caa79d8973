/**
 * 政府采购 of a project (goods + works + services) cannot exceed the money the project has on its
 * lines: what is bought must be budgeted.
 */
import { sumFen } from '../../money';
import { lineEntries, projectEntry, projectLines } from '../context';
import { comparison, differenceText, moneyText, type Finding } from '../finding';
import { fromRule, type Checker } from './checker';

export function procurementTotal(p: {
  procurementGoodsFen: number;
  procurementWorksFen: number;
  procurementServicesFen: number;
}): number {
  return p.procurementGoodsFen + p.procurementWorksFen + p.procurementServicesFen;
}

export const procurementWithinLines: Checker<'procurement-within-lines'> = (ctx, rule) => {
  const findings: Finding[] = [];
  for (const project of ctx.book.projects) {
    const procurement = procurementTotal(project);
    if (procurement === 0) continue;
    const lines = projectLines(ctx, project);
    const budget = sumFen(lines.map((l) => l.amountFen));
    if (procurement <= budget) continue;
    findings.push({
      key: `${rule.id}:${project.code}`,
      ...fromRule(rule),
      message:
        `项目“${project.name}”（${project.code}）的政府采购 ${moneyText(procurement)}` +
        `（货物 ${moneyText(project.procurementGoodsFen)}、工程 ${moneyText(project.procurementWorksFen)}、` +
        `服务 ${moneyText(project.procurementServicesFen)}）超过其支出明细合计 ${moneyText(budget)}，` +
        `${differenceText(procurement, budget)}；请核减该项目的政府采购，或补足其支出明细。`,
      ...comparison(budget, procurement),
      where: { cells: [], entries: [projectEntry(project), ...lineEntries(ctx, lines)] },
    });
  }
  return findings;
};
