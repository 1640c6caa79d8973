/**
 * `budgetdesk plan BOOK.sqlite --source 一般公共预算 --amount 7230300.00 [--unit 单位编码]`: set
 * the income plan (控制数) of one fund source in 元, so `validate` checks the lines against it.
 * Without --source and --amount it lists the plan. Through the app's handlers (plan:list,
 * plan:set), so the same field rules apply (a 控制数 is never negative).
 */
import { FUND_SOURCES, type FundSource } from '../../../shared/domain';
import { formatWan, formatYuan, MoneyParseError, parseYuan } from '../../../shared/money';
import type { IncomePlanEntry } from '../../../shared/domain';
import { parseArgs, type CliCommand, type CliIo } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk plan <预算文件.sqlite> --source <资金来源> --amount <金额（元）> [--unit <单位编码>]
      budgetdesk plan <预算文件.sqlite>            （列出已录入的收入计划）

设置某一资金来源的收入计划（控制数），审核时核对该来源的支出明细合计是否与之相等。
  --source   资金来源，为以下之一：${FUND_SOURCES.join('、')}
  --amount   金额，单位为元，最多两位小数，如 7230300.00 或 7,230,300（也可写 723.03万）
  --unit     单位编码，默认为本预算的主管单位

退出码：0 成功；2 参数或文件有误（不做任何修改）。`;

function isFundSource(s: string): s is FundSource {
  return (FUND_SOURCES as readonly string[]).includes(s);
}

function list(plan: IncomePlanEntry[], io: CliIo): void {
  if (plan.length === 0) {
    io.out(
      '尚未录入收入计划。用 --source 和 --amount 录入，例如：budgetdesk plan 预算.sqlite --source 一般公共预算 --amount 7230300.00',
    );
    return;
  }
  for (const e of plan) {
    io.out(
      `${e.unitCode}  ${e.fundSource}  ${formatWan(e.amountFen)} 万元（${formatYuan(e.amountFen)} 元）`,
    );
  }
}

export const planCommand: CliCommand = {
  name: 'plan',
  summary: '设置或列出收入计划（控制数），金额以元为单位',
  help: HELP,
  async run(args, io) {
    const { positional, values, unknown } = parseArgs(args, {
      values: ['source', 'amount', 'unit'],
    });
    const problems = [...unknown];
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    if ((values.source === undefined) !== (values.amount === undefined)) {
      problems.push('--source 与 --amount 须同时给出');
    }
    if (values.source !== undefined && !isFundSource(values.source.trim())) {
      problems.push(`“${values.source}”不是资金来源，应为以下之一：${FUND_SOURCES.join('、')}`);
    }
    let amountFen = 0;
    if (values.amount !== undefined) {
      try {
        amountFen = parseYuan(values.amount);
      } catch (e) {
        if (!(e instanceof MoneyParseError)) throw e;
        problems.push(`--amount ${e.message}`);
      }
    }
    if (problems.length > 0) return usageError(io, problems, HELP);
    const source = values.source;
    return withHandlers(io, async (api) => {
      const summary = await api['book:open']({ path: positional[0] });
      if (source === undefined) {
        list(await api['plan:list']({}), io);
        return 0;
      }
      const entry = {
        unitCode: values.unit?.trim() || summary.unitCode,
        fundSource: source.trim() as FundSource,
        amountFen,
      };
      await api['plan:set']({ entry });
      io.out(
        `已设置 ${entry.unitCode} “${entry.fundSource}”的收入计划：${formatWan(amountFen)} 万元（${formatYuan(amountFen)} 元）。`,
      );
      return 0;
    });
  },
};
