/**
 * The facts about a book's files in its change sets: every call that takes a snapshot — a 报送稿,
 * before an import, a roll, a 汇总 or a restore, the 10-minute one whatever the call — sends the
 * book's whole list of 历史版本 (as `snapshots:list` answers) to every window of the session, even
 * when the call then fails; a 汇总 and a restore send the merged units (as `merge:sources`
 * answers). The same invoke path serves the CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTOSNAPSHOT_MS } from '../../../src/main/api/autosnapshot';
import { ApiService } from '../../../src/main/api/dispatch';
import type { ChangeSet } from '../../../src/shared/api/changes';
import { sessionCaller } from '../../helpers/api-service';
import { HEADER, csvText, validRows } from '../../helpers/lines-csv';
import { UNITS, unitBook } from '../merge/merge-books';

let dir: string;
let clock: number;
let service: ApiService;
let session: string;
let pushed: ChangeSet[];

const call = sessionCaller(() => ({ service, session }));

const listed = async () => (await call('snapshots:list', {})).data;
const reasons = (c: ChangeSet | undefined) => c?.versions?.map((s) => s.label ?? s.reason);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bd-file-facts-'));
  clock = Date.parse('2026-12-01T09:00:00Z');
  service = new ApiService({ dataDir: join(dir, 'data'), now: () => clock });
  const first = await service.invoke('book:open-sample', { path: join(dir, '部门.sqlite') });
  if (!first.ok) throw new Error(first.error.message);
  session = (first.data as { session: string }).session;
  pushed = [];
  service.subscribe(session, (c) => pushed.push(c));
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('历史版本 in the change sets', () => {
  it('a 报送稿 sends the list with it to every window, and touches no book data', async () => {
    const { data: submitted, changes } = await call('book:submit', { label: '一上' });
    expect(changes?.versions).toEqual(await listed());
    expect(changes?.versions?.at(-1)).toMatchObject({ id: submitted.id, label: '一上' });
    expect(pushed.map((c) => c.seq)).toEqual([changes?.seq]);
    expect(changes?.reload).toBeUndefined();
    expect(changes?.lines).toBeUndefined();
  });

  it('snapshots before an import, a roll and a 科目表 send the list; a read sends nothing', async () => {
    const b64 = Buffer.from(csvText(validRows()), 'utf8').toString('base64');
    const imported = await call('lines:import', { fileName: 'l.csv', contentBase64: b64 });
    expect(imported.changes?.reload).toBe(true);
    expect(reasons(imported.changes)).toEqual(['before-import']);
    const rolled = await call('book:roll', { path: join(dir, '2022.sqlite'), year: 2022 });
    expect(reasons(rolled.changes)).toEqual(['before-import', 'before-roll']);
    expect(rolled.changes?.versions).toEqual(await listed());
    const csv = '科目编码,科目名称\n301,工资福利支出\n30101,基本工资\n';
    const { data: preview } = await call('catalog:import-preview', {
      fileName: '经济.csv',
      contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
      kind: 'dept-econ',
    });
    const catalog = await call('catalog:import-commit', { previewId: preview.previewId });
    expect(catalog.changes?.catalog).toBeDefined();
    expect(reasons(catalog.changes)?.at(-1)).toBe('before-catalog-import');
    expect((await call('catalog:book', {})).changes).toBeUndefined();
  });

  it('an import refused after its snapshot still tells the windows of that snapshot', async () => {
    const rows = validRows();
    rows[0][HEADER.indexOf('资金来源')] = '拨款';
    const b64 = Buffer.from(csvText(rows), 'utf8').toString('base64');
    const r = await service.invoke(
      'lines:import',
      { fileName: 'bad.csv', contentBase64: b64 },
      session,
    );
    expect(r.ok).toBe(false);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).toMatchObject({ session, versions: await listed() });
    expect(reasons(pushed[0])).toEqual(['before-import']);
    expect(pushed[0].reload).toBeUndefined();
  });

  it('the 10-minute snapshot, taken by whatever call comes, reaches the windows', async () => {
    await call('plan:set', {
      entry: { unitCode: '404011', fundSource: '事业收入', amountFen: 100_000 },
    });
    clock += AUTOSNAPSHOT_MS;
    const { changes } = await call('catalog:book', {});
    expect(reasons(changes)).toEqual(['autosave']);
    expect(changes?.versions).toEqual(await listed());
    expect(pushed.at(-1)?.seq).toBe(changes?.seq);
  });

  it('a restore sends the list with the version saved before it, and the merged units', async () => {
    const { data: submitted } = await call('book:submit', { label: '一上' });
    const { changes } = await call('snapshots:restore', { id: submitted.id });
    expect(changes?.reload).toBe(true);
    expect(reasons(changes)).toEqual(['一上', 'before-restore']);
    expect(changes?.mergeSources).toEqual([]);
  });

  it('另存为 sends the new file’s (empty) list', async () => {
    await call('book:submit', { label: '一上' });
    const { changes } = await call('book:save-as', { path: join(dir, '另存.sqlite') });
    expect(changes?.versions).toEqual([]);
    expect(await listed()).toEqual([]);
  });
});

describe('merge sources in the change sets', () => {
  it('a 汇总 sends the merged units and the snapshot taken before it', async () => {
    const path = await unitBook(dir, UNITS[1]);
    const { changes } = await call('merge:commit', { paths: [path] });
    expect(changes?.reload).toBe(true);
    expect(changes?.mergeSources).toEqual((await call('merge:sources', {})).data);
    expect(changes?.mergeSources?.map((s) => [s.unitCode, s.sourcePath, s.fileState])).toEqual([
      ['404012', path, 'same'],
    ]);
    expect(reasons(changes)).toEqual(['before-merge']);
    expect(pushed.at(-1)?.mergeSources).toEqual(changes?.mergeSources);

    // Restoring the state before the 汇总 sends the (now empty) list of merged units.
    const before = changes?.versions?.[0].id ?? '';
    const restored = await call('snapshots:restore', { id: before });
    expect(restored.changes?.mergeSources).toEqual([]);
  });
});
