/**
 * `budgetdesk explain BOOK.sqlite --table N --row CODE|LABEL --column CAPTION [--json]`: how one
 * printed figure is made — the rule, the line items behind it, their sum, the rounding, the 尾差.
 */
import type { LineItem } from '../../../shared/domain';
import { formatYuan } from '../../../shared/money';
import { deriveTables } from '../../../shared/tables/engine';
import {
  ExplainError,
  explainCell,
  type CellExplanation,
} from '../../../shared/tables/explain/explain';
import { locateCell } from '../../../shared/tables/explain/locate';
import { PackError } from '../../../shared/tables/packs';
import { TableDataError } from '../../../shared/tables/prepare';
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk explain <预算文件.sqlite> --table N --row 编码或名称 --column 列名 [--json]

解释公开表中的一个数字：该单元格的取数规则、构成它的每条明细、明细合计（元）、取整到万元的过程，
以及印出的各部分相加与印出的合计不符时的取整尾差及原因。

  --table N      表号，如 5
  --row 行       行的科目编码（如 208）或名称（如 社会保障和就业支出、合计）；同名多行时填行键
  --column 列名  金额列的列名，如印在表头上的“其中：基本支出”，也可省去“其中：”写作 基本支出
  --json         输出 JSON：{table, row, column, printed, totalFen, lines:[{id, unitCode,
                 functionCode, deptEconCode, kind, fundSource, projectCode, amountFen}]}

退出码：0 成功；2 参数有误、文件有误或表中没有所填的行、列（列出本表现有的行、列）。`;

function lineText(l: LineItem): string {
  const project = l.projectCode ? `  项目 ${l.projectCode}` : '';
  return (
    `  #${l.id}  单位 ${l.unitCode}  功能 ${l.functionCode}  经济 ${l.deptEconCode || '—'}  ` +
    `${l.kind}  ${l.fundSource}${project}  ${formatYuan(l.amountFen)} 元`
  );
}

/** The explanation as the clerk reads it in a terminal. */
function explanationText(e: CellExplanation): string {
  const out = [
    `表${e.table} ${e.tableTitle}：“${e.row}”行“${e.column}”列印 ${e.printed} 万元`,
    `规则：${e.rule}`,
    `明细 ${e.lines.length} 条：`,
    ...e.lines.map(lineText),
    `合计：${formatYuan(e.totalFen)} 元`,
    `取整：${e.rounding}`,
  ];
  for (const t of e.tails) {
    const parts = t.parts.map((p) => `${p.label} ${p.printed}`).join(' + ');
    out.push(
      `尾差：${t.ruleText}。印出的各部分 ${parts} = ${t.partsPrinted}，与本格 ${e.printed} 相差 ${t.difference}。${t.why}`,
    );
  }
  return out.join('\n');
}

function jsonOf(e: CellExplanation): unknown {
  return {
    table: e.table,
    row: e.row,
    column: e.column,
    printed: e.printed,
    totalFen: e.totalFen,
    lines: e.lines.map((l) => ({
      id: l.id,
      unitCode: l.unitCode,
      functionCode: l.functionCode,
      deptEconCode: l.deptEconCode,
      kind: l.kind,
      fundSource: l.fundSource,
      projectCode: l.projectCode,
      amountFen: l.amountFen,
    })),
  };
}

export const explainCommand: CliCommand = {
  name: 'explain',
  summary: '解释公开表中的一个数字：规则、构成明细、合计、取整与尾差（--json 输出 JSON）',
  help: HELP,
  async run(args, io) {
    const { positional, values, flags, unknown } = parseArgs(args, {
      values: ['table', 'row', 'column'],
      flags: ['json'],
    });
    const problems = [...unknown];
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    const table = Number(values.table);
    if (!Number.isInteger(table) || table < 1) problems.push('请用 --table 给出表号（正整数）');
    if (!values.row) problems.push('请用 --row 给出行的编码或名称');
    if (!values.column) problems.push('请用 --column 给出金额列的列名');
    if (problems.length) return usageError(io, problems, HELP);
    return withHandlers(io, async (api) => {
      await api['book:open']({ path: positional[0] });
      const book = await api['book:snapshot']({});
      try {
        const models = deriveTables(book);
        const model = models.find((m) => m.number === table);
        if (!model) {
          const numbers = models.map((m) => m.number).join('、');
          io.err(`出错：本预算的公开表中没有表${table}，现有：表${numbers}。`);
          return 2;
        }
        const at = locateCell(model, values.row, values.column);
        const e = explainCell(book, models, table, at.rowIndex, at.col);
        io.out(flags.has('json') ? JSON.stringify(jsonOf(e), null, 2) : explanationText(e));
        return 0;
      } catch (err) {
        if (
          err instanceof ExplainError ||
          err instanceof PackError ||
          err instanceof TableDataError
        ) {
          io.err(`出错：${err.message}。`);
          return 2;
        }
        throw err;
      }
    });
  },
};
