/** The engine's contract beyond the figures: header layout, pack lookup, Chinese errors. */
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTable, deriveTables } from '../../../src/shared/tables/engine';
import { layoutHeader } from '../../../src/shared/tables/header';
import { getPack } from '../../../src/shared/tables/packs';
import { TableDataError } from '../../../src/shared/tables/prepare';

describe('table engine', () => {
  it('lays out table 2’s header tree as merged cells over two rows', () => {
    const { rows, cells } = layoutHeader(getPack('jiangmen-2021').table(2).header);
    expect(rows).toBe(2);
    const at = (text: string) => cells.find((c) => c.text === text);
    expect(at('功能分类科目')).toEqual({
      text: '功能分类科目',
      row: 0,
      col: 0,
      rowSpan: 1,
      colSpan: 2,
    });
    expect(at('科目名称')).toEqual({ text: '科目名称', row: 1, col: 1, rowSpan: 1, colSpan: 1 });
    expect(at('合计')).toEqual({ text: '合计', row: 0, col: 2, rowSpan: 2, colSpan: 1 });
    expect(at('财政拨款收入')).toEqual({
      text: '财政拨款收入',
      row: 0,
      col: 3,
      rowSpan: 1,
      colSpan: 3,
    });
    expect(at('用事业基金弥补收支差额')).toEqual({
      text: '用事业基金弥补收支差额',
      row: 0,
      col: 13,
      rowSpan: 2,
      colSpan: 1,
    });
  });

  it('derives all thirteen tables in order, or the ones asked for in the order asked', () => {
    expect(deriveTables(sampleSnapshot()).map((t) => t.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    expect(deriveTables(sampleSnapshot(), [5, 1]).map((t) => t.title)).toEqual([
      '一般公共预算支出情况表（按功能分类科目）',
      '收支总体情况表',
    ]);
    const t = deriveTable(sampleSnapshot(), 1);
    expect(t.unitName).toBe('江门市人力资源和社会保障局信息中心');
    expect(t.unitCaption).toBe('单位：万元');
    expect(t.columns.map((c) => c.kind)).toEqual(['text', 'amount', 'text', 'amount']);
  });

  it('names an unknown table number, pack, unit or project in Chinese', () => {
    expect(() => deriveTable(sampleSnapshot(), 14)).toThrow(/没有表14.*1–13/);
    const book = sampleSnapshot();
    expect(() => deriveTables({ ...book, info: { ...book.info, packId: 'x' } })).toThrow(
      /没有编号为“x”的公开表式（现有：江门市 2021 年部门预算公开表式（jiangmen-2021）/,
    );
    const badUnit = sampleSnapshot();
    badUnit.lines[0].unitCode = '999';
    expect(() => deriveTables(badUnit)).toThrow(TableDataError);
    expect(() => deriveTables(badUnit)).toThrow(/明细（编号 1）的单位编码“999”/);
    const badProject = sampleSnapshot();
    badProject.lines[20].projectCode = '123';
    expect(() => deriveTables(badProject)).toThrow(/项目编码“123”不在项目库中/);
  });

  it('keeps the 23 类 of tables 1 and 4 in printed order: 223 before 222', () => {
    for (const n of [1, 4]) {
      const labels = deriveTable(sampleSnapshot(), n)
        .rows.map((r) => r.cells[2])
        .map((c) => (c.kind === 'text' ? c.text : ''));
      expect(labels.indexOf('二十、国有资本经营预算支出')).toBe(19);
      expect(labels.indexOf('二十一、粮油物资储备支出')).toBe(20);
      expect(labels.slice(0, 23).every((l) => /^[一二三四五六七八九十]+、/.test(l))).toBe(true);
    }
  });
});
