/** `budgetdesk new BOOK.sqlite --year 2021 --unit-code 404011 --unit-name 名称 --unit-type 事业单位 [--pack …]` */
import {
  FIRST_BUDGET_YEAR,
  LAST_BUDGET_YEAR,
  UNIT_TYPES,
  type UnitType,
} from '../../../shared/domain';
import { parseArgs, type CliCommand } from '../command';
import { usageError, withHandlers } from './book-session';

const HELP = `用法：budgetdesk new <预算文件.sqlite> --year <年度> --unit-code <单位编码> --unit-name <单位名称> --unit-type <单位类型> [--pack 表式]

新建一本预算（一个 SQLite 文件），并登记主管单位。不会覆盖已有文件。
  --year        预算年度，${FIRST_BUDGET_YEAR}–${LAST_BUDGET_YEAR} 年之间，如 2027
  --unit-code   单位编码，如 404011
  --unit-name   单位名称，如 江门市人力资源和社会保障局信息中心
  --unit-type   单位类型：${UNIT_TYPES.join(' | ')}
  --pack        公开表式：表式编号（见 budgetdesk packs），或表式文件 / 表式文件夹的路径；
                默认为该年度的江门市表式。用表式文件新建的预算会保存整套表式，以后不需要该文件

示例：budgetdesk new 2021预算.sqlite --year 2021 --unit-code 404011 --unit-name 江门市人力资源和社会保障局信息中心 --unit-type 事业单位

退出码：0 成功；2 参数有误或文件已存在（不做任何修改）。`;

export const newCommand: CliCommand = {
  name: 'new',
  summary: '新建预算文件（预算年度、主管单位）',
  help: HELP,
  async run(args, io) {
    const { positional, values, unknown } = parseArgs(args, {
      values: ['year', 'unit-code', 'unit-name', 'unit-type', 'pack'],
    });
    const problems = [...unknown];
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    for (const name of ['year', 'unit-code', 'unit-name', 'unit-type']) {
      if (!values[name]?.trim()) problems.push(`缺少 --${name}`);
    }
    if (values.year && !/^\d{4}$/.test(values.year.trim()))
      problems.push(`--year “${values.year}”应为四位年份`);
    const type = values['unit-type']?.trim();
    if (type && !(UNIT_TYPES as readonly string[]).includes(type)) {
      problems.push(`--unit-type “${type}”应为 ${UNIT_TYPES.join('、')} 之一`);
    }
    if (problems.length) return usageError(io, problems, HELP);
    return withHandlers(io, async (api) => {
      const s = await api['book:create']({
        path: positional[0],
        year: Number(values.year),
        unitCode: values['unit-code'].trim(),
        unitName: values['unit-name'].trim(),
        unitType: type as UnitType,
        ...(values.pack !== undefined ? { pack: values.pack } : {}),
      });
      io.out(
        `已新建预算文件 ${s.path}：${s.year} 年，${s.unitCode} ${s.unitName}（${s.unitType}），表式：${s.packName}`,
      );
      return 0;
    });
  },
};
