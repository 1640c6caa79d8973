/**
 * `budgetdesk merge DEPT.sqlite UNIT.sqlite [UNIT2.sqlite …] [--preview]`: 汇总下属单位 — the unit
 * books come into the department book under their unit codes; merging a unit again replaces what
 * it brought last time. Refused with every reason, nothing stored, when a check fails.
 */
import { resolve } from 'node:path';
import { formatWan } from '../../../shared/money';
import type { MergeAuditCount, UnitMergePreview } from '../../../shared/merge/types';
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk merge <部门预算.sqlite> <下属单位预算.sqlite> [更多单位预算…] [--preview]

汇总下属单位：把各单位预算文件中的单位、明细、项目、绩效指标、收入计划、概况文字和国有资产，按其单位
编码并入部门预算，作为部门的下属单位。同一单位再次汇总时，替换它上次带入的全部内容；部门自己的数据
不受影响。单位预算文件本身不会被改动。

下列情况拒绝汇总并列出原因，部门预算不作任何改动：预算年度或公开表模板地区不同；单位编码在部门预算中
已是另一个单位；项目编码属于其他单位；明细的科目不在部门预算的科目表中。

  --preview   只预览：逐单位列出明细条数、按资金来源的合计，以及表1、表3将发生的变化，不写入

退出码：0 成功；2 参数有误、文件有误或被拒绝汇总。`;

function previewText(u: UnitMergePreview): string[] {
  const out = [
    `${u.unitName}（${u.unitCode}）：${u.path}`,
    `  单位 ${u.units} 个，明细 ${u.lines} 条，项目 ${u.projects} 个，合计 ${formatWan(u.totalFen)} 万元` +
      (u.replaces ? `；替换 ${u.replaces.mergedAt} 汇总带入的 ${u.replaces.lines} 条明细` : ''),
    ...u.byFundSource.map((f) => `  ${f.fundSource}  ${formatWan(f.fen)} 万元`),
  ];
  if (u.tableChanges.length === 0) out.push('  表1、表3：没有变化');
  for (const c of u.tableChanges) {
    out.push(
      `  表${c.table}“${c.row}”行“${c.column}”列：${formatWan(c.beforeFen)} → ${formatWan(c.afterFen)}`,
    );
  }
  return out;
}

function auditText(a: MergeAuditCount): string {
  return `  ${a.unitCode ? `${a.unitName}（${a.unitCode}）` : a.unitName}：错误 ${a.errors} 项，警告 ${a.warnings} 项`;
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: '汇总下属单位的预算文件到部门预算（--preview 只预览）',
  help: HELP,
  async run(args, io) {
    const { positional, flags, unknown } = parseArgs(args, { flags: ['preview'] });
    const problems = [...unknown];
    if (positional.length < 2) problems.push('请给出部门预算文件和至少一个下属单位预算文件');
    if (problems.length) return usageError(io, problems, HELP);
    const [dept, ...units] = positional;
    const paths = units.map((p) => resolve(p));
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: dept });
      if (flags.has('preview')) {
        const p = await api['merge:preview']({ paths });
        io.out(['汇总预览（未写入）：', ...p.units.flatMap(previewText)].join('\n'));
        if (p.problems.length === 0) return 0;
        io.err(['不能汇总，原因：', ...p.problems.map((x) => `  ${x}`)].join('\n'));
        return 2;
      }
      const r = await api['merge:commit']({ paths });
      io.out(
        [
          `已汇总 ${r.units.length} 个单位到“${resolve(dept)}”：`,
          ...r.units.flatMap(previewText),
          '审核（各单位与全部门）：',
          ...r.audit.map(auditText),
        ].join('\n'),
      );
      return 0;
    });
  },
};
