#!/usr/bin/env node
/*
 * `budgetdesk`: runs the compiled command line (out/cli/main.js, built by `npm run build:cli`,
 * which `npm ci` runs as the prepare step). When that build is missing or older than a file under
 * src/main or src/shared — a fresh checkout whose build failed, or sources edited since — it says
 * so on stderr and runs the TypeScript through tsx instead (slower to start, same behaviour).
 * BUDGETDESK_CLI_TRACE=1 prints, on exit, which of the two ran and which large libraries loaded.
 */
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const compiled = join(root, 'out', 'cli', 'main.js');

/** Newest modification time (ms) of the files under dir, 0 when it does not exist. */
function newestUnder(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    const t = e.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** Why the compiled build cannot be used, or null when it is current. */
function staleReason() {
  if (!existsSync(compiled)) return '尚未构建（out/cli/main.js 不存在）';
  const built = statSync(compiled).mtimeMs;
  const sources = ['src/main', 'src/shared'].map((d) => newestUnder(join(root, d)));
  if (Math.max(...sources) > built) return '源代码在上次构建之后有改动';
  return null;
}

if (process.env.BUDGETDESK_CLI_TRACE === '1') {
  process.on('exit', () => {
    const loaded = Object.keys(require.cache);
    // A library counts as loaded from node_modules or from its chunk of the build (exceljs).
    const has = (name) =>
      loaded.some((f) => f.includes(`/node_modules/${name}/`) || f.includes(`/chunks/${name}-`));
    const report = {
      runner: has('tsx') ? 'tsx' : 'compiled',
      loaded: ['exceljs', 'docx', 'playwright-core', 'better-sqlite3'].filter(has),
    };
    process.stderr.write(`BUDGETDESK_CLI_TRACE ${JSON.stringify(report)}\n`);
  });
}

const why = staleReason();
if (why === null) {
  require(compiled);
} else {
  process.stderr.write(
    `提示：命令行的编译版本${why}，改为用 tsx 直接运行源代码（启动较慢）。` +
      '运行 npm run build:cli 生成编译版本。\n',
  );
  // Both loaders: require() of the sources, and the import() that loads a heavy part on demand.
  require('tsx/cjs/api').register();
  import('tsx/esm').then(() => require(join(root, 'src', 'main', 'cli', 'main.ts')));
}
