/**
 * 控制数: the lines of a unit from one fund source must add up to the income plan entered for that
 * unit and source. Sources without a plan entry are not checked (a partial plan is normal).
 */
import { sumFen } from '../../money';
import { lineEntries, planEntry, unitName } from '../context';
import { comparison, differenceText, moneyText, type Finding } from '../finding';
import { fromRule, type Checker } from './checker';

export const planBySource: Checker<'plan-by-source'> = (ctx, rule) => {
  const findings: Finding[] = [];
  // The lines by unit and source (kept across the runs of incremental 审核).
  const bySource = ctx.groups.get('unit-source', (l) => `${l.unitCode}\u0000${l.fundSource}`);
  for (const plan of ctx.book.plan) {
    const lines = bySource.get(`${plan.unitCode}\u0000${plan.fundSource}`) ?? [];
    const actual = sumFen(lines.map((l) => l.amountFen));
    if (actual === plan.amountFen) continue;
    const unit = unitName(ctx, plan.unitCode);
    const fix =
      actual > plan.amountFen
        ? `请核减该来源的支出明细，或核对收入计划（控制数）是否录入有误`
        : `请补足该来源的支出明细（未安排的部分可列“结转下年”），或核对收入计划（控制数）是否录入有误`;
    findings.push({
      key: `${rule.id}:${plan.unitCode}:${plan.fundSource}`,
      ...fromRule(rule),
      message:
        `${unit}“${plan.fundSource}”的支出明细合计 ${moneyText(actual)}，与收入计划（控制数）` +
        `${moneyText(plan.amountFen)}不符，${differenceText(actual, plan.amountFen)}；${fix}。`,
      ...comparison(plan.amountFen, actual),
      where: { cells: [], entries: [planEntry(ctx, plan), ...lineEntries(ctx, lines)] },
    });
  }
  return findings;
};
