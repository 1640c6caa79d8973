import { describe, expect, it } from 'vitest';
import { CatalogError, getCatalog, catalogYears } from '../../../src/shared/catalogs';
import type { ClassificationEntry } from '../../../src/shared/catalogs';
import type { UnitType } from '../../../src/shared/domain';

const cat = getCatalog(2021);

/** Codes and names exactly as printed in the 2021 sample (table 3 and tables 6/10). */
const SAMPLE_FUNCTIONS: [string, string][] = [
  ['208', '社会保障和就业支出'],
  ['20801', '人力资源和社会保障管理事务'],
  ['2080199', '其他人力资源和社会保障管理事务支出'],
  ['20805', '行政事业单位养老支出'],
  ['2080505', '机关事业单位基本养老保险缴费支出'],
  ['2080506', '机关事业单位职业年金缴费支出'],
  ['20807', '就业补助'],
  ['2080701', '就业创业服务补贴'],
  ['20899', '其他社会保障和就业支出'],
  ['2089999', '其他社会保障和就业支出'],
  ['210', '卫生健康支出'],
  ['21007', '计划生育事务'],
  ['2100799', '其他计划生育事务支出'],
  ['21011', '行政事业单位医疗'],
  ['2101102', '事业单位医疗'],
  ['2101103', '公务员医疗补助'],
  ['221', '住房保障支出'],
  ['22102', '住房改革支出'],
  ['2210201', '住房公积金'],
  ['2210203', '购房补贴'],
];

/** [部门 code, 部门 name, 政府 code, 政府 name] rows of the sample's tables 6 and 10 (事业单位). */
const SAMPLE_ECON: [string, string, string, string][] = [
  ['301', '工资福利支出', '505', '对事业单位经常性补助'],
  ['302', '商品和服务支出', '505', '对事业单位经常性补助'],
  ['303', '对个人和家庭的补助', '509', '对个人和家庭的补助'],
  ['310', '资本性支出', '503', '机关资本性支出（一）'],
  ['310', '资本性支出', '506', '对事业单位资本性补助'],
  ['30101', '基本工资', '50501', '工资福利支出'],
  ['30102', '津贴补贴', '50501', '工资福利支出'],
  ['30107', '绩效工资', '50501', '工资福利支出'],
  ['30108', '机关事业单位基本养老保险缴费', '50501', '工资福利支出'],
  ['30109', '职业年金缴费', '50501', '工资福利支出'],
  ['30110', '职工基本医疗保险缴费', '50501', '工资福利支出'],
  ['30111', '公务员医疗补助缴费', '50501', '工资福利支出'],
  ['30112', '其他社会保障缴费', '50501', '工资福利支出'],
  ['30113', '住房公积金', '50501', '工资福利支出'],
  ['30201', '办公费', '50502', '商品和服务支出'],
  ['30211', '差旅费', '50502', '商品和服务支出'],
  ['30217', '公务接待费', '50502', '商品和服务支出'],
  ['30228', '工会经费', '50502', '商品和服务支出'],
  ['30229', '福利费', '50502', '商品和服务支出'],
  ['30231', '公务用车运行维护费', '50502', '商品和服务支出'],
  ['30299', '其他商品和服务支出', '50502', '商品和服务支出'],
  ['30309', '奖励金', '50901', '社会福利和救助'],
  ['31007', '信息网络及软件购置更新', '50306', '设备购置'],
  ['31007', '信息网络及软件购置更新', '50601', '资本性支出（一）'],
];

function thrown(fn: () => unknown): CatalogError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CatalogError) return e;
    throw e;
  }
  throw new Error('expected a CatalogError');
}

const byLength = (entries: ClassificationEntry[], n: number) =>
  entries.filter((e) => e.code.length === n);

