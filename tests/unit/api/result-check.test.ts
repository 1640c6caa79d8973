/**
 * A handler whose answer breaks its result schema does not reach the page as if fine: the one
 * invoke path answers a Chinese internal error naming the channel and logs the zod issue path;
 * a write's stored change still reaches every window (as a reload when its change set is bad).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { recordChanges } from '../../../src/main/api/context';
import { ApiService } from '../../../src/main/api/dispatch';
import { createHandlers } from '../../../src/main/api/handlers';
import {
  LINE_SIZED_RESULTS,
  checksAllResults,
  resultProblems,
} from '../../../src/main/api/result-check';
import type { ChangeSet } from '../../../src/shared/api/changes';
import type { ApiHandlers } from '../../../src/shared/api/contract';

let dir: string;
let log: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bd-result-check-'));
  log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  log.mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

/** The app's handlers with some replaced; the sample book open in a session. */
async function served(replace: (ctx: HandlerContext) => Partial<ApiHandlers>) {
  const service = new ApiService({ dataDir: join(dir, 'data') }, (ctx) => ({
    ...createHandlers(ctx),
    ...replace(ctx),
  }));
  const opened = await service.invoke('book:open-sample', { path: join(dir, 's.sqlite') });
  if (!opened.ok) throw new Error(opened.error.message);
  const session = (opened.data as { session: string }).session;
  const pushed: ChangeSet[] = [];
  service.subscribe(session, (c) => pushed.push(c));
  return { service, session, pushed };
}

describe('an answer off its result schema', () => {
  it('a read becomes a Chinese internal error naming the channel; the log has the path', async () => {
    const { service, session } = await served(() => ({
      'texts:get': async () => ({ mainDuties: 7 }) as never,
    }));
    const answer = await service.invoke('texts:get', {}, session);
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: expect.stringMatching(
          /^程序内部错误：接口“texts:get”的结果不符合约定，结果未予显示/,
        ),
      },
    });
    const logged = String(log.mock.calls[0]?.[0]);
    expect(logged).toContain('接口“texts:get”');
    expect(logged).toContain('data.mainDuties：');
    expect(logged).toContain('data.organization：');
    service.close();
  });

  it('a write says it was stored; its change set still reaches every window', async () => {
    const { service, session, pushed } = await served((ctx) => ({
      'plan:set': async ({ entry }) => {
        const handlers = createHandlers(ctx);
        const saved = await handlers['plan:set']({ entry });
        return { ...saved, note: 'undeclared' };
      },
    }));
    const entry = { unitCode: '404011', fundSource: '事业收入', amountFen: 123_400 };
    const answer = await service.invoke('plan:set', { entry }, session);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toContain('接口“plan:set”的结果不符合约定，操作已完成并保存');
    expect(String(log.mock.calls[0]?.[0])).toContain('data：');
    expect(pushed.map((c) => c.plan?.changed ?? c.plan?.added)).toEqual([[entry]]);
    const plan = await service.invoke('plan:list', {}, session);
    expect(plan.ok && plan.data).toContainEqual(entry);
    service.close();
  });

  it('a malformed change set is not applied by any window: they are told to reload', async () => {
    const { service, session, pushed } = await served((ctx) => ({
      'texts:set': async ({ texts }) => {
        recordChanges(ctx, { texts: { ...texts, mainDuties: 1 as never } });
        return texts;
      },
    }));
    const texts = { mainDuties: '职责', organization: '机构', budgetComposition: '构成' };
    const answer = await service.invoke('texts:set', { texts }, session);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toContain('接口“texts:set”的结果不符合约定');
    expect(String(log.mock.calls[0]?.[0])).toContain('changes.texts.mainDuties：');
    expect(pushed).toEqual([{ session, seq: expect.any(Number), reload: true }]);
    service.close();
  });
});

describe('which answers are checked', () => {
  it('answers that grow with the lines only when BUDGETDESK_CHECK_RESULTS=1; the rest always', () => {
    expect(checksAllResults({ BUDGETDESK_CHECK_RESULTS: '1' })).toBe(true);
    expect(checksAllResults({})).toBe(false);
    // The unit test config turns it on, so every test run checks every answer.
    expect(checksAllResults()).toBe(true);
    expect(LINE_SIZED_RESULTS.has('tables:derive')).toBe(true);
    expect(resultProblems('tables:derive', 'not tables', false)).toEqual([]);
    expect(resultProblems('tables:derive', 'not tables', true)).not.toEqual([]);
    expect(resultProblems('texts:get', null, false)).not.toEqual([]);
  });
});
