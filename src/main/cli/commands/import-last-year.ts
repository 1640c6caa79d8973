/** `budgetdesk import-last-year BOOK.sqlite FILE.xlsx [--preview]`: store last year's figures. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { LastYearPreview } from '../../../shared/last-year';
import { parseArgs, type CliIo, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk import-last-year <预算文件.sqlite> <上年公开表.xlsx> [--preview]

从上年的公开表工作簿读取各表各行的数字，保存为本预算的“上年数”（替换原有的上年数），
用于增减对比（budgetdesk compare）和情况说明。工作簿可以是 BudgetDesk 导出的，也可以是
其他软件导出或按公开文本手工录入的：按标题（或工作表名“表N”）找表，按表头找列，按编码和
名称找行；可有合并单元格、空行空列、分页重复的表头、“[编码]名称”或编码与名称分列、
以文本存放的数字、“单位：万元”或“单位：元”。只含部分表时导入这些表，并列出缺少的表。

  --preview   只显示读到的内容，不保存

有金额不是数字、表重复、不是 .xlsx 等问题时整份不导入，并说明找到和缺少哪些表。
退出码：0 成功；2 参数或文件有误（上年数未作修改）。`;

function summary(p: LastYearPreview, io: CliIo): void {
  for (const t of p.tables) {
    io.out(
      `表${t.tableNo} ${t.title}（工作表 ${t.sheets.join('、')}，单位：${t.unit}）：${t.rows.length} 行`,
    );
  }
  if (p.missingTables.length)
    io.out(`缺少：${p.missingTables.map((t) => `表${t.tableNo} ${t.title}`).join('；')}`);
  if (p.unrecognised.length) {
    io.out(`未能识别 ${p.unrecognised.length} 处（未读取）：`);
    for (const u of p.unrecognised) io.out(`  ${u}`);
  }
}

export const importLastYearCommand: CliCommand = {
  name: 'import-last-year',
  summary: '从上年公开表工作簿导入上年数（--preview 只预览）',
  help: HELP,
  async run(args, io) {
    const { positional, flags, unknown } = parseArgs(args, { flags: ['preview'] });
    const problems = [...unknown];
    if (positional.length !== 2) problems.push('请依次给出预算文件和上年公开表工作簿两个路径');
    const file = positional[1];
    if (file && (!existsSync(file) || !statSync(file).isFile()))
      problems.push(`找不到工作簿“${file}”`);
    if (problems.length) return usageError(io, problems, HELP);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const preview = await api['lastyear:preview']({
        fileName: basename(file),
        contentBase64: readFileSync(file).toString('base64'),
      });
      summary(preview, io);
      if (flags.has('preview')) {
        io.out(`共读到 ${preview.figureCount} 个数字（仅预览，未保存）`);
        return 0;
      }
      const res = await api['lastyear:commit']({ previewId: preview.previewId });
      io.out(`已保存上年数 ${res.stored} 个（${res.tables.map((n) => `表${n}`).join('、')}）`);
      return 0;
    });
  },
};
