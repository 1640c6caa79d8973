/**
 * Snapshot, texts, assets, unit deletion, clearing a 控制数 and 出错说明 on a real SQLite book
 * (the sample, written to a temp folder) — and the export's 审核说明 sheet, read back with exceljs.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servedApi, type ServedApi } from '../../helpers/api-service';
import { NO_NOTE_TEXT, REVIEW_SHEET_NAME } from '../../../src/main/export/review-sheet';
import type { ApiHandlers } from '../../../src/shared/api/contract';
import {
  SAMPLE_ASSETS,
  SAMPLE_LINES,
  SAMPLE_TEXTS,
  SAMPLE_UNIT,
} from '../../../src/shared/sample/jiangmen-2021';
import { useTempDirs } from '../../helpers/temp-dir';
import { exportedXlsx } from '../../helpers/exported';

const tempDir = useTempDirs('bd-workspace-');
let served: ServedApi;
let api: ApiHandlers;

beforeEach(async () => {
  served = servedApi({ dataDir: join(tempDir(), 'data') });
  api = served.api;
  await api['book:open-sample']({});
});
afterEach(() => {
  served.service.close();
});

async function sheetNames(bytes: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  // Sheets the clerk sees: the export may add a hidden part carrying the book's own data.
  return wb.worksheets.filter((w) => w.state === 'visible' || !w.state).map((w) => w.name);
}

describe('workspace book channels', () => {
  it('book:snapshot returns the lines, plan and units of the open book', async () => {
    const snap = await api['book:snapshot']({});
    expect(snap.info.unitCode).toBe(SAMPLE_UNIT.code);
    expect(snap.lines).toHaveLength(SAMPLE_LINES.length);
    expect(snap.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(
      SAMPLE_LINES.reduce((s, l) => s + l.amountFen, 0),
    );
    expect(snap.plan.length).toBeGreaterThan(0);
    expect(snap.units.map((u) => u.code)).toEqual([SAMPLE_UNIT.code]);
  });

  it('texts and assets round trip; bad input is refused in Chinese and stores nothing', async () => {
    expect(await api['texts:get']({})).toEqual(SAMPLE_TEXTS);
    const texts = { ...SAMPLE_TEXTS, organization: '内设三个部门。' };
    await api['texts:set']({ texts });
    expect(await api['texts:get']({})).toEqual(texts);

    expect(await api['assets:get']({})).toEqual(SAMPLE_ASSETS);
    const bad = { ...SAMPLE_ASSETS, vehicles: -1, asOfDate: '去年' };
    await expect(api['assets:set']({ assets: bad })).rejects.toThrow(/截至日期.*车辆/);
    expect(await api['assets:get']({})).toEqual(SAMPLE_ASSETS);
    await api['assets:set']({ assets: { ...SAMPLE_ASSETS, vehicles: 2 } });
    expect((await api['assets:get']({}))?.vehicles).toBe(2);
  });

  it('deletes a free subordinate unit, refuses the top unit and a unit still in use', async () => {
    const sub = {
      code: '404012',
      name: '下属单位',
      type: '事业单位' as const,
      parentCode: SAMPLE_UNIT.code,
    };
    await api['units:save']({ unit: sub });
    await api['plan:set']({
      entry: { unitCode: sub.code, fundSource: '事业收入', amountFen: 100 },
    });
    await expect(api['units:delete']({ code: sub.code })).rejects.toThrow(/1 项收入计划/);
    await expect(api['units:delete']({ code: SAMPLE_UNIT.code })).rejects.toThrow(/主管单位/);

    await api['plan:clear']({ unitCode: sub.code, fundSource: '事业收入' });
    expect((await api['plan:list']({})).some((e) => e.unitCode === sub.code)).toBe(false);
    await api['units:delete']({ code: sub.code });
    expect((await api['book:snapshot']({})).units.map((u) => u.code)).toEqual([SAMPLE_UNIT.code]);
    await expect(api['units:delete']({ code: sub.code })).rejects.toThrow(/不存在/);
  });

  it('stores 出错说明 and prints them on a 审核说明 sheet only while errors remain', async () => {
    const names = await sheetNames(await exportedXlsx(api));
    expect(names).toHaveLength(13);
    expect(names).not.toContain(REVIEW_SHEET_NAME);

    // A 控制数 that differs from the lines is a PLAN-SOURCE error.
    await api['plan:set']({
      entry: { unitCode: SAMPLE_UNIT.code, fundSource: '一般公共预算', amountFen: 1 },
    });
    const errors = (await api['validate:run']({})).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    await api['review-notes:set']({ findingKey: errors[0].key, note: '控制数待财政局下达后调整' });
    expect((await api['review-notes:list']({})).map((n) => n.findingKey)).toEqual([errors[0].key]);

    const wb = new ExcelJS.Workbook();
    const bytes = await exportedXlsx(api);
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
    const visible = wb.worksheets.filter((w) => w.state === 'visible' || !w.state);
    expect(visible.map((w) => w.name.split(' ')[0])).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `表${i + 1}`),
      REVIEW_SHEET_NAME,
    ]);
    const ws = wb.getWorksheet(REVIEW_SHEET_NAME);
    expect(ws).toBeDefined();
    const noteCells = errors.map((_, i) => String(ws?.getRow(4 + i).getCell(8).value));
    expect(noteCells[0]).toBe('控制数待财政局下达后调整');
    if (errors.length > 1) expect(noteCells[1]).toBe(NO_NOTE_TEXT);
    expect(String(ws?.getRow(4).getCell(2).value)).toContain(errors[0].rule);

    // A blank note removes it again.
    expect(await api['review-notes:set']({ findingKey: errors[0].key, note: '  ' })).toBeNull();
    expect(await api['review-notes:list']({})).toEqual([]);
  });
});
