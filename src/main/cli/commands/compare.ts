/** `budgetdesk compare BOOK.sqlite [--json]`: this year against last year, row by row. */
import type { CompareRow } from '../../../shared/compare';
import { fenToWan, formatWan } from '../../../shared/money';
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk compare <预算文件.sqlite> [--json]

逐表逐行对比本年数与上年数（上年数来自 budgetdesk import-last-year 或 roll）。每行取该行的
主要金额（合计、小计、预算或总计一列）；表1、表4 的收入、支出两半各算一行。金额单位万元。

  --json   输出 JSON 数组，每行 {table, code, label, thisYear, lastYear}，金额为万元两位小数的
           数字，某一方没有该行时为 null

退出码：0 成功；2 参数或文件有误。`;

const wanOrNull = (fen: number | null): number | null => (fen === null ? null : fenToWan(fen));

function textRow(r: CompareRow): string {
  const now = r.thisYearFen === null ? '—' : formatWan(r.thisYearFen);
  const last = r.lastYearFen === null ? '—' : formatWan(r.lastYearFen);
  const change = r.change === null ? '' : `  增减 ${r.change.toFixed(2)}`;
  const pct = r.percent === null ? '' : `（${r.percent.toFixed(2)}%）`;
  return `表${r.table}  ${r.code ? `[${r.code}]` : ''}${r.label}  本年 ${now}  上年 ${last}${change}${pct}`;
}

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: '逐表逐行对比本年数与上年数（--json 输出 JSON）',
  help: HELP,
  async run(args, io) {
    const { positional, flags, unknown } = parseArgs(args, { flags: ['json'] });
    const problems = [...unknown];
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    if (problems.length) return usageError(io, problems, HELP);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const rows = await api['compare:run']({});
      if (flags.has('json')) {
        const out = rows.map((r) => ({
          table: r.table,
          code: r.code,
          label: r.label,
          thisYear: wanOrNull(r.thisYearFen),
          lastYear: wanOrNull(r.lastYearFen),
        }));
        io.out(JSON.stringify(out, null, 2));
      } else io.out(rows.map(textRow).join('\n'));
      return 0;
    });
  },
};
