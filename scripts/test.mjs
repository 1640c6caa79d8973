/**
 * `npm test`: lint, typecheck, unit tests, build, end-to-end tests, in that order; stops at the
 * first failure with its exit code, so CI fails whenever any step fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingTools } from './test-tools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.BUDGETDESK_CHROMIUM ?? '/usr/bin/chromium';
const bin = (name) => join(root, 'node_modules', '.bin', name);

// Each vitest run also writes a JSON report, so the run can close with one count of all tests.
const reports = mkdtempSync(join(tmpdir(), 'budgetdesk-test-'));
const vitestArgs = (name, extra = []) => [
  'run',
  ...extra,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];

const steps = [
  ['代码检查 lint', 'npm', ['run', 'lint']],
  ['类型检查 typecheck', 'npm', ['run', 'typecheck']],
  ['单元测试 unit tests', bin('vitest'), vitestArgs('unit')],
  ['构建 build', 'npm', ['run', 'build']],
  ['端到端测试 e2e tests', bin('vitest'), vitestArgs('e2e', ['--config', 'vitest.e2e.config.mts'])],
];

/** "N passed, N failed" over every vitest report written so far. */
function closingLine() {
  let passed = 0;
  let failed = 0;
  for (const name of ['unit', 'e2e']) {
    const file = join(reports, `${name}.json`);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    // A file that fails to load has no failed tests, only a failed suite.
    failed += report.numFailedTests || report.numFailedTestSuites || 0;
  }
  return `tests: ${passed} passed, ${failed} failed`;
}

const missing = missingTools(chromium);
if (missing) {
  process.stderr.write(
    [
      '测试需要的以下程序在本机找不到，未运行任何测试：',
      'These programs the tests call are missing; no test was run:',
      ...missing.lines,
      '安装 / Install them with:',
      `  ${missing.install}`,
      'Chromium 也可用环境变量 BUDGETDESK_CHROMIUM 指定路径 (or set BUDGETDESK_CHROMIUM to its path).',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

for (const [title, command, args] of steps) {
  process.stdout.write(`\n=== ${title}: ${[command.replace(`${root}/`, ''), ...args].join(' ')}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `退出码 ${result.status ?? result.signal}`;
    process.stderr.write(`\n✗ ${title} 失败（${why}，${seconds} 秒），后续步骤未运行。\n`);
    process.stdout.write(`${closingLine()}\n`);
    process.exit(typeof result.status === 'number' && result.status !== 0 ? result.status : 1);
  }
  process.stdout.write(`✓ ${title}（${seconds} 秒）\n`);
}
process.stdout.write('\n全部通过 / all checks passed.\n');
process.stdout.write(`${closingLine()}\n`);
