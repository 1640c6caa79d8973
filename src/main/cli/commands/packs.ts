/**
 * `budgetdesk packs [--pack 文件或文件夹] [--show 编号或文件]`: the template packs there are —
 * built-in and loaded from the data folder's packs/ (or named here) — by the names clerks know.
 */
import { builtinPacks, type PackDefinition } from '../../../shared/tables/packs';
import { availablePacks, choosePack, PackLoadError, packsFolder } from '../../packs';
import { parseArgs, type CliCommand } from '../command';
import { cliDataDir, usageError } from './book-session';

const HELP = `用法：budgetdesk packs [--pack <表式文件或文件夹>] [--show <表式编号或文件>]

列出可用的公开表式：内置的江门市 2021–2030 年表式，以及从数据文件夹 packs/ 中加载的表式文件
（数据文件夹由 BUDGETDESK_DATA_DIR 指定，默认 ~/.budgetdesk）。每个表式显示名称、编号、年度、
地区、政府层级和它继承自哪个表式。表式文件有误时逐项列出文件和字段位置。

  --pack X   另外加载并检查表式文件或表式文件夹 X
  --show X   以 JSON 输出表式 X 的完整内容（十三张表、审核规则、说明文字和名词解释），
             可另存为表式文件修改后使用

退出码：0 成功；2 参数有误或有表式文件不能加载。`;

function describe(def: PackDefinition, all: readonly PackDefinition[]): string {
  const base = def.extends ? all.find((p) => p.id === def.extends) : undefined;
  const parts = [`编号 ${def.id}`, `${def.year} 年`, def.region, def.governmentLevel];
  if (def.extends) parts.push(`继承自 ${base?.name ?? def.extends}`);
  return `  ${def.name}（${parts.join('，')}）`;
}

/** The message, then each problem on its own line (one problem is already in the message). */
function problemText(e: PackLoadError): string {
  const lines = e.problems.length > 1 ? e.problems.map((p) => `  ${p}`) : [];
  return [`出错：${e.message}`, ...lines].join('\n');
}

export const packsCommand: CliCommand = {
  name: 'packs',
  summary: '列出可用的公开表式（内置和从文件加载的）；--show 输出表式的完整 JSON',
  help: HELP,
  async run(args, io) {
    const { positional, values, unknown } = parseArgs(args, { values: ['pack', 'show'] });
    const problems = [...unknown];
    if (positional.length) problems.push(`多余的参数 ${positional.join(' ')}`);
    if (problems.length) return usageError(io, problems, HELP);
    const dataDir = cliDataDir();
    try {
      if (values.show !== undefined) {
        io.out(JSON.stringify(choosePack(values.show, dataDir, process.cwd()), null, 2));
        return 0;
      }
    } catch (e) {
      if (!(e instanceof PackLoadError)) throw e;
      io.err(problemText(e));
      return 2;
    }
    const set = availablePacks(dataDir, values.pack !== undefined ? [values.pack] : []);
    const all = [...builtinPacks(), ...set.disk.map((d) => d.def)];
    io.out('内置表式：');
    for (const def of builtinPacks()) io.out(describe(def, all));
    io.out(`从文件加载的表式（${packsFolder(dataDir)}${values.pack ? `，${values.pack}` : ''}）：`);
    if (!set.disk.length) io.out('  （无）');
    for (const d of set.disk) io.out(`${describe(d.def, all)}\n    文件：${d.source}`);
    if (!set.problems.length) return 0;
    for (const e of set.problems) io.err(problemText(e));
    return 2;
  },
};
