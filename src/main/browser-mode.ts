/**
 * `tsx src/main/browser-mode.ts [--port N] [--no-open] [--data-dir DIR]`: the app without
 * Electron. Serves the built renderer and the API on 127.0.0.1 and prints the address (with the
 * per-launch token) to open in a browser.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { parseArgs } from './cli/command';
import { cliDataDir } from './cli/commands/book-session';
import { startBrowserApp } from './transport/browser-app';

const HELP = `用法：npm run browser -- [--port 端口] [--no-open] [--data-dir 目录]
  --port N        监听 127.0.0.1 上的端口 N（默认自动选择空闲端口）
  --no-open       不自动打开浏览器，只打印地址
  --data-dir DIR  程序数据目录（默认 $BUDGETDESK_DATA_DIR 或 ~/.budgetdesk）`;

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/** Best effort: a desktop without a browser (or a server without a desktop) just keeps the URL. */
function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const hasDesktop =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDesktop || (process.platform === 'linux' && !onPath(cmd))) return;
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

/** Resolves to an exit code, or null while the server keeps running. */
async function main(): Promise<number | null> {
  const { values, flags, unknown } = parseArgs(process.argv.slice(2), {
    values: ['port', 'data-dir'],
    flags: ['no-open', 'help'],
  });
  if (flags.has('help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (unknown.length > 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    const why = unknown.length > 0 ? unknown.join('；') : `端口“${values.port}”不是 0–65535 的整数`;
    process.stderr.write(`参数错误：${why}\n\n${HELP}\n`);
    return 2;
  }
  const staticDir = resolve(__dirname, '../../out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    process.stderr.write(
      `找不到已构建的界面文件 ${join(staticDir, 'index.html')}。请先运行 npx electron-vite build（npm start 会自动构建）。\n`,
    );
    return 2;
  }
  const dataDir = values['data-dir'] === undefined ? cliDataDir() : resolve(values['data-dir']);
  const app = await startBrowserApp({ dataDir, staticDir, port });
  process.stdout.write(
    [
      '部门预算编制 · 浏览器模式已启动',
      `请在浏览器中打开：${app.server.url}`,
      `数据目录：${dataDir}`,
      '地址中含本次启动的访问令牌，请勿分享；按 Ctrl+C 结束。',
      '',
    ].join('\n'),
  );
  if (!flags.has('no-open')) openBrowser(app.server.url);

  // Ctrl+C reaches this process several times (from the terminal and relayed by npm start and
  // tsx); only the first one closes, the rest must not kill the process mid-close.
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n收到 ${signal}，正在关闭预算文件…\n`);
    app.close().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`关闭时出错：${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return null;
}

main().then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`浏览器模式启动失败：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
