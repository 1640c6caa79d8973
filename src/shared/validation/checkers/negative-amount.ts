/**
 * No amount may be negative: a line, a plan entry, an approved amount or a 政府采购 figure. The
 * schema allows negatives on purpose (a correcting entry), so this check names each one.
 */
import { lineEntry, placeOf, planEntry, projectEntry, unitName } from '../context';
import { comparison, moneyText, type EntryRef, type Finding } from '../finding';
import { fromRule, type Checker, type RuleOf } from './checker';

function negative(
  rule: RuleOf<'negative-amount'>,
  key: string,
  what: string,
  fen: number,
  entry: EntryRef,
): Finding {
  return {
    key: `${rule.id}:${key}`,
    ...fromRule(rule),
    message: `${what}为负数 ${moneyText(fen)}；预算金额不能为负，请打开该项改为正数或删除（核减应直接改小原金额）。`,
    ...comparison(0, fen),
    where: { cells: [], entries: [entry] },
  };
}

export const negativeAmount: Checker<'negative-amount'> = (ctx, rule) => {
  const findings: Finding[] = [];
  for (const line of ctx.book.lines) {
    if (line.amountFen < 0) {
      findings.push(
        negative(
          rule,
          `line:${line.id}`,
          `${placeOf(ctx, line)}的金额`,
          line.amountFen,
          lineEntry(ctx, line),
        ),
      );
    }
  }
  for (const plan of ctx.book.plan) {
    if (plan.amountFen < 0) {
      const what = `${unitName(ctx, plan.unitCode)}“${plan.fundSource}”的收入计划`;
      findings.push(
        negative(
          rule,
          `plan:${plan.unitCode}:${plan.fundSource}`,
          what,
          plan.amountFen,
          planEntry(ctx, plan),
        ),
      );
    }
  }
  for (const p of ctx.book.projects) {
    const amounts: [string, string, number | null][] = [
      ['approved', '项目库批复金额', p.approvedFen],
      ['goods', '政府采购（货物）', p.procurementGoodsFen],
      ['works', '政府采购（工程）', p.procurementWorksFen],
      ['services', '政府采购（服务）', p.procurementServicesFen],
    ];
    for (const [field, label, fen] of amounts) {
      if (fen !== null && fen < 0) {
        findings.push(
          negative(
            rule,
            `project:${p.code}:${field}`,
            `项目“${p.name}”的${label}`,
            fen,
            projectEntry(p),
          ),
        );
      }
    }
  }
  return findings;
};
