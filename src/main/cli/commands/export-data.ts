/**
 * `budgetdesk export-data BOOK.sqlite --out DIR`: the book as open data — a Fiscal Data Package
 * (datapackage.json + CSV) of the line items and the thirteen tables, amounts in 元.
 */
import { resolve } from 'node:path';
import { fiscalDataPackage } from '../../../shared/open-data/package';
import { deriveTables } from '../../../shared/tables/engine';
import { writeDataPackage } from '../../export/data-package';
import { BookError } from '../../ledger/errors';
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk export-data <预算文件.sqlite> --out <文件夹>

把预算导出为开放数据：财政数据包（Fiscal Data Package，即带财政模型的 Frictionless 数据包）——
datapackage.json 加 CSV 文件：line-items.csv（全部明细）和 table-01.csv … table-13.csv（十三张表的
每个印出行）。金额单位为元（两位小数，未取整）；公开表印为万元，数据包中写明 1 万元 = 10000 元；
预算阶段为 proposed（预算草案）；各编码字段写明所用的分类（功能分类、经济分类、单位、项目）。
文件先写入临时文件再改名，出错时文件夹保持原样。

  --out DIR   输出文件夹（不存在时新建，其上级文件夹须已存在；同名文件被替换）

退出码：0 成功；2 参数或文件有误。`;

export const exportDataCommand: CliCommand = {
  name: 'export-data',
  summary: '导出开放数据：财政数据包（datapackage.json + CSV，金额为元）',
  help: HELP,
  async run(args, io) {
    const { positional, values, unknown } = parseArgs(args, { values: ['out'] });
    const problems = [...unknown];
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    if (!values.out) problems.push('请用 --out 指定输出文件夹');
    if (problems.length) return usageError(io, problems, HELP);
    const dir = resolve(values.out);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const book = await api['book:snapshot']({});
      const pkg = fiscalDataPackage(book, deriveTables(book), new Date().toISOString());
      try {
        const files = writeDataPackage(dir, pkg);
        io.out(`已导出财政数据包到“${dir}”：${files.length} 个文件（${files.join('、')}）`);
        return 0;
      } catch (e) {
        if (!(e instanceof BookError)) throw e;
        io.err(`出错：${e.message}。未写入任何文件。`);
        return 2;
      }
    });
  },
};
