/**
 * The answer's check in the one invoke path: a handler's result against its channel's result
 * schema (src/shared/api/results.ts) and the change set it recorded against the change-set
 * schema. What does not match never reaches the page as if fine: it becomes a Chinese internal
 * error naming the channel, and the zod issue paths go to the log for the developers.
 *
 * Cost (bench/result-check.ts, a 10,000-line book): lines 3.5 ms, the whole book 4 ms, but the
 * thirteen tables 20–35 ms, 审核 11–26 ms, a version diff 16 ms, the comparison 10 ms; at
 * 100,000 lines the lines and the book take 50–100 ms. The answers that grow with the book's
 * lines are therefore checked only when BUDGETDESK_CHECK_RESULTS=1 (the unit and e2e test
 * configs set it; set it when developing); every other answer, and every change set, always.
 */
import type { Channel } from '../../shared/api/contract';
import { bookChangesShape } from '../../shared/api/result-shapes-changes';
import { API_RESULTS } from '../../shared/api/results';
import { isWriteChannel } from '../../shared/api/schemas';
import { ApiFailure } from './context';

/** Answers that grow with the number of lines: checked in tests and development only. */
export const LINE_SIZED_RESULTS: ReadonlySet<Channel> = new Set<Channel>([
  'lines:list',
  'catalog:usage',
  'book:snapshot',
  'tables:derive',
  'validate:run',
  'compare:run',
  'versions:diff',
]);

/** Whether every answer is checked (BUDGETDESK_CHECK_RESULTS=1), not only the small ones. */
export function checksAllResults(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BUDGETDESK_CHECK_RESULTS === '1';
}

type Issue = { path: PropertyKey[]; message: string };

/** Up to five issues as "where: what", `where` a dotted path from `root`. */
const described = (issues: readonly Issue[], root: string): string[] =>
  issues.slice(0, 5).map((i) => `${[root, ...i.path.map(String)].join('.')}：${i.message}`);

/** Where the result of `channel` differs from its schema ([] when it matches or is not checked). */
export function resultProblems(
  channel: Channel,
  data: unknown,
  all = checksAllResults(),
): string[] {
  if (!all && LINE_SIZED_RESULTS.has(channel)) return [];
  const r = API_RESULTS[channel].safeParse(data);
  return r.success ? [] : described(r.error.issues, 'data');
}

/** Where a recorded change set differs from its schema ([] when it matches). */
export function changesProblems(changes: unknown): string[] {
  const r = bookChangesShape.safeParse(changes);
  return r.success ? [] : described(r.error.issues, 'changes');
}

/** The failure answered for a result that broke its contract; logs where, for the developers. */
export function brokenResult(channel: Channel, problems: readonly string[]): ApiFailure {
  console.error(`[BudgetDesk] 接口“${channel}”的结果不符合约定：${problems.join('；')}`);
  const done = isWriteChannel(channel) ? '操作已完成并保存，但' : '';
  return new ApiFailure(
    'INTERNAL',
    `程序内部错误：接口“${channel}”的结果不符合约定，${done}结果未予显示。` +
      '请重新打开预算核对；如仍出错，请把此消息告诉技术支持（详情已记入日志）。',
  );
}
