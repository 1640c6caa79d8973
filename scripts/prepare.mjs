/**
 * npm's `prepare` step (run by `npm ci` and `npm install` in this folder): builds the command line
 * into out/cli, so `npx budgetdesk` starts as compiled JavaScript right after install. Offline and
 * about a second. If the build cannot run (e.g. devDependencies omitted), it says so and leaves
 * the install intact: bin/budgetdesk.cjs then runs the sources through tsx and says that too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');

function skip(why) {
  process.stderr.write(
    `提示：未能构建命令行（${why}）；budgetdesk 将改用 tsx 运行源代码，启动较慢。` +
      '可稍后运行 npm run build:cli。\n',
  );
}

if (!existsSync(vite)) {
  skip('找不到 vite，可能安装时省略了 devDependencies');
} else {
  const res = spawnSync(process.execPath, [vite, 'build', '-c', 'vite.cli.config.mts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (res.status !== 0) skip(res.error ? res.error.message : `vite 退出码 ${res.status}`);
}
