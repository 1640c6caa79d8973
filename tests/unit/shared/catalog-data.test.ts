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
    if (e.code.length === 7 && !codes.has(e.code.slice(0, 5)))
      problems.push(`${e.code} without 款`);
  }
  return problems;
}

describe('built-in catalogs 2021–2030', () => {
  it('every year 2021–2030 resolves', () => {
    expect(catalogYears()).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    for (const year of catalogYears()) expect(getCatalog(year).year).toBe(year);
  });

  it.each(catalogYears())(
    '%i: unique codes, every 项 under its 款 and 类, names non-empty',
    (year) => {
      const data = getCatalog(year).data;
      for (const kind of CATALOG_KINDS) {
        expect(entriesOf(data, kind).length).toBeGreaterThan(50);
        expect(structureProblems(kind, entriesOf(data, kind))).toEqual([]);
      }
    },
  );

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

/** One 项 of each 类 that has 项 in the 2021 list (219 and 227 have none), with its 2021 name. */
const SPOT_2021: [string, string][] = [
  ['2010101', '行政运行'],
  ['2020101', '行政运行'],
  ['2030101', '现役部队'],
  ['2040201', '行政运行'],
  ['2050101', '行政运行'],
  ['2060101', '行政运行'],
  ['2070101', '行政运行'],
  ['2080199', '其他人力资源和社会保障管理事务支出'],
  ['2090101', '基本养老金'],
  ['2100101', '行政运行'],
  ['2110101', '行政运行'],
  ['2120101', '行政运行'],
  ['2130101', '行政运行'],
  ['2140101', '行政运行'],
  ['2150101', '行政运行'],
  ['2160201', '行政运行'],
  ['2170101', '行政运行'],
  ['2200101', '行政运行'],
  ['2210101', '廉租住房'],
  ['2220101', '行政运行'],
  ['2230101', '厂办大集体改革支出'],
  ['2240101', '行政运行'],
  ['2290401', '其他政府性基金安排的支出'],
  ['2300102', '所得税基数返还支出'],
  ['2310301', '地方政府一般债券还本支出'],
  ['2320301', '地方政府一般债券付息支出'],
  ['2330401', '海南省高等级公路车辆通行附加费债务发行费用支出'],
  ['2340101', '公共卫生体系建设'],
];

describe('the complete 2021 支出功能分类', () => {
  const c2021 = getCatalog(2021);

  it('has 项 under every 类 that has any, e.g. 公安, 农业农村, 城乡社区, 交通, 文旅, 科技, 应急', () => {
    for (const [code, name] of SPOT_2021)
      expect([code, c2021.requireFunctionItem(code).name]).toEqual([code, name]);
    const classes = c2021.data.functions.filter((e) => e.code.length === 3).map((e) => e.code);
    expect(classes).toHaveLength(30);
    const withItems = new Set(SPOT_2021.map(([code]) => code.slice(0, 3)));
    expect(classes.filter((cls) => !withItems.has(cls))).toEqual(['219', '227']);
    expect(c2021.data.functions.length).toBeGreaterThan(1700);
  });

  it('keeps the source’s 待核实 marks as data and resolves marked codes like any other', () => {
    const uncertain = c2021.data.functions.filter((e) => e.uncertain);
    expect(uncertain.length).toBeGreaterThan(0);
    expect(c2021.function('2090101')).toEqual({
      code: '2090101',
      name: '基本养老金',
      uncertain: true,
    });
    // The sample's codes are confirmed by the published sample: never marked.
    for (const code of ['2080199', '2080505', '2080506', '2101102', '2210201']) {
      expect(c2021.function(code)?.uncertain).toBeUndefined();
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
      added: [
        ['2010102', '一般行政管理事务'],
        ['2010199', '其他人大事务支出', '待核实'],
      ],
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
