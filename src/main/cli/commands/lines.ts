/** `budgetdesk lines BOOK.sqlite [--csv]`: the book's line items, readable or in the import layout. */
import { formatWan, formatYuan, sumFen } from '../../../shared/money';
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk lines <预算文件.sqlite> [--csv] [--unit <单位编码>]

列出预算中的支出明细。
  --csv    按 import-lines 的格式输出 CSV（UTF-8 带 BOM，Excel 可直接打开）；
           把它导入一本新预算，得到相同的明细：
           budgetdesk lines 旧.sqlite --csv > 明细.csv && budgetdesk import-lines 新.sqlite 明细.csv
  --unit   只列出该单位的明细（不与 --csv 同用）

退出码：0 成功；2 参数或文件有误。`;

export const linesCommand: CliCommand = {
  name: 'lines',
  summary: '列出支出明细；--csv 按导入格式输出',
  help: HELP,
  async run(args, io) {
    const { positional, values, flags, unknown } = parseArgs(args, {
      values: ['unit'],
      flags: ['csv'],
    });
    const problems = [...unknown];
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    if (flags.has('csv') && values.unit !== undefined)
      problems.push('--csv 输出全部明细，不能与 --unit 同用');
    if (problems.length) return usageError(io, problems, HELP);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      if (flags.has('csv')) {
        io.out((await api['lines:export-csv']({})).csv);
        return 0;
      }
      const lines = await api['lines:list']({ unitCode: values.unit });
      const rows = lines.map((l) =>
        [
          l.id,
          l.unitCode,
          l.functionCode,
          l.deptEconCode || '-',
          l.govEconCode || '-',
          l.kind,
          l.projectCode ?? '-',
          l.fundSource,
          formatYuan(l.amountFen),
        ].join('\t'),
      );
      const total = sumFen(lines.map((l) => l.amountFen));
      io.out(
        [
          [
            '序号',
            '单位编码',
            '功能科目',
            '部门经济',
            '政府经济',
            '支出类型',
            '二级项目',
            '资金来源',
            '金额(元)',
          ].join('\t'),
          ...rows,
          `共 ${lines.length} 行，合计 ${formatYuan(total)} 元（${formatWan(total)} 万元）`,
        ].join('\n'),
      );
      return 0;
    });
  },
};
