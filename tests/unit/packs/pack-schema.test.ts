/**
 * Packs as data: every built-in pack passes the schema and resolves; a whole pack survives a trip
 * through JSON as a pack file; an extension replaces only what it gives; a bad file is refused
 * with one Chinese line per problem naming the field path.
 */
import { describe, expect, it } from 'vitest';
import {
  builtinPacks,
  findBuiltinPack,
  getPack,
  getPackDefinition,
  loadPack,
  packYears,
  parsePackFile,
  PackFileError,
  resolvePack,
  type PackDefinition,
} from '../../../src/shared/tables/packs';
import { jiangmenYears } from '../../../src/shared/tables/packs/jiangmen-years';
import { packDefinitionSchema } from '../../../src/shared/tables/packs/schema/pack';

const base = (id: string): PackDefinition | undefined => findBuiltinPack(id);
const j2021 = getPackDefinition('jiangmen-2021');

function problems(json: unknown): string[] {
  try {
    resolvePack(parsePackFile(json), base);
  } catch (e) {
    if (e instanceof PackFileError) return e.problems;
    throw e;
  }
  throw new Error('expected a PackFileError');
}

describe('built-in packs', () => {
  it('pass the schema a pack file gets: 2021 as a whole pack, later years as extensions', () => {
    expect(packDefinitionSchema.parse(j2021)).toEqual(j2021);
    expect(jiangmenYears).toHaveLength(9);
    for (const file of jiangmenYears) expect(parsePackFile(file)).toEqual(file);
  });

  it('has Jiangmen 2021–2030, each extending the year before, all with the whole pack', () => {
    expect(packYears()).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    for (const p of builtinPacks()) {
      expect(p.name).toBe(`江门市 ${p.year} 年部门预算公开表式`);
      expect(p.extends).toBe(p.year === 2021 ? undefined : `jiangmen-${p.year - 1}`);
      expect(p.tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      expect(p.tables).toEqual(j2021.tables);
      expect(p.rules).toEqual(j2021.rules);
      expect(p.document).toEqual(j2021.document);
      expect(p.governmentLevel).toBe('市直');
    }
  });

  it('a whole pack written as JSON is a pack file describing the same pack', () => {
    const json = JSON.parse(JSON.stringify({ ...j2021, id: 'copy', name: '复制的表式' }));
    const copy = resolvePack(parsePackFile(json), base);
    expect({ ...copy, id: j2021.id, name: j2021.name }).toEqual(j2021);
  });
});

describe('extending a pack', () => {
  const ext = resolvePack(
    parsePackFile({
      id: 'city-2027',
      name: '某市 2027 年部门预算公开表式',
      extends: 'jiangmen-2027',
      region: '某市',
      governmentLevel: '省直',
      tables: [{ number: 5, title: '一般公共预算支出表' }],
      rules: {
        book: [
          {
            id: 'KEY-PROJECT-TARGETS',
            severity: 'error',
            text: '重点项目至少两项绩效指标',
            check: 'key-project-targets',
            params: { minIndicators: 2 },
          },
        ],
        remove: ['T7-a', 'GOV-CLASS-UNIT'],
      },
      document: {
        glossary: [
          { term: '事业收入', definition: '改写的定义。' },
          { term: '新名词', definition: '新增。' },
        ],
        removeTerms: ['经营支出'],
      },
    }),
    base,
  );

  it('replaces only the fields of the tables it names and keeps the others', () => {
    const t5 = ext.tables.find((t) => t.number === 5);
    const base5 = j2021.tables.find((t) => t.number === 5);
    expect(t5).toEqual({ ...base5, title: '一般公共预算支出表' });
    expect(ext.tables.filter((t) => t.number !== 5)).toEqual(
      j2021.tables.filter((t) => t.number !== 5),
    );
    expect({ year: ext.year, extends: ext.extends, region: ext.region }).toEqual({
      year: 2027,
      extends: 'jiangmen-2027',
      region: '某市',
    });
  });

  it('replaces rules by id (every rule of the id), removes listed ids, keeps the rest', () => {
    expect(j2021.rules.tables.filter((r) => r.id === 'T7-a').length).toBeGreaterThan(1);
    expect(ext.rules.tables.some((r) => r.id === 'T7-a')).toBe(false);
    expect(ext.rules.book.some((r) => r.id === 'GOV-CLASS-UNIT')).toBe(false);
    const targets = ext.rules.book.filter((r) => r.id === 'KEY-PROJECT-TARGETS');
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ severity: 'error', params: { minIndicators: 2 } });
    const kept = j2021.rules.book.filter(
      (r) => !['GOV-CLASS-UNIT', 'KEY-PROJECT-TARGETS'].includes(r.id),
    );
    for (const r of kept) expect(ext.rules.book).toContainEqual(r);
  });

  it('replaces glossary terms by term, appends new ones, drops removed ones', () => {
    const terms = ext.document.glossary.map((g) => g.term);
    expect(terms).not.toContain('经营支出');
    expect(terms.at(-1)).toBe('新名词');
    expect(ext.document.glossary.find((g) => g.term === '事业收入')?.definition).toBe(
      '改写的定义。',
    );
    expect(terms.indexOf('事业收入')).toBe(
      j2021.document.glossary.findIndex((g) => g.term === '事业收入'),
    );
    expect(ext.governmentLevel).toBe('省直');
  });

  it('prints the government level wherever a text says {level} (table 7 notes, glossary)', () => {
    expect(loadPack(ext).table(7).notes[1]).toContain('因公出国（境）经费指省直行政单位');
    expect(getPack('jiangmen-2027').table(7).notes[1]).toContain(
      '因公出国（境）经费指市直行政单位',
    );
    expect(ext.tables.find((t) => t.number === 7)?.notes[1]).toContain('{level}行政单位');
  });
});

