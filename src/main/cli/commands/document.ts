/**
 * `budgetdesk document BOOK.sqlite --out FILE.docx|FILE.pdf`: the whole disclosure document —
 * cover, 目录, 第一部分 概况, the thirteen tables, 第三部分 情况说明 drafted from the numbers,
 * 第四部分 名词解释 — as Word or PDF (printed with Chromium). Through the app's handlers
 * (document:draft for the warnings, export:document writing the file), as the app's 导出 does.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type CliCommand, type CliIo } from '../command';
import { documentFileName } from '../../../shared/export-names';
import { withHandlers } from './book-session';

const HELP = `用法：budgetdesk document <预算文件.sqlite> --out <输出文件.docx 或 .pdf> [--charts]

生成完整的部门预算公开文档：封面、目录、第一部分 概况、第二部分 十三张表（横向页、表头每页重复）、
第三部分 情况说明（由预算数与上年数自动起草，原因取自“增减变化原因”）、第四部分 名词解释，页脚有页码。

  --out FILE   输出文件：.docx（Word）或 .pdf（用 Chromium 打印；可用环境变量
               BUDGETDESK_CHROMIUM 指定浏览器路径）。已存在时覆盖。
  --charts     在文末加“附：图表”：支出按功能分类、经济分类、基本/项目、资金来源的构成，与上年
               对比（已导入上年数时），多个单位时各单位支出（与“概览”画面相同的图表）

尚未填写的原因、缺少的上年数等在标准错误输出中以“提示”列出，文档照常生成。

退出码：0 成功；2 参数或文件有误。`;

function usageError(io: CliIo, why: string): number {
  io.err(`参数有误：${why}。\n\n${HELP}`);
  return 2;
}

export const documentCommand: CliCommand = {
  name: 'document',
  summary: '生成完整的部门预算公开文档（.docx 或 .pdf）',
  help: HELP,
  async run(args, io) {
    const { positional, values, flags, unknown } = parseArgs(args, {
      values: ['out'],
      flags: ['charts'],
    });
    if (unknown.length > 0) return usageError(io, unknown.join('；'));
    if (positional.length !== 1) return usageError(io, '请给出一个预算文件路径');
    if (!values.out) return usageError(io, '请用 --out 指定输出文件（.docx 或 .pdf）');
    const ext = /\.(docx|pdf)$/i.exec(values.out)?.[1]?.toLowerCase();
    if (!ext) return usageError(io, `输出文件“${values.out}”应以 .docx 或 .pdf 结尾`);
    const out = resolve(values.out);
    const folder = dirname(out);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      return usageError(io, `输出文件夹“${folder}”不存在，请先建立该文件夹`);
    }
    const path = resolve(positional[0]);
    if (!existsSync(path)) return usageError(io, `预算文件“${path}”不存在`);
    const format = ext as 'docx' | 'pdf';
    return withHandlers(io, async (api) => {
      const book = await api['book:open']({ path });
      const { warnings } = await api['document:draft']({});
      const written = await api['export:document']({
        path: out,
        overwrite: true,
        format,
        charts: flags.has('charts'),
      });
      for (const w of warnings) io.err(`提示：${w}`);
      const name = documentFileName(book.year, book.unitName, format);
      io.out(`已生成“${name}”的全文到“${out}”（${Math.ceil(written.size / 1024)} KB）`);
      return 0;
    });
  },
};
