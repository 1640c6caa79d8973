/** `budgetdesk roll BOOK2021.sqlite BOOK2022.sqlite [--year 2022]`: 结转到下一年度. */
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk roll <本年预算.sqlite> <下一年度预算.sqlite> [--year 年度]

结转到下一年度：以本年预算为起点新建下一年度的预算文件，带入
  · 全部单位；
  · 全部项目作为延续项目（编码不变；项目库批复金额、政府采购金额需重新填写）及其绩效目标；
  · 基本支出（人员经费、公用经费）明细，作为下一年度的初稿；
  · 第一部分文字；
  · 本年十三张表的全部数字，作为下一年度的“上年数”（用于增减对比和情况说明）。
项目支出明细、收入计划、国有资产和增减原因属于新年度的工作，不带入。
若某条基本支出明细的科目在新年度科目中已不存在，仍带入并逐条列出，请在新预算中改为新科目
（审核也会一直提示，直到改正）。

  --year N   下一年度，须为本年度加 1（默认即本年度加 1）

新预算用下一年度的江门市表式；用表式文件新建的预算沿用它所保存的表式。

退出码：0 成功；2 参数或文件有误（不会留下新文件）。`;

export const rollCommand: CliCommand = {
  name: 'roll',
  summary: '结转到下一年度：新建下一年度预算，带入单位、项目、基本支出初稿和上年数',
  help: HELP,
  async run(args, io) {
    const { positional, values, unknown } = parseArgs(args, { values: ['year'] });
    const problems = [...unknown];
    if (positional.length !== 2) problems.push('请依次给出本年预算文件和下一年度预算文件两个路径');
    if (values.year !== undefined && !/^\d{4}$/.test(values.year))
      problems.push(`--year 应为四位年份（收到“${values.year}”）`);
    if (problems.length) return usageError(io, problems, HELP);
    return withHandlers(io, async (api) => {
      const from = await api['book:open']({ path: positional[0] });
      const year = values.year === undefined ? from.year + 1 : Number(values.year);
      const r = await api['book:roll']({ path: positional[1], year });
      io.out(
        `已结转到 ${r.year} 年预算“${r.path}”：单位 ${r.units} 个，延续项目 ${r.projects} 个，` +
          `基本支出明细 ${r.lines} 行，上年数 ${r.lastYearFigures} 个；表式：${r.packName}`,
      );
      if (r.retiredCodes.length) {
        io.out(
          `以下 ${r.retiredCodes.length} 条明细的科目在 ${r.year} 年已不存在，已带入，请改为新科目：`,
        );
        for (const line of r.retiredCodes) io.out(`  ${line}`);
      }
      return 0;
    });
  },
};
