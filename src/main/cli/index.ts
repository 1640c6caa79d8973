/**
 * `budgetdesk` — the command line over the same handlers as the app. Exit codes: 0 success,
 * 1 the book fails its checks (validate), 2 bad input or usage.
 */
import { resolve } from 'node:path';
import { describeError } from '../errors/os-errors';
import type { CliCommand, CliIo } from './command';
import { commands } from './commands';

const stdio: CliIo = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

function usage(list: CliCommand[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    '用法：budgetdesk <命令> [参数]      （每个命令可加 --help 查看说明）',
    '',
    '命令：',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo = stdio): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(commands));
    return name ? 0 : 2;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    io.err(`未知命令“${name}”。\n\n${usage(commands)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(cmd.help);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    // The book a command works on is its .sqlite argument; a SQLite error names no file itself.
    const file = rest.find((a) => /\.sqlite$/i.test(a));
    io.err(`出错：${describeError(e, { file: file && resolve(file) }).message}`);
    return 2;
  }
}
