/**
 * `budgetdesk export BOOK.sqlite --out FILE.xlsx [--table N]`: export the thirteen tables (or
 * table N) of a book to an Excel workbook in the official layout — through the app's handlers
 * (export:xlsx, which writes the file), so the workbook is the one the app's 导出 writes, 审核说明
 * included.
 */
import { resolve } from 'node:path';
import { parseArgs, type CliCommand } from '../command';
import { withHandlers } from './book-session';

const HELP = `用法：budgetdesk export <预算文件.sqlite> --out <输出文件.xlsx> [--table N]

按公开表模板的版式导出部门预算表：每张表一个工作表（表1 … 表13），金额单位万元、两位小数。
导出全部表时，工作簿中还隐藏保存了整本预算，可用 budgetdesk import-book 还原。

  --out FILE    输出的 Excel 文件（.xlsx），已存在时替换（先写临时文件，写完才替换，失败时原文件不变）
  --table N     只导出表 N（如 --table 5）

退出码：0 成功；2 参数或文件有误。`;

function usageError(io: { err(t: string): void }, why: string): number {
  io.err(`参数有误：${why}。\n\n${HELP}`);
  return 2;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '导出十三张公开表到 Excel（--table N 只导出一张）',
  help: HELP,
  async run(args, io) {
    const { positional, values, unknown } = parseArgs(args, { values: ['out', 'table'] });
    if (unknown.length > 0) return usageError(io, unknown.join('；'));
    if (positional.length !== 1) return usageError(io, '请给出一个预算文件路径');
    if (!values.out) return usageError(io, '请用 --out 指定输出的 .xlsx 文件');
    if (!/\.xlsx$/i.test(values.out))
      return usageError(io, `输出文件“${values.out}”应以 .xlsx 结尾`);
    let table: number | undefined;
    if (values.table !== undefined) {
      if (!/^\d+$/.test(values.table))
        return usageError(io, `--table 应为表号，如 5（收到“${values.table}”）`);
      table = Number(values.table);
    }
    const out = resolve(values.out);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: resolve(positional[0]) });
      // A full export carries the book itself (hidden part), so import-book can recreate it.
      await api['export:xlsx']({
        path: out,
        overwrite: true,
        ...(table === undefined ? {} : { table }),
      });
      // The book's pack may come from a pack file: its tables are the ones derived.
      const numbers =
        table === undefined ? (await api['tables:derive']({})).map((m) => m.number) : [table];
      io.out(`已导出 ${numbers.length} 张表到“${out}”：${numbers.map((n) => `表${n}`).join('、')}`);
      return 0;
    });
  },
};
