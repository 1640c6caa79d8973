/**
 * 历史版本 from the command line on real files: a snapshot before every import, restore that can
 * itself be undone, a damaged book that names its newest good snapshot and the command to restore
 * it, 报送稿 with its content hash in every export's footer until the book changes, and the change
 * log between two versions.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { REVIEW_SHEET_NAME } from '../../../src/main/export/review-sheet';
import type { SnapshotInfo } from '../../../src/shared/snapshots';
import { cli } from '../../helpers/cli-run';
import { csvText, validRows } from '../../helpers/lines-csv';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-snapshots-');
let dir: string;
let book: string;

beforeEach(async () => {
  dir = tempDir();
  process.env.BUDGETDESK_DATA_DIR = join(dir, 'data');
  book = join(dir, '预算.sqlite');
  expect((await cli('sample', book)).code).toBe(0);
});

async function snapshots(): Promise<SnapshotInfo[]> {
  const r = await cli('snapshots', book, '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as SnapshotInfo[];
}

async function lineCount(): Promise<number> {
  const r = await cli('lines', book);
  return Number(/共 (\d+) 行/.exec(r.out)?.[1]);
}

async function footers(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  // The tables' footers; 审核说明 (added when the book has errors, as the app's 导出) is no table.
  return wb.worksheets
    .filter((ws) => ws.state === 'visible' && ws.name !== REVIEW_SHEET_NAME)
    .map((ws) => ws.headerFooter.oddFooter ?? '');
}

describe('snapshots and restore', () => {
  it('keeps the state before an import, and a restore can itself be undone', async () => {
    const csv = join(dir, '明细.csv');
    writeFileSync(csv, csvText(validRows()));
    expect((await cli('import-lines', book, csv)).code).toBe(0);
    expect(await lineCount()).toBe(29);
    const [before] = await snapshots();
    expect(before).toMatchObject({ reason: 'before-import', lineCount: 25, totalFen: 968730000 });
    expect(Object.keys(before).sort()).toEqual(
      ['createdAt', 'id', 'incomeFen', 'lineCount', 'reason', 'sha256', 'totalFen'].sort(),
    );
    expect(readdirSync(`${book}.snapshots`)).toContain(`${before.id}.sqlite`);

    const r = await cli('restore', book, before.id);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`已用历史版本 ${before.id}`);
    expect(await lineCount()).toBe(25);
    const list = await snapshots();
    expect(list.map((s) => [s.reason, s.lineCount])).toEqual([
      ['before-import', 25],
      ['before-restore', 29],
    ]);
    expect((await cli('restore', book, list[1].id)).code).toBe(0);
    expect(await lineCount()).toBe(29);
  });

  it('refuses an unknown snapshot id with the book unchanged', async () => {
    const r = await cli('restore', book, '20200101T000000000Z');
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有编号为“20200101T000000000Z”的历史版本');
    expect(await lineCount()).toBe(25);
  });

  it('a damaged book is refused with its newest good snapshot and the restore command', async () => {
    const submitted = await cli('submit', book, '--label', '一上');
    expect(submitted.code).toBe(0);
    const [snap] = await snapshots();
    const bytes = readFileSync(book);
    // Pages 2–12 overwritten: the b-trees of the book's tables no longer hold together.
    for (let i = 4096; i < 4096 * 12; i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(book, bytes);
    const r = await cli('lines', book);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`预算文件“${book}”已损坏`);
    expect(r.err).toContain(`budgetdesk restore "${book}" ${snap.id}`);
    expect((await cli('restore', book, snap.id)).code).toBe(0);
    expect(await lineCount()).toBe(25);
    // The damaged bytes are kept beside the book, not thrown away.
    expect(readdirSync(dir).some((n) => n.startsWith('预算.sqlite.损坏-'))).toBe(true);
  });
});

describe('报送稿', () => {
  it('prints the content hash; exports carry it until the book changes, then 草稿', async () => {
    const r = await cli('submit', book, '--label', '一上');
    expect(r.code).toBe(0);
    const hash = /校验码：([0-9a-f]{64})/.exec(r.out)?.[1] ?? '';
    expect(hash).toHaveLength(64);
    const [s] = await snapshots();
    expect(s).toMatchObject({ reason: 'submit', label: '一上', sha256: hash });

    const a = join(dir, 'a.xlsx');
    expect((await cli('export', book, '--out', a)).code).toBe(0);
    const marks = await footers(a);
    expect(marks).toHaveLength(13);
    for (const f of marks) expect(f).toContain(`报送稿 一上 · 校验码 ${hash.slice(0, 12)}`);

    // The same content in another file (import-book builds a new one) has the same hash.
    const copy = join(dir, '还原.sqlite');
    expect((await cli('import-book', a, copy)).code).toBe(0);
    const again = await cli('submit', copy, '--label', '副本');
    expect(again.out).toContain(hash);

    expect((await cli('plan', book, '--source', '事业收入', '--amount', '1000')).code).toBe(0);
    const b = join(dir, 'b.xlsx');
    expect((await cli('export', book, '--out', b)).code).toBe(0);
    for (const f of await footers(b)) expect(f).toMatch(/^&L草稿&C/);
  });

  it('diff lists changed lines in 元, the plan and every moved table figure in 万元', async () => {
    await cli('submit', book, '--label', '一上');
    await cli('plan', book, '--source', '事业收入', '--amount', '1000');
    const csv = join(dir, '明细.csv');
    writeFileSync(csv, csvText(validRows().slice(0, 1)));
    await cli('import-lines', book, csv);
    const r = await cli('diff', book, '--json');
    expect(r.code).toBe(0);
    const { diff } = JSON.parse(r.out) as {
      diff: {
        lines: { id: number; before: unknown; fields: { field: string; after: string }[] }[];
        plan: { fundSource: string; before: string; after: string }[];
        figures: { table: number; row: string; column: string; before: string; after: string }[];
      };
    };
    expect(diff.lines).toHaveLength(1);
    expect(diff.lines[0]).toMatchObject({ id: 26, before: null });
    expect(diff.lines[0].fields).toContainEqual({
      field: '金额(元)',
      before: '',
      after: '537,400.00',
    });
    expect(diff.plan).toEqual([
      { unitCode: '404011', fundSource: '事业收入', before: '', after: '1,000.00' },
    ]);
    expect(diff.figures).toContainEqual(
      expect.objectContaining({
        table: 2,
        row: '合计',
        column: '合计',
        before: '968.73',
        after: '1,022.47'.replace(',', ''),
      }),
    );
    const text = await cli('diff', book);
    expect(text.out).toContain('第 26 行 增加');
    expect(text.out).toContain('404011 事业收入：— → 1,000.00 元');
  });
});
