/**
 * `budgetdesk snapshots BOOK [--json]` and `budgetdesk restore BOOK SNAPSHOT_ID`: the book's
 * 历史版本, and putting one back (the current state is kept as a snapshot first).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatYuan } from '../../../shared/money';
import { SNAPSHOT_REASON_TEXT } from '../../../shared/snapshots';
import { restoreSnapshot } from '../../snapshots/restore';
import { listSnapshots } from '../../snapshots/store';
import { parseArgs, type CliCommand } from '../command';
import { cliDataDir, usageError } from './book-session';

const LIST_HELP = `用法：budgetdesk snapshots <预算文件.sqlite> [--json]

列出预算文件的历史版本（最早的在前）：打开时升级前、每次导入/结转/恢复前、编辑中每 10 分钟、
报送稿。历史版本保存在预算文件旁的“<文件名>.snapshots”文件夹（该文件夹不可写时在数据文件夹）。

  --json   输出 JSON 数组，每项 {id, createdAt, reason, lineCount, totalFen, incomeFen, sha256, label?}

退出码：0 成功；2 参数或文件有误。`;

const RESTORE_HELP = `用法：budgetdesk restore <预算文件.sqlite> <历史版本编号>

用历史版本替换预算文件的内容。替换前先把当前内容保存为一个历史版本（原因“恢复历史版本前”），
所以恢复本身也可以撤销。编号见 budgetdesk snapshots。

退出码：0 成功；2 参数有误、找不到该历史版本或它已损坏（预算文件未改动）。`;

export const snapshotsCommand: CliCommand = {
  name: 'snapshots',
  summary: '列出预算文件的历史版本（--json 输出 JSON）',
  help: LIST_HELP,
  async run(args, io) {
    const { positional, flags, unknown } = parseArgs(args, { flags: ['json'] });
    const problems = [...unknown];
    if (positional.length !== 1) problems.push('请给出一个预算文件路径');
    if (problems.length) return usageError(io, problems, LIST_HELP);
    const path = resolve(positional[0]);
    if (!existsSync(path)) return usageError(io, [`找不到预算文件“${path}”`], LIST_HELP);
    const list = listSnapshots(path, cliDataDir()).map(({ file: _f, ...s }) => s);
    if (flags.has('json')) {
      io.out(JSON.stringify(list, null, 2));
      return 0;
    }
    if (!list.length) {
      io.out(`“${path}”还没有历史版本。`);
      return 0;
    }
    io.out(
      [
        ['编号', '时间', '原因', '明细行', '支出(元)', '收入(元)', '校验码'].join('\t'),
        ...list.map((s) =>
          [
            s.id,
            s.createdAt,
            s.label ? `报送稿 ${s.label}` : SNAPSHOT_REASON_TEXT[s.reason],
            s.lineCount,
            formatYuan(s.totalFen),
            formatYuan(s.incomeFen),
            s.sha256.slice(0, 12),
          ].join('\t'),
        ),
      ].join('\n'),
    );
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: '用历史版本恢复预算文件（先保存当前内容）',
  help: RESTORE_HELP,
  async run(args, io) {
    const { positional, unknown } = parseArgs(args, {});
    const problems = [...unknown];
    if (positional.length !== 2) problems.push('请依次给出预算文件和历史版本编号');
    if (problems.length) return usageError(io, problems, RESTORE_HELP);
    const path = resolve(positional[0]);
    if (!existsSync(path)) return usageError(io, [`找不到预算文件“${path}”`], RESTORE_HELP);
    const r = restoreSnapshot(path, positional[1], { dataDir: cliDataDir() });
    const saved = 'id' in r.saved ? `历史版本 ${r.saved.id}` : `“${r.saved.file}”`;
    io.out(
      `已用历史版本 ${r.restored.id}（${r.restored.createdAt}，明细 ${r.restored.lineCount} 行）恢复“${path}”。` +
        `恢复前的内容已保存为${saved}。`,
    );
    return 0;
  },
};
