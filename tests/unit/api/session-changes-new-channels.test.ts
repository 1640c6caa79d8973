/**
 * The channels main gained beside the sessions (科目表 import, 历史版本, 另存为) in a book session
 * shared by two windows: a 科目表 preview made in one window is committed from the other, and the
 * new catalog reaches both as a change set; a restore or 另存为 keeps both windows in the session,
 * on the restored (or new) book, told to read it again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiService } from '../../../src/main/api/dispatch';
import type { ChangeSet } from '../../../src/shared/api/changes';
import { sessionCaller } from '../../helpers/api-service';

let dir: string;
let service: ApiService;
let session: string;
let pushed: ChangeSet[];

const call = sessionCaller(() => ({ service, session }));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bd-session-new-'));
  service = new ApiService({ dataDir: join(dir, 'data') });
  const path = join(dir, 'sample.sqlite');
  const first = await service.invoke('book:open-sample', { path });
  if (!first.ok) throw new Error(first.error.message);
  session = (first.data as { session: string }).session;
  // The second window opens the same file: it joins the session.
  const second = await service.invoke('book:open', { path });
  expect(second.ok && (second.data as { session: string }).session).toBe(session);
  pushed = [];
  service.subscribe(session, (c) => pushed.push(c));
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('new channels in a shared session', () => {
  it('a 科目表 import previewed in one window and committed in the other sends the new catalog', async () => {
    const csv = '科目编码,科目名称\n301,工资福利支出\n30101,基本工资\n';
    const { data: preview } = await call('catalog:import-preview', {
      fileName: '经济.csv',
      contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
      kind: 'dept-econ',
    });
    const { changes } = await call('catalog:import-commit', { previewId: preview.previewId });
    const econ = changes?.catalog?.deptEconomic ?? [];
    expect(econ.find((e) => e.code === '30102')).toMatchObject({ retired: true });
    expect(econ.find((e) => e.code === '30103')).toBeUndefined();
    expect(pushed.map((c) => c.seq)).toEqual([changes?.seq]);
    expect((await call('catalog:book', {})).data.deptEconomic).toEqual(econ);
  });

  it('a restore reopens the book for every window of the session and tells them to reload', async () => {
    const { data: submitted } = await call('book:submit', { label: '一上' });
    await call('plan:set', {
      entry: { unitCode: '404011', fundSource: '事业收入', amountFen: 500_000 },
    });
    const { data: summary, changes } = await call('snapshots:restore', { id: submitted.id });
    expect(summary.session).toBe(session);
    expect(changes?.reload).toBe(true);
    expect(pushed.at(-1)?.reload).toBe(true);
    // Both windows go on in the same session, on the restored book.
    const plan = (await call('plan:list', {})).data;
    expect(plan.some((e) => e.fundSource === '事业收入')).toBe(false);
    expect(service.sessions.get(session)?.holders).toBe(2);
  });

  it('另存为 moves the whole session to the new file', async () => {
    const target = join(dir, '另存.sqlite');
    const { data: summary, changes } = await call('book:save-as', { path: target });
    expect(summary).toMatchObject({ path: target, session });
    expect(changes?.reload).toBe(true);
    expect(service.sessions.get(session)?.book.path).toBe(target);
    expect((await call('book:summary', {})).data?.path).toBe(target);
  });
});