describe('2021 catalog: lookups', () => {
  it('has every 功能分类 code of the sample, with the printed name', () => {
    for (const [code, name] of SAMPLE_FUNCTIONS) expect(cat.function(code)?.name, code).toBe(name);
  });

  it('has every 经济分类 code of the sample, with the printed names', () => {
    for (const [dept, deptName, gov, govName] of SAMPLE_ECON) {
      expect(cat.deptEcon(dept)?.name, dept).toBe(deptName);
      expect(cat.govEcon(gov)?.name, gov).toBe(govName);
    }
  });

  it('finds 类, 款 and 项 at each level and the 2021 class list', () => {
    expect(cat.functionName('201')).toBe('一般公共服务支出');
    expect(cat.functionName('20102')).toBe('政协事务');
    expect(cat.functionName('2010250')).toBe('事业运行');
    expect(cat.functionName('2010299')).toBe('其他政协事务支出');
    expect(cat.functionName('2010303')).toBe('机关服务');
    expect(cat.functionName('2013699')).toBe('其他共产党事务支出');
    expect(cat.function('2012650')).toBeUndefined();
    expect(cat.requireFunctionItem('2050203').name).toBe('初中教育');
    expect(cat.functionName('234')).toBe('抗疫特别国债安排的支出');
    expect(cat.functionName('218')).toBe('');
    expect(byLength(cat.data.functions, 3)).toHaveLength(30);
    expect(cat.requireDeptEcon('30901').name).toBe('房屋建筑物购建');
    expect(cat.requireDeptEcon('31001').name).toBe('房屋建筑物购建');
    expect(cat.requireGovEcon('50101').name).toBe('工资奖金津补贴');
    expect(catalogYears()).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });
});

describe('2021 catalog: unknown codes', () => {
  it.each([
    ['2080198', () => cat.requireFunctionItem('2080198'), 'UNKNOWN_FUNCTION'],
    ['20801', () => cat.requireFunctionItem('20801'), 'UNKNOWN_FUNCTION'],
    ['3010', () => cat.requireDeptEcon('3010'), 'UNKNOWN_DEPT_ECON'],
    ['301', () => cat.requireDeptEcon('301'), 'UNKNOWN_DEPT_ECON'],
    ['30110x', () => cat.requireDeptEcon('30110x'), 'UNKNOWN_DEPT_ECON'],
    ['99999', () => cat.requireGovEcon('99999'), 'UNKNOWN_GOV_ECON'],
  ] as const)('%s is a CatalogError naming the code and the year', (code, call, kind) => {
    const e = thrown(call);
    expect(e.code).toBe(kind);
    expect(e.message).toContain(`“${code}”`);
    expect(e.message).toContain('2021 年');
  });

  it('an unknown year names the year and the years there are', () => {
    const e = thrown(() => getCatalog(2031));
    expect(e.code).toBe('UNKNOWN_YEAR');
    expect(e.message).toBe('没有 2031 年的科目目录（现有：2021–2030 年）');
  });

  it('a 部门 code without mapping is NO_MAPPING naming the code and unit type', () => {
    const e = thrown(() => cat.defaultGovEcon('39599', '事业单位'));
    expect(e.code).toBe('NO_MAPPING');
    expect(e.message).toContain('“39599”');
    expect(e.message).toContain('事业单位');
  });
});

