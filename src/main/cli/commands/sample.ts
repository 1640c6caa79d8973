/**
 * `budgetdesk sample BOOK.sqlite [--force]`: write the built-in sample book (江门市人力资源和社会
 * 保障局信息中心, 2021). Refuses to overwrite an existing file unless --force.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SAMPLE_INFO, SAMPLE_LINES, SAMPLE_UNIT } from '../../../shared/sample/jiangmen-2021';
import { createSampleBook } from '../../api/handlers/sample-book';
import { parseArgs, type CliCommand } from '../command';

const HELP = `用法：budgetdesk sample <预算文件.sqlite> [--force]

写出内置示例预算：${SAMPLE_UNIT.name}（${SAMPLE_UNIT.code}），${SAMPLE_INFO.year} 年。
导出的十三张表与该单位公开的部门预算逐项一致（含取整尾差）。

  --force   文件已存在时覆盖它（否则拒绝写入）

退出码：0 成功；2 参数有误或文件已存在。`;

export const sampleCommand: CliCommand = {
  name: 'sample',
  summary: '写出内置示例预算（江门市人社局信息中心 2021）',
  help: HELP,
  async run(args, io) {
    const { positional, flags, unknown } = parseArgs(args, { flags: ['force'] });
    if (unknown.length > 0 || positional.length !== 1) {
      const why = unknown.length > 0 ? unknown.join('；') : '请给出一个预算文件路径';
      io.err(`参数有误：${why}。\n\n${HELP}`);
      return 2;
    }
    const path = resolve(positional[0]);
    if (existsSync(path) && !flags.has('force')) {
      io.err(`文件“${path}”已存在，未作改动。如要用示例覆盖它，请加 --force`);
      return 2;
    }
    createSampleBook(path);
    io.out(
      `已写出示例预算“${path}”：${SAMPLE_UNIT.name} ${SAMPLE_INFO.year} 年，${SAMPLE_LINES.length} 条明细`,
    );
    return 0;
  },
};
