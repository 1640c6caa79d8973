/**
 * `budgetdesk export BOOK.sqlite --out FILE.xlsx [--table N]`: export the thirteen tables (or
 * table N) of a book to an Excel workbook in the official layout.
 */
import { resolve } from 'node:path';
import { deriveTables } from '../../../shared/tables/engine';
import { packOf } from '../../../shared/tables/packs';
import { encodeBook } from '../../export/book-part';
import { exportTablesWorkbook } from '../../export/tables-xlsx';
import { writeFileAtomic } from '../../fs/atomic-write';
import { BookDb } from '../../ledger/book-db';
import { loadTablesSnapshot } from '../../ledger/snapshot';
import { versionMark } from '../../snapshots/versions';
import { parseArgs, type CliCommand } from '../command';
import { cliDataDir } from './book-session';

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
    let numbers: number[] | undefined;
    if (values.table !== undefined) {
      if (!/^\d+$/.test(values.table))
        return usageError(io, `--table 应为表号，如 5（收到“${values.table}”）`);
      numbers = [Number(values.table)];
    }
    const book = BookDb.open(resolve(positional[0]), { dataDir: cliDataDir() });
    try {
      const snapshot = loadTablesSnapshot(book);
      if (numbers) packOf(snapshot).table(numbers[0]);
      const models = deriveTables(snapshot, numbers);
      const out = resolve(values.out);
      // A full export carries the book itself (hidden part), so import-book can recreate it.
      const bookPart = numbers ? undefined : encodeBook(book);
      const footerMark = versionMark(book, cliDataDir());
      writeFileAtomic(out, await exportTablesWorkbook(models, { bookPart, footerMark }));
      io.out(
        `已导出 ${models.length} 张表到“${out}”：${models.map((m) => `表${m.number}`).join('、')}`,
      );
      return 0;
    } finally {
      book.close();
    }
  },
};
