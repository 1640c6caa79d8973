import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import { BookDb } from '../../../src/main/ledger/book-db';
import { writeSnapshot } from '../../../src/main/ledger/snapshot';
import {
  SAMPLE_INFO,
  SAMPLE_LINES,
  SAMPLE_PLAN,
  SAMPLE_PROJECTS,
  SAMPLE_UNIT,
} from '../../../src/shared/sample/jiangmen-2021';

function sampleApi(): { ctx: HandlerContext; api: ReturnType<typeof createHandlers> } {
  const book = BookDb.openMemory({ year: 2021, packId: SAMPLE_INFO.packId, unit: SAMPLE_UNIT });
  writeSnapshot(book, {
    units: [SAMPLE_UNIT],
    projects: [...SAMPLE_PROJECTS],
    lines: SAMPLE_LINES,
    plan: [...SAMPLE_PLAN],
  });
  const ctx: HandlerContext = { book, dataDir: '/nonexistent' };
  return { ctx, api: createHandlers(ctx) };
}

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('catalog handlers', () => {
  it('catalog:usage lists the lines under a 项, 款 or 类, and refuses a bad code', async () => {
    const { ctx, api } = sampleApi();
    const item = await api['catalog:usage']({ code: '2080199' });
    expect(item.length).toBeGreaterThan(0);
    expect(item.every((l) => l.functionCode === '2080199')).toBe(true);
    const cls = await api['catalog:usage']({ code: '208' });
    expect(cls.length).toBeGreaterThan(item.length);
    const econ = await api['catalog:usage']({ kind: 'dept-econ', code: '30101' });
    expect(econ.every((l) => l.deptEconCode === '30101')).toBe(true);
    await expect(api['catalog:usage']({ code: '20x' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    await expect(
      api['catalog:usage']({ kind: 'econ' as never, code: '301' }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('科目种类“econ”不对'),
    });
    ctx.book?.close();
  });

  it('a preview is committed once; another or a stale id is PREVIEW_EXPIRED and stores nothing', async () => {
    const { ctx, api } = sampleApi();
    const before = await api['catalog:book']({});
    const file = {
      fileName: '经济.csv',
      contentBase64: b64('科目编码,科目名称\n301,工资福利支出\n30101,基本工资\n'),
    };
    const p = await api['catalog:import-preview']({ ...file, kind: 'dept-econ' });
    expect(p).toMatchObject({ kind: 'dept-econ', total: 2, added: [], renamed: [] });
    // 30102 etc. are used by the sample's lines: kept as 停用, not removed.
    expect(p.retired.map((e) => e.code)).toContain('30102');
    expect(p.removed.map((e) => e.code)).toContain('30103');
    await expect(api['catalog:import-commit']({ previewId: 'other' })).rejects.toMatchObject({
      code: 'PREVIEW_EXPIRED',
    });
    expect(await api['catalog:book']({})).toEqual(before);
    const res = await api['catalog:import-commit']({ previewId: p.previewId });
    expect(res).toMatchObject({ kind: 'dept-econ', retired: p.retired.length });
    const after = await api['catalog:book']({});
    expect(after.deptEconomic.find((e) => e.code === '30102')).toMatchObject({ retired: true });
    expect(after.deptEconomic.find((e) => e.code === '30103')).toBeUndefined();
    expect(after.functions).toEqual(before.functions);
    await expect(api['catalog:import-commit']({ previewId: p.previewId })).rejects.toMatchObject({
      code: 'PREVIEW_EXPIRED',
    });
    ctx.book?.close();
  });
});
