/**
 * The result schemas match reality: a clerk's year, from 新建 and 打开示例 through edits, imports,
 * 审核, exports, 上年数, 结转, 汇总, 报送稿 and 恢复, driven through EVERY channel of the one
 * invoke path with every answer checked (the test config sets BUDGETDESK_CHECK_RESULTS=1). A
 * schema that disagrees with what a handler really answers turns that call into an internal
 * error, and this test fails naming the channel.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiService } from '../../../src/main/api/dispatch';
import type { ApiContract, Channel } from '../../../src/shared/api/contract';
import { CHANNELS } from '../../../src/shared/api/schemas';
import { ASSETS, CENTER, centerProject } from '../../helpers/book-fixtures';
import { csvText, validRows } from '../../helpers/lines-csv';
import { DEPT, UNITS, bookWith, unitBook } from '../merge/merge-books';

const dir = mkdtempSync(join(tmpdir(), 'bd-results-'));
const service = new ApiService({ dataDir: join(dir, 'data'), booksDir: dir });
const called = new Set<Channel>();
const b64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');
const at = (name: string): string => join(dir, name);

afterAll(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One call through the invoke path; any failure (a result off its schema too) fails the test. */
async function call<C extends Channel>(
  channel: C,
  arg: ApiContract[C]['arg'],
  session?: string,
): Promise<ApiContract[C]['result']> {
  const answer = await service.invoke(channel, arg, session);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  called.add(channel);
  return answer.data as ApiContract[C]['result'];
}

let s = '';

describe('every channel answers what its result schema says', () => {
  it('starts: app, packs, the folder dialog, 新建, 打开示例', async () => {
    await call('app:info', {});
    await call('packs:list', {});
    await call('files:browse', { dir, extensions: ['.sqlite'] });
    const made = await call('book:create', {
      path: at('新预算.sqlite'),
      year: 2021,
      unitCode: CENTER.code,
      unitName: CENTER.name,
      unitType: CENTER.type,
    });
    expect(await call('book:summary', {}, made.session)).toMatchObject({ lineCount: 0 });
    await call('book:close', {}, made.session);
    s = (await call('book:open-sample', { path: at('示例.sqlite') })).session ?? '';
    await call('book:open', { path: at('示例.sqlite') }, s);
    expect(s).not.toBe('');
  });

  it('edits units, projects, 绩效指标, lines, the plan, texts and assets', async () => {
    const unit = {
      code: '404011001',
      name: '信息中心分部',
      type: CENTER.type,
      parentCode: '404011',
    };
    await call('units:save', { unit }, s);
    await call('units:delete', { code: unit.code }, s);
    const project = centerProject('440700210000000099999', '测试项目', null);
    await call('projects:save', { project }, s);
    const item = {
      tier: '产出指标',
      category: '数量指标',
      name: '人数',
      value: '5',
      unit: '人',
    } as const;
    await call('indicators:replace', { projectCode: project.code, items: [item] }, s);
    await call('indicators:replace', { projectCode: project.code, items: [] }, s);
    await call('projects:delete', { code: project.code }, s);
    const lines = await call('lines:list', {}, s);
    const [changed] = await call('lines:save-many', { lines: [{ ...lines[0], amountFen: 1 }] }, s);
    await call('lines:save-many', { lines: [{ ...changed, amountFen: lines[0].amountFen }] }, s);
    const csv = csvText(validRows().slice(0, 1));
    await call('lines:import', { fileName: '明细.csv', contentBase64: b64(csv) }, s);
    await call('lines:export-csv', {}, s);
    const entry = { unitCode: CENTER.code, fundSource: '事业收入' as const, amountFen: 500_000 };
    await call('plan:set', { entry }, s);
    await call('plan:list', {}, s);
    await call('plan:clear', { unitCode: entry.unitCode, fundSource: entry.fundSource }, s);
    const texts = await call('texts:get', {}, s);
    await call('texts:set', { texts: { ...texts, organization: '内设三个科室。' } }, s);
    await call('assets:get', {}, s);
    await call('assets:set', { assets: ASSETS }, s);
  });

  it('reads the catalog and imports a 科目表 with one name changed', async () => {
    const catalog = await call('catalog:book', {}, s);
    await call('catalog:usage', { code: '208' }, s);
    const rows = catalog.deptEconomic
      .filter((e) => !e.retired)
      .map((e, i) => `${e.code},${i === 0 ? `${e.name}（新）` : e.name}`);
    const file = {
      fileName: '经济科目.csv',
      contentBase64: b64(`科目编码,科目名称\n${rows.join('\n')}\n`),
    };
    const preview = await call('catalog:import-preview', { ...file, kind: 'dept-econ' }, s);
    expect(preview.renamed).toHaveLength(1);
    await call('catalog:import-commit', { previewId: preview.previewId }, s);
  });

  it('derives, checks and exports: tables, 审核, 出错说明, 表注, 情况说明, the files', async () => {
    const tables = await call('tables:derive', {}, s);
    const findings = await call('validate:run', {}, s);
    const key = findings[0]?.key ?? 'X1:none';
    await call('review-notes:set', { findingKey: key, note: '已与财政核对。' }, s);
    await call('review-notes:list', {}, s);
    const noted = tables.find((t) => t.acceptsClerkNote);
    await call('table-notes:set', { tableNo: noted?.number ?? 8, text: '本表无数据。' }, s);
    const draft = await call('document:draft', {}, s);
    const slot = draft.slots[0]?.subjectKey ?? 'income';
    await call('reasons:set', { subjectKey: slot, reason: '人员增加' }, s);
    const docx = await call('export:document', { format: 'docx', path: at('说明.docx') }, s);
    expect(docx.size).toBeGreaterThan(0);
    const xlsx = await call('export:xlsx', { path: at('公开表.xlsx') }, s);
    expect(xlsx.path).toBe(at('公开表.xlsx'));
    await call('book:snapshot', {}, s);
  });

  it('上年数, comparison, 结转, restoring a workbook and 另存为', async () => {
    const preview = await call('lastyear:preview', { source: at('公开表.xlsx') }, s);
    await call('lastyear:commit', { previewId: preview.previewId }, s);
    await call('compare:run', {}, s);
    await call('book:roll', { path: at('2022.sqlite'), year: 2022 }, s);
    const restored = await call('book:import-workbook', {
      source: at('公开表.xlsx'),
      path: at('还原.sqlite'),
    });
    await call('book:save-as', { path: at('还原-副本.sqlite') }, restored.session);
  });

  it('汇总 of a unit book into a department book', async () => {
    const units = join(dir, 'units');
    mkdirSync(units);
    const dept = await bookWith(units, 'dept.sqlite', DEPT, []);
    const unit = await unitBook(units, UNITS[0]);
    const d = (await call('book:open', { path: dept })).session;
    const preview = await call('merge:preview', { paths: [unit] }, d);
    expect(preview.problems).toEqual([]);
    await call('merge:commit', { paths: [unit] }, d);
    await call('merge:sources', {}, d);
  });

  it('报送稿, history, differences and 恢复', async () => {
    const submitted = await call('book:submit', { label: '一上' }, s);
    await call(
      'plan:set',
      { entry: { unitCode: CENTER.code, fundSource: '事业收入', amountFen: 9 } },
      s,
    );
    await call('snapshots:list', {}, s);
    await call('snapshots:preview', { id: submitted.id }, s);
    await call('versions:diff', {}, s);
    await call('snapshots:restore', { id: submitted.id }, s);
  });

  it('went through every channel', () => {
    expect([...CHANNELS].filter((c) => !called.has(c))).toEqual([]);
  });
});
