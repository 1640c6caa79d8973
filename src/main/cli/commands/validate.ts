/**
 * `budgetdesk validate BOOK.sqlite [--json]`: run every check of the book's pack, through the
 * app's handlers (validate:run). Exit 0 when there is no error (warnings and info allowed), 1
 * when there are errors, 2 for bad input.
 */
import { findingsReport } from '../../../shared/validation/format-text';
import { parseArgs, type CliCommand } from '../command';
import { withHandlers } from './book-session';

const HELP = `用法：budgetdesk validate <预算文件.sqlite> [--json]

审核预算：核对各资金来源与收入计划（控制数）、项目与批复金额、科目编码、经济科目对应、
负数、政府采购，以及十三张表之间的勾稽关系；并提示“三公”经费增长、增减变化未说明原因等。

  --json   以 JSON 数组输出全部审核结果（severity、rule、message、expected、actual、where 等）

退出码：0 没有错误（可有警告、提示）；1 有错误；2 参数或文件有误。`;

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: '审核预算，列出错误、警告和提示（--json 输出 JSON）',
  help: HELP,
  async run(args, io) {
    const { positional, flags, unknown } = parseArgs(args, { flags: ['json'] });
    if (unknown.length > 0 || positional.length !== 1) {
      const why = unknown.length > 0 ? unknown.join('；') : '请给出一个预算文件路径';
      io.err(`参数有误：${why}。\n\n${HELP}`);
      return 2;
    }
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const findings = await api['validate:run']({});
      io.out(flags.has('json') ? JSON.stringify(findings, null, 2) : findingsReport(findings));
      return findings.some((f) => f.severity === 'error') ? 1 : 0;
    });
  },
};
