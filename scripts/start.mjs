/**
 * `npm start [-- --browser] [-- --port N --no-open]`: builds the app, then opens the Electron
 * window; where the Electron program cannot be had (no binary, no desktop) it starts the browser
 * mode instead and says why.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectronNative, ELECTRON_NATIVE } from './electron-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const browserArgs = args.filter((a) => a !== '--browser');

function say(text) {
  process.stdout.write(`${text}\n`);
}

function build() {
  say('正在构建界面和主程序（electron-vite build）…');
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    process.stderr.write('构建失败，请查看上面的错误信息并修正后重试。\n');
    process.exit(result.status ?? 1);
  }
}

/** The Electron executable, or the reason (in Chinese) why there is none. */
function findElectron() {
  // The electron package fetches its binary lazily on first require; do that in a child so a
  // failed download cannot take this script down, and bound it in time.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  if (path && existsSync(path)) {
    if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      return { reason: '本机没有图形桌面（未设置 DISPLAY / WAYLAND_DISPLAY），无法打开桌面窗口。' };
    }
    // The books need better-sqlite3 compiled for Electron, kept apart from the Node build.
    if (!existsSync(ELECTRON_NATIVE)) {
      say('首次打开桌面窗口：正在为 Electron 编译数据库模块（build/electron-native）…');
      const failure = buildElectronNative();
      if (failure) return { reason: failure };
    }
    return { path };
  }
  const detail = (probe.stderr ?? '').split('\n').find((l) => l.startsWith('Error:')) ?? '';
  return {
    reason: `未能找到 Electron 程序文件（node_modules/electron 未包含可执行文件，且无法下载）。${detail ? `\n  详情：${detail}` : ''}`,
  };
}

function runChild(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

build();
const electron = forceBrowser ? { reason: '按 --browser 参数的要求。' } : findElectron();
if (electron.path) {
  say('正在打开部门预算编制窗口…');
  runChild(electron.path, ['.']);
} else {
  say(`不打开桌面窗口：${electron.reason}`);
  say('改为启动浏览器模式：功能相同，数据同样只保存在本机。');
  runChild(process.execPath, [
    require.resolve('tsx/cli'),
    'src/main/browser-mode.ts',
    ...browserArgs,
  ]);
}
