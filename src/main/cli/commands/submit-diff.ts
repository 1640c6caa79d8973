/**
 * `budgetdesk submit BOOK --label 一上` freezes a 报送稿 and prints its content hash;
 * `budgetdesk diff BOOK [--from ID] [--to ID] [--json]` lists what changed between two versions.
 */
import type { VersionDiff } from '../../../shared/versions-diff';
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const SUBMIT_HELP = `用法：budgetdesk submit <预算文件.sqlite> --label <名称>

把预算的当前内容冻结为报送稿（如 --label 一上、二上），并打印它的校验码：对预算全部内容
（单位、项目、明细、收入计划、文字等）按固定格式排列后计算的 sha256，与文件存放方式无关。
之后导出的每张表页脚印“报送稿 <名称> · 校验码 <前 12 位>”；预算改动后印“草稿”。

退出码：0 成功；2 参数或文件有误。`;

const DIFF_HELP = `用法：budgetdesk diff <预算文件.sqlite> [--from 编号] [--to 编号] [--json]

列出两个版本之间的变化：明细行的增加、删除、修改（原 → 新，元），项目，收入计划，以及
十三张表中每个变动的数字（表、行、列，万元 原 → 新）。默认从最近的报送稿到当前内容；
编号见 budgetdesk snapshots，now 表示当前内容。

退出码：0 成功；2 参数有误或找不到版本。`;

export const submitCommand: CliCommand = {
  name: 'submit',
  summary: '冻结报送稿（--label 一上），打印校验码',
  help: SUBMIT_HELP,
  async run(args, io) {
    const { positional, values, unknown } = parseArgs(args, { values: ['label'] });
    const problems = [...unknown];
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    if (!values.label?.trim()) problems.push('请用 --label 给报送稿起名，如 --label 一上');
    if (problems.length) return usageError(io, problems, SUBMIT_HELP);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const s = await api['book:submit']({ label: values.label });
      io.out(
        `已冻结报送稿“${s.label}”（历史版本 ${s.id}，明细 ${s.lineCount} 行）。校验码：${s.sha256}`,
      );
      return 0;
    });
  },
};

function diffText(from: string, to: string, d: VersionDiff): string {
  const out = [`从 ${from} 到 ${to}：`];
  out.push(`明细行（${d.lines.length} 处变化）`);
  for (const c of d.lines) {
    const what = !c.before ? '增加' : !c.after ? '删除' : '修改';
    out.push(
      `  第 ${c.id} 行 ${what}：${c.fields.map((f) => `${f.field} ${f.before || '—'} → ${f.after || '—'}`).join('；')}`,
    );
  }
  out.push(`项目（${d.projects.length} 处变化）`);
  for (const p of d.projects) {
    out.push(
      `  ${p.code} ${p.name}：${p.fields.map((f) => `${f.field} ${f.before || '—'} → ${f.after || '—'}`).join('；')}`,
    );
  }
  out.push(`收入计划（${d.plan.length} 处变化）`);
  for (const p of d.plan)
    out.push(`  ${p.unitCode} ${p.fundSource}：${p.before || '—'} → ${p.after || '—'} 元`);
  out.push(`表中数字（${d.figures.length} 处变动，万元）`);
  for (const f of d.figures) {
    out.push(`  表${f.table} ${f.row} · ${f.column}：${f.before || '—'} → ${f.after || '—'}`);
  }
  return out.join('\n');
}

export const diffCommand: CliCommand = {
  name: 'diff',
  summary: '列出两个版本之间的变化（默认最近的报送稿 → 当前）',
  help: DIFF_HELP,
  async run(args, io) {
    const { positional, values, flags, unknown } = parseArgs(args, {
      values: ['from', 'to'],
      flags: ['json'],
    });
    const problems = [...unknown];
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    if (problems.length) return usageError(io, problems, DIFF_HELP);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const r = await api['versions:diff']({ from: values.from, to: values.to });
      io.out(flags.has('json') ? JSON.stringify(r, null, 2) : diffText(r.from, r.to, r.diff));
      return 0;
    });
  },
};