describe('a bad pack file', () => {
  it('names each field path and what it should hold', () => {
    const found = problems({
      id: 'bad',
      name: '',
      extends: 'jiangmen-2021',
      year: '2027',
      tables: [{ number: 5, titel: 'x', header: [{ kind: 'txt', caption: 'a' }] }],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'name：不能为空',
        'year：应为数字',
        'tables[0]：有不认识的字段 “titel”，请检查拼写或删去',
        'tables[0].header[0].kind：缺少或不是允许的取值，应为 “text”、“amount”、“group” 之一',
      ]),
    );
  });

  it('names an unknown base, unknown rule ids and glossary terms, and incomplete new tables', () => {
    expect(problems({ id: 'x', name: '某表式', extends: 'nowhere-2027' })).toEqual([
      'extends：找不到编号为“nowhere-2027”的表式（可用 budgetdesk packs 查看）',
    ]);
    const found = problems({
      id: 'x',
      name: '某表式',
      extends: 'jiangmen-2021',
      tables: [{ number: 14, title: '新表' }],
      rules: { remove: ['NO-SUCH-RULE'] },
      document: { removeTerms: ['没有的名词'] },
    });
    expect(found).toContain('tables[0].header：缺少此项（表14 是新增的表，须写出完整的表式）');
    expect(found).toContain('rules.remove[0]：所继承的表式中没有编号为“NO-SUCH-RULE”的审核规则');
    expect(found).toContain('document.removeTerms[0]：所继承的名词解释中没有“没有的名词”');
  });

  it('refuses rules and document figures that point at tables or columns the pack lacks', () => {
    const found = problems({
      id: 'x',
      name: '某表式',
      extends: 'jiangmen-2021',
      tables: [
        {
          number: 7,
          header: [
            { kind: 'text', caption: '项 目', field: 'label' },
            { kind: 'amount', caption: '总额', filter: {} },
          ],
        },
      ],
      document: {
        subjects: {
          income: {
            cell: { table: 99, row: 'fixed:incomeYear', column: 1 },
            reasonKey: 'income',
            label: '收入',
          },
        },
      },
    });
    expect(found).toContain(
      'rules.tables：审核规则 T7-a 引用的表7“财政拨款安排的行政经费及“三公”经费预算表”没有“一般公共预算”这一金额列',
    );
    expect(found).toContain(
      'rules.book：审核规则 THREE-PUBLIC-RISE 引用的表7“财政拨款安排的行政经费及“三公”经费预算表”没有“合计”这一金额列',
    );
    expect(found).toContain('document.subjects.income：引用了表99，但表式中没有这张表');
  });

  it('without extends must give every part', () => {
    const found = problems({ id: 'x', name: '某表式', year: 2027 });
    expect(found).toContain('region：缺少此项（没有 extends 的表式须写出全部内容）');
    expect(found).toContain('tables：缺少此项（没有 extends 的表式须写出全部内容）');
    expect(found).toContain('document：缺少此项（没有 extends 的表式须写出全部内容）');
  });
});
