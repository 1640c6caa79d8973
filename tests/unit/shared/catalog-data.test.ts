import { describe, expect, it } from 'vitest';
import {
  CATALOG_KINDS,
  catalogYears,
  entriesOf,
  getCatalog,
  provisionalNotice,
  type CatalogKind,
  type ClassificationEntry,
} from '../../../src/shared/catalogs';
import { applyChanges } from '../../../src/shared/catalogs/loader';

const LENGTHS: Record<CatalogKind, number[]> = {
  function: [3, 5, 7],
  'dept-econ': [3, 5],
  'gov-econ': [3, 5],
};

/** Problems of one list: duplicate codes, bad lengths, orphans, empty names. */
function structureProblems(kind: CatalogKind, entries: readonly ClassificationEntry[]): string[] {
  const codes = new Set<string>();
  const problems: string[] = [];
  for (const e of entries) {
    if (codes.has(e.code)) problems.push(`${e.code} twice`);
    codes.add(e.code);
    if (!/^\d+$/.test(e.code) || !LENGTHS[kind].includes(e.code.length))
      problems.push(`${e.code} bad code`);
    if (e.name.trim() === '') problems.push(`${e.code} without name`);
  }
  for (const e of entries) {
    if (e.code.length >= 5 && !codes.has(e.code.slice(0, 3))) problems.push(`${e.code} without 类`);
    if (e.code.length === 7 && !codes.has(e.code.slice(0, 5))) problems.push(`${e.code} without 款`);
  }
  return problems;
}

describe('built-in catalogs 2021–2030', () => {
  it('every year 2021–2030 resolves', () => {
    expect(catalogYears()).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    for (const year of catalogYears()) expect(getCatalog(year).year).toBe(year);
  });

  it.each(catalogYears())('%i: unique codes, every 项 under its 款 and 类, names non-empty', (year) => {
    const data = getCatalog(year).data;
    for (const kind of CATALOG_KINDS) {
      expect(entriesOf(data, kind).length).toBeGreaterThan(50);
      expect(structureProblems(kind, entriesOf(data, kind))).toEqual([]);
    }
  });

  it('2021 is the base; 2022 is 2021 without 类 234; later years carry 2022 forward as 暂定', () => {
    const y2021 = getCatalog(2021);
    const y2022 = getCatalog(2022);
    expect(y2021.provisional).toBe(false);
    expect(y2021.functionName('234')).toBe('抗疫特别国债安排的支出');
    expect(y2022.functionName('234')).toBe('');
    expect(y2022.data.functions.filter((e) => e.code.startsWith('234'))).toEqual([]);
    expect(y2022.data.functions.length).toBeLessThan(y2021.data.functions.length);
    // The 2022 list is known only by that one change: it is marked 暂定 too.
    expect(y2022.provisional).toBe(true);
    expect(y2022.data.source).toContain('234');
    const y2027 = getCatalog(2027);
    expect(y2027.provisional).toBe(true);
    expect(y2027.data.source).toBe('没有 2027 年的科目资料，暂按 2022 年科目');
    expect(y2027.data.functions).toEqual(y2022.data.functions);
    expect(provisionalNotice(2027)).toBe('2027 年科目为暂定，请导入财政部门下发的科目表');
  });

  it('the 部门→政府 mapping resolves in every year', () => {
    for (const year of catalogYears()) {
      const c = getCatalog(year);
      expect(c.defaultGovEcon('30101', '行政单位')).toBe('50101');
      expect(c.defaultGovEcon('30101', '事业单位')).toBe('50501');
      expect(c.isGovEconAllowed('31007', '50306', '事业单位')).toBe(true);
    }
  });
});

describe('a year as the year before plus its changes', () => {
  const before: ClassificationEntry[] = [
    { code: '201', name: '一般公共服务支出' },
    { code: '20101', name: '人大事务' },
    { code: '2010101', name: '行政运行' },
    { code: '234', name: '抗疫特别国债安排的支出' },
    { code: '23401', name: '基础设施建设' },
  ];

  it('removes a code with everything under it, renames, and adds in code order', () => {
    const after = applyChanges(before, {
      removed: ['234'],
      renamed: [['20101', '人大事务（新）']],
      added: [['2010102', '一般行政管理事务'], ['2010199', '其他人大事务支出', '待核实']],
    });
    expect(after).toEqual([
      { code: '201', name: '一般公共服务支出' },
      { code: '20101', name: '人大事务（新）' },
      { code: '2010101', name: '行政运行' },
      { code: '2010102', name: '一般行政管理事务' },
      { code: '2010199', name: '其他人大事务支出', uncertain: true },
    ]);
    expect(before).toHaveLength(5);
  });

  it('no changes: the list as it was', () => {
    expect(applyChanges(before, undefined)).toEqual(before);
  });
});
