import { describe, expect, it } from 'vitest';
import {
  MoneyParseError,
  fenToWan,
  fenToWanCents,
  fenToWanExact,
  fenToYuanPlain,
  formatWan,
  formatYuan,
  parseYuan,
  sumFen,
} from '../../../src/shared/money';

function parseError(text: string): MoneyParseError {
  try {
    parseYuan(text);
  } catch (e) {
    if (e instanceof MoneyParseError) return e;
    throw e;
  }
  throw new Error(`expected “${text}” to be rejected`);
}

describe('parseYuan', () => {
  it.each([
    ['1234.5', 123450],
    ['1,234.50', 123450],
    ['1，234.50', 123450],
    [' 12.3万', 12_300_000],
    ['12.3万元', 12_300_000],
    ['0.000001万', 1],
    ['1234.56元', 123456],
    ['-3', -300],
    ['+3', 300],
    ['0.01', 1],
    ['12,345,678.9', 1_234_567_890],
    ['１２', 1200],
    ['１，２３４．５６', 123456],
    ['－３', -300],
    ['\u22123.5', -350],
    ['１２．３万', 12_300_000],
    ['1 234.50', 123450],
  ])('%j → %d 分', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it('reads "-0" as plain zero, not -0', () => {
    expect(Object.is(parseYuan('-0'), 0)).toBe(true);
    expect(Object.is(parseYuan('-0.00万'), 0)).toBe(true);
  });

  it.each([
    ['abc', '“abc”不是金额'],
    ['12.3.4', '“12.3.4”不是金额'],
    ['1,23.00', '“1,23.00”不是金额'],
    ['1,2345', '“1,2345”不是金额'],
    ['12元万', '“12元万”不是金额'],
    ['1.234', '“1.234”小数位过多：金额（元）最多两位小数'],
    ['1.2345678万', '以万元填写时最多六位小数'],
    ['', '金额为空'],
    ['   ', '金额为空'],
    ['99999999999999999', '金额过大'],
  ])('rejects %j with a Chinese message', (text, message) => {
    const e = parseError(text);
    expect(e.code).toBe('MONEY_PARSE');
    expect(e.message).toContain(message);
  });

  it('tells the clerk what to type', () => {
    expect(parseError('abc').message).toContain('请填写数字，如 1,234.50 或 12.3万');
    expect(parseError('').message).toBe('金额为空，请填写金额（元）');
  });
});

describe('万元 rounding (half-up, away from zero)', () => {
  it.each([
    [8_975_000, '8.98', 8.98],
    [8_974_999, '8.97', 8.97],
    [-8_975_000, '-8.98', -8.98],
    [-8_974_999, '-8.97', -8.97],
    [5_000, '0.01', 0.01],
    [4_999, '0.00', 0],
    [0, '0.00', 0],
    [9_687_300_00, '968.73', 968.73],
  ])('%d 分 → %s 万元', (fen, text, value) => {
    expect(formatWan(fen)).toBe(text);
    expect(fenToWan(fen)).toBe(value);
  });

  it('never yields -0 for a negative amount that rounds to nothing', () => {
    expect(Object.is(fenToWanCents(-4_999), 0)).toBe(true);
    expect(formatWan(-4_999)).toBe('0.00');
  });

  it('groups thousands only when asked', () => {
    expect(formatWan(1_234_567_890_000)).toBe('1234567.89');
    expect(formatWan(1_234_567_890_000, { thousands: true })).toBe('1,234,567.89');
    expect(formatWan(-1_234_567_890_000, { thousands: true })).toBe('-1,234,567.89');
    expect(formatWan(999_000_000, { thousands: true })).toBe('999.00');
  });

  it('rounds each cell on its own: parts and their total can differ (尾差)', () => {
    // 21011 of the sample: items print 8.98 and 8.23, the 款 prints 17.20.
    const items = [8_975_000, 8_225_000];
    expect(items.map((f) => formatWan(f))).toEqual(['8.98', '8.23']);
    expect(formatWan(sumFen(items))).toBe('17.20');
  });
});

describe('元 text', () => {
  it.each([
    [123456, '1,234.56', '1234.56'],
    [0, '0.00', '0.00'],
    [5, '0.05', '0.05'],
    [-5, '-0.05', '-0.05'],
    [-123456789, '-1,234,567.89', '-1234567.89'],
    [100, '1.00', '1.00'],
  ])('%d 分 → %s', (fen, grouped, plain) => {
    expect(formatYuan(fen)).toBe(grouped);
    expect(formatYuan(fen, { thousands: false })).toBe(plain);
    expect(fenToYuanPlain(fen)).toBe(plain);
  });

  it('round-trips through parseYuan', () => {
    for (const fen of [0, 1, 99, 123456, -987654321, 1_000_000_000_01]) {
      expect(parseYuan(formatYuan(fen))).toBe(fen);
      expect(parseYuan(fenToYuanPlain(fen))).toBe(fen);
    }
  });
});

describe('sumFen', () => {
  it('adds exactly and refuses to leave the safe-integer range', () => {
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(sumFen([])).toBe(0);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow('金额合计超出精确整数范围');
  });
});

describe('parseYuan with a bare unit of 万元 (the grid in 万元 mode)', () => {
  it.each([
    ['3.5', 3_500_000],
    ['3.5万', 3_500_000],
    ['3.5万元', 3_500_000],
    ['35000元', 3_500_000],
    ['35,000.00元', 3_500_000],
    ['0.123456', 123_456],
    ['-2', -2_000_000],
  ])('“%s” → %i 分', (text, fen) => {
    expect(parseYuan(text, 'wan')).toBe(fen);
  });

  it('refuses what it cannot read, saying which unit a bare number means', () => {
    expect(() => parseYuan('', 'wan')).toThrow('金额为空，请填写金额（万元）');
    expect(() => parseYuan('0.1234567', 'wan')).toThrow('以万元填写时最多六位小数');
    expect(() => parseYuan('12元万', 'wan')).toThrow(MoneyParseError);
    expect(() => parseYuan('3.555元', 'wan')).toThrow('金额（元）最多两位小数');
  });

  it('fenToWanExact gives back exactly what parseYuan(…, "wan") reads', () => {
    for (const fen of [0, 1, 123_456, 3_500_000, 53_738_612, -2_000_000, 1_000_000_000_001]) {
      expect(parseYuan(fenToWanExact(fen), 'wan')).toBe(fen);
    }
    expect(fenToWanExact(3_500_000)).toBe('3.5');
    expect(fenToWanExact(-123_456)).toBe('-0.123456');
  });
});
