/** Type-ahead of the code pickers against the real 2021 catalog. */
import { describe, expect, it } from 'vitest';
import { leadingCode, matchOptions, resolveOption } from '../../../src/renderer/src/lib/code-match';
import { buildLineOptions, parseCell } from '../../../src/renderer/src/lib/line-cells';
import { getCatalog } from '../../../src/shared/catalogs';
import type { Unit } from '../../../src/shared/domain';

const CENTER: Unit = {
  code: '404011',
  name: '江门市人力资源和社会保障局信息中心',
  type: '事业单位',
  parentCode: null,
};

const opts = buildLineOptions(getCatalog(2021), [CENTER]);
const dept = opts.lists.deptEconCode;
const codes = (q: string, list = dept): string[] => matchOptions(list, q, 60).map((o) => o.code);

describe('code picker matching', () => {
  it('finds 30101 基本工资 by code prefix, name, pinyin initials and its 类', () => {
    expect(codes('30101')[0]).toBe('30101');
    expect(codes('301').slice(0, 3)).toEqual(['30101', '30102', '30103']);
    expect(codes('基本工资')[0]).toBe('30101');
    expect(codes('jbgz')[0]).toBe('30101');
    expect(codes('JBGZ')[0]).toBe('30101');
    const byClass = codes('gzfl');
    expect(byClass).toContain('30101');
    expect(byClass.every((c) => c.startsWith('301'))).toBe(true);
    expect(codes('gwjd')).toContain('30217'); // 公务接待费
  });

  it('ranks a direct name match before a match on the 类 name only', () => {
    const found = codes('工资');
    expect(found.indexOf('30101')).toBeLessThan(found.indexOf('30102'));
    expect(codes('zzzzq')).toEqual([]);
  });

  it('matches function items by code, name and the names of their 类/款', () => {
    const fn = opts.lists.functionCode;
    expect(codes('2080199', fn)).toEqual(['2080199']);
    expect(codes('208', fn).every((c) => c.startsWith('208'))).toBe(true);
    expect(codes('208', fn).every((c) => c.length === 7)).toBe(true);
    expect(codes('jgsydwjbylbxjf', fn)).toContain('2080505');
  });

  it('reads codes written as Excel and finance systems print them', () => {
    expect(leadingCode('30101')).toBe('30101');
    expect(leadingCode('30101 基本工资')).toBe('30101');
    expect(leadingCode('[30101]基本工资')).toBe('30101');
    expect(leadingCode('【2080199】其他行政事业单位运行')).toBe('2080199');
    expect(leadingCode('基本工资')).toBeNull();
    expect(resolveOption(dept, '[30101]基本工资')?.code).toBe('30101');
    expect(resolveOption(dept, '30101 随便写的名字')?.code).toBe('30101');
    expect(resolveOption(dept, '基本工资')?.code).toBe('30101');
    expect(resolveOption(dept, '工资')).toBeNull(); // ambiguous
    expect(resolveOption(dept, '12345')).toBeNull();
  });

  it('picks a unit by code or name when the book has several', () => {
    const sub: Unit = {
      code: '404012',
      name: '江门市社会保险基金管理局',
      type: '参公事业单位',
      parentCode: '404011',
    };
    const two = buildLineOptions(getCatalog(2021), [CENTER, sub]);
    expect(parseCell('unitCode', '404012', two)).toEqual({ ok: true, value: '404012' });
    expect(parseCell('unitCode', '社会保险', two)).toEqual({ ok: true, value: '404012' });
    expect(parseCell('unitCode', 'sbj', two)).toEqual({
      ok: false,
      message: expect.stringContaining('“sbj”不是单位'),
    });
  });

  it('parses cells with Chinese explanations of what to type', () => {
    expect(parseCell('amountFen', '1,234.50', opts)).toEqual({ ok: true, value: 123450 });
    expect(parseCell('amountFen', '12.3万', opts)).toEqual({ ok: true, value: 12_300_000 });
    const bad = parseCell('amountFen', '12元3', opts);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('不是金额');
    expect(parseCell('fundSource', '一般公共预算', opts)).toEqual({
      ok: true,
      value: '一般公共预算',
    });
    expect(parseCell('kind', '公用经费', opts)).toEqual({ ok: true, value: '基本支出-公用经费' });
    expect(parseCell('govEconCode', '', opts)).toEqual({ ok: true, value: '' });
    const fn = parseCell('functionCode', '2089', opts);
    expect(!fn.ok && fn.message).toContain('不是2021 年的功能科目');
    expect(!fn.ok && fn.message).toContain('2080199');
  });
});
