/**
 * What the 公开文档 needs beyond figures that tie out: a project with no lines prints nothing in
 * 表12/表13 and has no budget to describe, and 第三部分 五 “国有资产占有使用情况” prints the
 * 国有资产 figures, which an empty page leaves blank.
 */
import { projectEntry, projectLines } from '../context';
import { NO_AMOUNTS, type Finding } from '../finding';
import { fromRule, type Checker } from './checker';

export const projectWithoutLines: Checker<'project-without-lines'> = (ctx, rule) => {
  const findings: Finding[] = [];
  const parents = new Set(ctx.book.projects.map((p) => p.parentCode));
  for (const project of ctx.book.projects) {
    const hasChildren = parents.has(project.code);
    // A 一级 project with 二级 projects is reported through them.
    if (project.level === 1 && hasChildren) continue;
    if (projectLines(ctx, project).length > 0) continue;
    const level = project.level === 1 ? '一级项目' : '二级项目';
    const todo =
      project.level === 1
        ? '请在其下新增二级项目并录入支出明细，或删除该项目'
        : '请打开该项目录入支出明细，或删除该项目';
    findings.push({
      key: `${rule.id}:${project.code}`,
      ...fromRule(rule),
      message: `${level}“${project.name}”（${project.code}）没有支出明细，表12、表13 和第三部分都不会列出它；${todo}。`,
      ...NO_AMOUNTS,
      where: { cells: [], entries: [projectEntry(project)] },
    });
  }
  return findings;
};

export const assetsEntered: Checker<'assets-entered'> = (ctx, rule) => {
  // Unknown (not loaded by the caller) or nothing budgeted yet: nothing to say.
  if (ctx.assets !== null || ctx.book.lines.length === 0) return [];
  return [
    {
      key: `${rule.id}:book`,
      ...fromRule(rule),
      message:
        '“国有资产”页尚未填写，第三部分“国有资产占有使用及新增资产配置情况”将无数可列；' +
        '请打开“国有资产”填写截至日期、固定资产金额、车辆等（没有的填 0）。',
      ...NO_AMOUNTS,
      where: {
        cells: [],
        entries: [
          { type: 'assets', label: '国有资产', open: { screen: 'assets', focus: 'asOfDate' } },
        ],
      },
    },
  ];
};