describe('2021 catalog: 部门→政府 mapping', () => {
  it.each([
    ['事业单位', '30101', '50501'],
    ['事业单位', '30217', '50502'],
    ['事业单位', '30309', '50901'],
    ['事业单位', '31007', '50601'],
    ['事业单位', '30901', '50602'],
    ['行政单位', '30101', '50101'],
    ['行政单位', '30108', '50102'],
    ['行政单位', '30113', '50103'],
    ['行政单位', '30201', '50201'],
    ['行政单位', '31007', '50306'],
    ['行政单位', '31008', '50399'],
    ['行政单位', '30913', '50403'],
    ['参公事业单位', '30217', '50206'],
    ['参公事业单位', '31013', '50303'],
  ] as const)('%s %s → %s', (unitType, dept, gov) => {
    expect(cat.defaultGovEcon(dept, unitType)).toBe(gov);
  });

  it('the sample 事业单位 pairs of tables 6 and 10 are all allowed', () => {
    for (const [dept, , gov] of SAMPLE_ECON.filter(([d]) => d.length === 5)) {
      expect(cat.isGovEconAllowed(dept, gov, '事业单位'), `${dept}→${gov}`).toBe(true);
    }
  });

  it('allows a 事业单位 the 机关 code as an alternative, but not an unrelated one', () => {
    expect(cat.isGovEconAllowed('31007', '50306', '事业单位')).toBe(true);
    expect(cat.isGovEconAllowed('30101', '50101', '事业单位')).toBe(true);
    expect(cat.isGovEconAllowed('30101', '50901', '事业单位')).toBe(false);
    expect(cat.isGovEconAllowed('31007', '50601', '行政单位')).toBe(false);
    expect(cat.isGovEconAllowed('30101', '50501', '参公事业单位')).toBe(false);
  });

  it('every 部门 款 resolves on every side to a 政府 款 of the catalog', () => {
    const unitTypes: UnitType[] = ['行政单位', '参公事业单位', '事业单位'];
    for (const { code } of byLength(cat.data.deptEconomic, 5)) {
      for (const unitType of unitTypes) {
        const gov = cat.defaultGovEcon(code, unitType);
        expect(cat.govEcon(gov), `${code} ${unitType} → ${gov}`).toBeDefined();
        expect(gov).toMatch(/^\d{5}$/);
      }
    }
  });

  it('机关 never map onto 505/506 and 事业单位 pay, goods and capital never onto 501–504', () => {
    for (const { code } of byLength(cat.data.deptEconomic, 5)) {
      expect(cat.defaultGovEcon(code, '行政单位')).not.toMatch(/^50[56]/);
      if (/^3(01|02|09|10)/.test(code)) {
        expect(cat.defaultGovEcon(code, '事业单位')).toMatch(/^50[56]/);
      }
    }
  });

  it('alternatives and mapping keys name codes that exist', () => {
    for (const side of ['admin', 'institution'] as const) {
      for (const [dept, gov] of Object.entries(cat.data.govMapping[side])) {
        // 3-digit keys are class fallbacks and must name a 类 as much as 5-digit keys a 款.
        expect(cat.deptEcon(dept), `${side} key ${dept}`).toBeDefined();
        expect(cat.govEcon(gov), `${side} ${dept} → ${gov}`).toBeDefined();
      }
      for (const [dept, alts] of Object.entries(cat.data.govAllowed[side])) {
        expect(cat.deptEcon(dept)).toBeDefined();
        for (const gov of alts) expect(cat.govEcon(gov), `${dept} alt ${gov}`).toBeDefined();
      }
    }
    expect(cat.data.govAllowed.admin).toEqual({});
  });
});

describe('2021 catalog: structure', () => {
  const lists = {
    functions: cat.data.functions,
    deptEconomic: cat.data.deptEconomic,
    govEconomic: cat.data.govEconomic,
  };

  it.each(Object.entries(lists))('%s has no duplicate codes, names non-empty', (_, entries) => {
    const codes = entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of entries) expect(e.name.trim(), e.code).not.toBe('');
  });

  it('every 功能分类 款 has its 类 and every 项 its 款', () => {
    for (const { code } of cat.data.functions) {
      expect([3, 5, 7], code).toContain(code.length);
      if (code.length === 5) expect(cat.function(code.slice(0, 3)), code).toBeDefined();
      if (code.length === 7) expect(cat.function(code.slice(0, 5)), code).toBeDefined();
    }
  });

  it('every 经济分类 款 has its 类', () => {
    for (const entries of [cat.data.deptEconomic, cat.data.govEconomic]) {
      for (const { code } of entries) {
        expect([3, 5], code).toContain(code.length);
        if (code.length === 5)
          expect(
            entries.some((e) => e.code === code.slice(0, 3)),
            code,
          ).toBe(true);
      }
    }
  });

  it('lists codes in code order, each 类 before its 款 and 项', () => {
    for (const entries of Object.values(lists)) {
      const codes = entries.map((e) => e.code);
      expect(codes).toEqual([...codes].sort());
    }
  });
});
