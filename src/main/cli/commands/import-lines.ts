/** `budgetdesk import-lines BOOK.sqlite LINES.csv|LINES.xlsx`: all or nothing. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs, type CliCommand } from '../command';
import { LINE_COLUMNS } from '../../import/lines-layout';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk import-lines <预算文件.sqlite> <明细.csv | 明细.xlsx>

把支出明细导入预算（追加到已有明细之后）。第 1 行为表头，各列依次为：
  ${LINE_COLUMNS.join(', ')}
  · 政府经济科目编码可留空，按单位类型默认对应；
  · 项目支出须填写一级、二级项目的编码和名称，其他支出类型不填项目；
  · 金额以元为单位，最多两位小数，可带千分位逗号；
  · CSV 可以是 UTF-8（带或不带 BOM）或 GBK（Excel 在中文 Windows 上的“CSV”）；.xlsx 读第一个工作表。
文件中出现的新单位、新项目会一并建立。任何一行有误则整份文件都不导入，并逐行说明错在哪一列。

退出码：0 成功；2 文件有误（预算未作任何修改）。`;

export const importLinesCommand: CliCommand = {
  name: 'import-lines',
  summary: '从 CSV 或 Excel 导入支出明细（有错则整份不导入）',
  help: HELP,
  async run(args, io) {
    const { positional, unknown } = parseArgs(args, {});
    const problems = [...unknown];
    if (positional.length !== 2) problems.push('请依次给出预算文件和明细文件两个路径');
    const file = positional[1];
    if (file && (!existsSync(file) || !statSync(file).isFile()))
      problems.push(`找不到明细文件“${file}”`);
    if (problems.length) return usageError(io, problems, HELP);
    const started = Date.now();
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const res = await api['lines:import']({
        fileName: basename(file),
        contentBase64: readFileSync(file).toString('base64'),
      });
      const created = [
        res.unitsCreated ? `新建单位 ${res.unitsCreated} 个` : '',
        res.projectsCreated ? `新建项目 ${res.projectsCreated} 个` : '',
      ].filter(Boolean);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      io.out(
        `已导入 ${res.imported} 行明细${created.length ? `（${created.join('，')}）` : ''}，用时 ${secs} 秒`,
      );
      return 0;
    });
  },
};
