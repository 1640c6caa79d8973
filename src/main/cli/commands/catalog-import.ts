/** `budgetdesk catalog-import BOOK.sqlite FILE [--kind …] [--preview]`: the official 科目表. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CATALOG_KIND_NAMES } from '../../../shared/catalogs';
import { diffSummary, type CatalogImportPreview } from '../../../shared/catalogs/import';
import { parseArgs, type CliCommand, type CliIo } from '../command';
import { usageError, withHandlers } from './book-session';
import { KIND_HELP, parseKind } from './catalog';

const HELP = `用法：budgetdesk catalog-import <预算文件.sqlite> <科目表.csv | 科目表.xlsx> [--kind function|dept-econ|gov-econ] [--preview]

导入财政部门下发的科目表，替换预算中该种科目的整张表（文件即本年度该种科目的全部）。
文件可以是：
  · 有“科目编码”“科目名称”两列表头的 CSV（UTF-8 或 GBK）或 .xlsx（读第一个工作表，表头上方的标题行略过）；
  · 每行一个“编码 名称”，如“2080199 其他人力资源和社会保障管理事务支出”或“[2080199]其他…”。
按编码长度分级（功能分类 类 3 位、款 5 位、项 7 位；经济分类 类 3 位、款 5 位），每个款、项的上级须在文件中。
先列出新增、删除、改名的科目及个数；仍有明细使用的科目不删除，标为“停用”，审核会逐条指出这些明细。
${KIND_HELP}
  --preview  只显示将发生的变化，不保存

任何一行有误则整份文件都不导入，并逐行说明错在哪一行哪一列。
退出码：0 成功；2 参数或文件有误（预算未作任何修改）。`;

function printPreview(p: CatalogImportPreview, io: CliIo): void {
  io.out(
    `“${p.fileName}”：${CATALOG_KIND_NAMES[p.kind]} ${p.total} 个科目（预算中现有 ${p.before} 个）。${diffSummary(p)}`,
  );
  for (const e of p.added) io.out(`  新增  ${e.code} ${e.name}`);
  for (const e of p.removed) io.out(`  删除  ${e.code} ${e.name}`);
  for (const r of p.renamed) io.out(`  改名  ${r.code} ${r.from} → ${r.to}`);
  for (const e of p.retired)
    io.out(`  停用  ${e.code} ${e.name}（文件中没有，仍有 ${e.lines} 条明细使用，保留待改）`);
}

export const catalogImportCommand: CliCommand = {
  name: 'catalog-import',
  summary: '导入财政部门下发的科目表（--preview 只预览；有错则整份不导入）',
  help: HELP,
  async run(args, io) {
    const { positional, values, flags, unknown } = parseArgs(args, {
      values: ['kind'],
      flags: ['preview'],
    });
    const problems = [...unknown];
    const kind = parseKind(values.kind, problems);
    if (positional.length !== 2) problems.push('请依次给出预算文件和科目表文件两个路径');
    const file = positional[1];
    if (file && (!existsSync(file) || !statSync(file).isFile()))
      problems.push(`找不到科目表文件“${file}”`);
    if (problems.length) return usageError(io, problems, HELP);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const preview = await api['catalog:import-preview']({
        fileName: basename(file),
        contentBase64: readFileSync(file).toString('base64'),
        kind,
      });
      printPreview(preview, io);
      if (flags.has('preview')) {
        io.out('仅预览，未保存。');
        return 0;
      }
      const res = await api['catalog:import-commit']({ previewId: preview.previewId });
      io.out(`已导入：预算中的${CATALOG_KIND_NAMES[res.kind]}现有 ${res.stored} 个科目。`);
      return 0;
    });
  },
};
