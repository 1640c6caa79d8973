/**
 * 项目库: a project's lines (a 一级 project: those of its 二级 projects) must add up to the approved
 * amount, where the clerk entered one.
 */
import { sumFen } from '../../money';
import { lineEntries, projectEntry, projectLines } from '../context';
import { comparison, differenceText, moneyText, type Finding } from '../finding';
import { fromRule, type Checker } from './checker';

export const projectApproved: Checker<'project-approved'> = (ctx, rule) => {
  const findings: Finding[] = [];
  for (const project of ctx.book.projects) {
    if (project.approvedFen === null) continue;
    const lines = projectLines(ctx, project);
    const actual = sumFen(lines.map((l) => l.amountFen));
    if (actual === project.approvedFen) continue;
    const level = project.level === 1 ? '一级项目' : '二级项目';
    findings.push({
      key: `${rule.id}:${project.code}`,
      ...fromRule(rule),
      message:
        `${level}“${project.name}”（${project.code}）的支出明细合计 ${moneyText(actual)}，` +
        `与项目库批复金额 ${moneyText(project.approvedFen)}不符，` +
        `${differenceText(actual, project.approvedFen)}；请调整该项目的支出明细，或核对录入的批复金额。`,
      ...comparison(project.approvedFen, actual),
      where: { cells: [], entries: [projectEntry(project), ...lineEntries(ctx, lines)] },
    });
  }
  return findings;
};
