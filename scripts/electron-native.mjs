/**
 * Builds better-sqlite3 for Electron's ABI into build/electron-native/better_sqlite3.node, beside
 * (never over) the Node build that the tests and the CLI use. Needs Electron's headers, which
 * node-gyp downloads: run it where the network allows. `npm start` runs it when the Electron
 * program exists and the module is missing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const ELECTRON_NATIVE = join(root, 'build', 'electron-native', 'better_sqlite3.node');

/** Builds the module; returns null on success or the reason (Chinese) it could not. */
export function buildElectronNative() {
  const electronVersion = require('electron/package.json').version;
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'budgetdesk-electron-native-'));
  try {
    cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${source}/build`) });
    const gyp = join(root, 'node_modules', '.bin', 'node-gyp');
    const result = spawnSync(
      existsSync(gyp) ? gyp : 'node-gyp',
      [
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 600_000 },
    );
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !existsSync(built)) {
      const last = (result.stderr ?? '').trim().split('\n').slice(-1)[0] ?? '';
      return `为 Electron ${electronVersion} 编译 better-sqlite3 失败（需要联网下载 Electron 头文件）。${last ? `\n  详情：${last}` : ''}`;
    }
    mkdirSync(dirname(ELECTRON_NATIVE), { recursive: true });
    copyFileSync(built, ELECTRON_NATIVE);
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reason = buildElectronNative();
  if (reason) {
    process.stderr.write(`${reason}\n`);
    process.exit(1);
  }
  process.stdout.write(`已生成 ${ELECTRON_NATIVE}\n`);
}
