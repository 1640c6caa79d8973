/** `budgetdesk import-book FILE.xlsx BOOK.sqlite`: recreate a book from our own full export. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk import-book <工作簿.xlsx> <新预算文件.sqlite>

从 BudgetDesk 导出的完整工作簿（budgetdesk export 或“导出 Excel”的全部表）还原预算：
工作簿中隐藏保存了整本预算（单位、项目、明细、收入计划、绩效目标、第一部分文字、国有资产、
上年数等），据此新建预算文件，与导出时完全一致。新预算文件不能已存在。

其他软件或手工录入的公开表没有这部分内容，不能还原为预算；请用 budgetdesk import-last-year
把其中的数字导入为上年数。

退出码：0 成功；2 参数或文件有误（不会留下新文件）。`;

export const importBookCommand: CliCommand = {
  name: 'import-book',
  summary: '从 BudgetDesk 导出的 Excel 工作簿还原出预算文件',
  help: HELP,
  async run(args, io) {
    const { positional, unknown } = parseArgs(args, {});
    const problems = [...unknown];
    if (positional.length !== 2) problems.push('请依次给出工作簿和新预算文件两个路径');
    const file = positional[0];
    if (file && (!existsSync(file) || !statSync(file).isFile()))
      problems.push(`找不到工作簿“${file}”`);
    if (problems.length) return usageError(io, problems, HELP);
    return withHandlers(io, async (api) => {
      const s = await api['book:import-workbook']({
        fileName: basename(file),
        contentBase64: readFileSync(file).toString('base64'),
        path: positional[1],
      });
      io.out(`已还原 ${s.year} 年预算“${s.unitName}”到“${s.path}”：明细 ${s.lineCount} 行`);
      return 0;
    });
  },
};
