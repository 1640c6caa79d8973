/** `budgetdesk catalog BOOK.sqlite [--kind …] [--csv]`: one list of the book's catalog (科目表). */
import {
  CATALOG_KINDS,
  CATALOG_KIND_NAMES,
  type CatalogKind,
  entriesOf,
  provisionalNotice,
  type ClassificationEntry,
} from '../../../shared/catalogs';
import { catalogCsv } from '../../export/catalog-csv';
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

/** The --kind option of both catalog commands: function (default), dept-econ or gov-econ. */
export const KIND_HELP = `  --kind   科目种类：function 支出功能分类（默认）、dept-econ 部门预算支出经济分类、
           gov-econ 政府预算支出经济分类`;

/** The kind named by --kind, or a usage problem (Chinese) in `problems`. */
export function parseKind(value: string | undefined, problems: string[]): CatalogKind {
  if (value === undefined) return 'function';
  if ((CATALOG_KINDS as readonly string[]).includes(value)) return value as CatalogKind;
  problems.push(`--kind 应为 ${CATALOG_KINDS.join('、')} 之一，收到“${value}”`);
  return 'function';
}

const HELP = `用法：budgetdesk catalog <预算文件.sqlite> [--kind function|dept-econ|gov-econ] [--csv]

列出预算文件中保存的科目表（本预算核对科目编码所用的科目）。
${KIND_HELP}
  --csv    输出“科目编码,科目名称”两列的 CSV（UTF-8 带 BOM），即 catalog-import 读取的格式：
           budgetdesk catalog 预算.sqlite --csv > 科目表.csv   （修改后）
           budgetdesk catalog-import 预算.sqlite 科目表.csv

退出码：0 成功；2 参数或文件有误。`;

function line(e: ClassificationEntry): string {
  const indent = '  '.repeat(e.code.length === 7 ? 2 : e.code.length === 5 ? 1 : 0);
  const marks = [e.uncertain ? '〔待核实〕' : '', e.retired ? '〔停用，仍有明细使用〕' : ''].join(
    '',
  );
  return `${indent}${e.code}\t${e.name}${marks}`;
}

export const catalogCommand: CliCommand = {
  name: 'catalog',
  summary: '列出预算中的科目表；--csv 按 catalog-import 的格式输出',
  help: HELP,
  async run(args, io) {
    const { positional, values, flags, unknown } = parseArgs(args, {
      values: ['kind'],
      flags: ['csv'],
    });
    const problems = [...unknown];
    const kind = parseKind(values.kind, problems);
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    if (problems.length) return usageError(io, problems, HELP);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const data = await api['catalog:book']({});
      const entries = entriesOf(data, kind);
      if (flags.has('csv')) {
        io.out(catalogCsv(entries).replace(/\r\n$/, ''));
        return 0;
      }
      const head = [
        `${data.year} 年${CATALOG_KIND_NAMES[kind]}（${entries.length} 个科目；来源：${data.source}）`,
      ];
      if (data.provisional) head.push(provisionalNotice(data.year));
      io.out([...head, ...entries.map(line)].join('\n'));
      return 0;
    });
  },
};
