/**
 * The checked boundary: for EVERY channel of the schema record, an argument with a malformed
 * field is refused in the one invoke path with BAD_INPUT, a Chinese message naming the field,
 * before any handler runs — and the book is left exactly as it was.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiService } from '../../../src/main/api/dispatch';
import type { Channel } from '../../../src/shared/api/contract';
import { API_SCHEMAS, CHANNELS } from '../../../src/shared/api/schemas';

/**
 * One malformed argument per channel: the field named, and the value that breaks it. Channels
 * whose argument has no field take a non-object, which names the argument itself.
 */
const MALFORMED: Record<Channel, { arg: unknown; field: string }> = {
  'app:info': { arg: 'x', field: '' },
  'book:create': {
    arg: { path: 'x.sqlite', year: 2021, unitCode: '12a', unitName: '甲', unitType: '事业单位' },
    field: 'unitCode',
  },
  'book:open': { arg: { path: 42 }, field: 'path' },
  'book:open-sample': { arg: { path: '' }, field: 'path' },
  'book:close': { arg: [], field: '' },
  'book:summary': { arg: 7, field: '' },
  'packs:list': { arg: 'all', field: '' },
  'catalog:book': { arg: [], field: '' },
  'catalog:usage': { arg: { kind: 'function', code: '20a' }, field: 'code' },
  'catalog:import-preview': {
    arg: { source: '/tmp/科目表.csv', kind: 'econ' },
    field: 'kind',
  },
  'catalog:import-commit': { arg: { previewId: 12 }, field: 'previewId' },
  'units:save': {
    arg: { unit: { code: '909', name: '', type: '事业单位', parentCode: null } },
    field: 'unit.name',
  },
  'projects:save': {
    arg: {
      project: {
        code: 'P1',
        name: '项目',
        level: 2,
        parentCode: null,
        unitCode: '404011',
        isKey: false,
        approvedFen: null,
        procurementGoodsFen: -1,
        procurementWorksFen: 0,
        procurementServicesFen: 0,
      },
    },
    field: 'project.procurementGoodsFen',
  },
  'projects:delete': { arg: { code: null }, field: 'code' },
  'lines:list': { arg: { unitCode: 'abc' }, field: 'unitCode' },
  'lines:save-many': { arg: { lines: [], deleteIds: ['1'] }, field: 'deleteIds.0' },
  'lines:import': { arg: { fileName: 'a.csv', contentBase64: 5 }, field: 'contentBase64' },
  'lines:export-csv': { arg: 'csv', field: '' },
  'indicators:replace': {
    arg: {
      projectCode: 'P1',
      items: [{ tier: '其他指标', category: '数量指标', name: '人数', value: '5', unit: '人' }],
    },
    field: 'items.0.tier',
  },
  'plan:list': { arg: 0, field: '' },
  'plan:set': {
    arg: { entry: { unitCode: '404011', fundSource: '一般公共预算', amountFen: -100 } },
    field: 'entry.amountFen',
  },
  'tables:derive': { arg: { tables: [1.5] }, field: 'tables.0' },
  'validate:run': { arg: 'now', field: '' },
  'export:xlsx': { arg: { path: '/tmp/表.xlsx', overwrite: 'yes' }, field: 'overwrite' },
  'book:import-workbook': {
    arg: { fileName: 'a.xlsx', contentBase64: '', path: '' },
    field: 'path',
  },
  'book:roll': { arg: { path: 'next.sqlite', year: 'next' }, field: 'year' },
  'lastyear:preview': { arg: { source: 3 }, field: 'source' },
  'lastyear:commit': { arg: { previewId: '' }, field: 'previewId' },
  'compare:run': { arg: 'x', field: '' },
  'book:snapshot': { arg: 1, field: '' },
  'texts:get': { arg: { unitCode: '1' }, field: 'unitCode' },
  'texts:set': {
    arg: { texts: { mainDuties: '职责', organization: 3, budgetComposition: '' } },
    field: 'texts.organization',
  },
  'assets:get': { arg: 'x', field: '' },
  'assets:set': {
    arg: {
      assets: {
        asOfDate: '去年',
        fixedAssetsFen: 0,
        buildingsM2: 0,
        vehicles: 0,
        equipmentOver1m: 0,
        plannedPurchaseFen: 0,
        plannedPurchaseText: '',
      },
    },
    field: 'assets.asOfDate',
  },
  'units:delete': { arg: { code: 404011 }, field: 'code' },
  'plan:clear': { arg: { unitCode: '404011', fundSource: '拨款' }, field: 'fundSource' },
  'review-notes:list': { arg: 'x', field: '' },
  'review-notes:set': { arg: { findingKey: 'K', note: 5 }, field: 'note' },
  'table-notes:set': { arg: { tableNo: 8, text: '注'.repeat(2001) }, field: 'text' },
  'document:draft': { arg: 'x', field: '' },
  'reasons:set': { arg: { subjectKey: 'income', reason: null }, field: 'reason' },
  'export:document': { arg: { path: '/tmp/文档.docx', format: 'doc' }, field: 'format' },
  'files:browse': { arg: { extensions: '.xlsx' }, field: 'extensions' },
  'merge:preview': { arg: { paths: [] }, field: 'paths' },
  'merge:commit': { arg: { paths: ['/tmp/a.sqlite', ''] }, field: 'paths.1' },
  'merge:sources': { arg: 'x', field: '' },
  'snapshots:list': { arg: 3, field: '' },
  'snapshots:preview': { arg: { id: ' ' }, field: 'id' },
  'snapshots:restore': { arg: { id: 5 }, field: 'id' },
  'book:submit': { arg: { label: '一上'.repeat(11) }, field: 'label' },
  'versions:diff': { arg: { from: 1 }, field: 'from' },
  'book:save-as': { arg: { path: '' }, field: 'path' },
};

let service: ApiService;
let session: string;
let bookPath: string;
let dir: string;

/** Everything the book holds, table by table, to prove a refused call wrote nothing. */
function dump(): string {
  const db = service.sessions.get(session)!.book.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(
    tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bd-bad-input-'));
  service = new ApiService({ dataDir: join(dir, 'data') });
  bookPath = join(dir, 'sample.sqlite');
  const opened = await service.invoke('book:open-sample', { path: bookPath });
  if (!opened.ok) throw new Error(opened.error.message);
  session = (opened.data as { session: string }).session;
});
afterAll(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the checked boundary', () => {
  it('has a malformed case for every channel of the schema record', () => {
    expect(Object.keys(MALFORMED).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(API_SCHEMAS)).toEqual(CHANNELS);
  });

  it.each(CHANNELS)(
    '%s refuses a malformed argument in Chinese, naming the field, storing nothing',
    async (channel) => {
      const before = dump();
      const fileBefore = readFileSync(bookPath);
      const { arg, field } = MALFORMED[channel];
      const result = await service.invoke(channel, arg, session);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('BAD_INPUT');
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(result.error.message).toContain(`接口“${channel}”的参数有误`);
      if (field) expect(result.error.message).toContain(`（字段 ${field}）`);
      // No English left from the validator.
      expect(result.error.message).not.toMatch(/Invalid|Expected|received/);
      expect(dump()).toBe(before);
      expect(readFileSync(bookPath).equals(fileBefore)).toBe(true);
      expect(service.sessions.get(session)).toBeDefined(); // the book stays open
    },
  );
});
