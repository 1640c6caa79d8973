/**
 * The wording rules of 第三部分, one by one: 增加/增长, 减少/下降, 与上年持平, last year zero (no
 * percentage, said in words), this year zero, last year not imported; percentages half-up on the
 * printed 万元 figures; whole-万元 text; reasons and their placeholders.
 */
import { describe, expect, it } from 'vitest';
import {
  changeClause,
  compareYears,
  MISSING_REASON,
  paragraphText,
  percentHundredths,
  reasonBody,
  wanCompact,
  type ReasonSlot,
} from '../../../src/shared/narrative';

const W = 1_000_000; // 分 per 万元

describe('changeClause', () => {
  it('an increase: 增加 … 增长 …%', () => {
    const c = compareYears(1.3 * W, 1 * W);
    expect(c.direction).toBe('increase');
    expect(changeClause(c, ',')).toBe('比上年增加0.30万元,增长30.00%');
  });

  it('a decrease: 减少 … 下降 …% (the seed 收入: 436.66 / 1187.45 = 36.77%)', () => {
    const c = compareYears(750_789_362, 1_187_450_000);
    expect(c.direction).toBe('decrease');
    expect(changeClause(c, ',')).toBe('比上年减少436.66万元,下降36.77%');
  });

  it('no change: 与上年持平, no figure and no percentage', () => {
    const c = compareYears(1_200_000, 1_200_000);
    expect(c.direction).toBe('flat');
    expect(changeClause(c, '，')).toBe('与上年持平');
    expect(changeClause(compareYears(0, 0), ',')).toBe('与上年持平');
  });

  it('equal after rounding to the printed figure is 与上年持平 too', () => {
    // 1.234 万元 and 1.2349 万元 both print 1.23.
    expect(compareYears(1_234_000, 1_234_900).direction).toBe('flat');
  });

  it('last year zero: the increase, then in words that no percentage can be given', () => {
    const c = compareYears(2.5 * W, 0);
    expect(c.direction).toBe('newItem');
    expect(c.percentText).toBeNull();
    expect(changeClause(c, ',')).toBe('比上年增加2.50万元,上年无该项预算,无法计算增减比例');
    expect(changeClause(c, ',')).not.toContain('%');
  });

  it('this year zero: 减少 the whole amount, 下降100.00%', () => {
    expect(changeClause(compareYears(0, 0.8 * W), '，')).toBe('比上年减少0.80万元，下降100.00%');
  });

  it('last year not imported: no comparison at all', () => {
    const c = compareYears(3 * W, null);
    expect(c.direction).toBe('noLastYear');
    expect(changeClause(c, ',')).toBe('');
  });
});

describe('percentages', () => {
  it('are |Δ| / 上年 × 100 on printed figures, half-up to two decimals', () => {
    expect(percentHundredths(-43_666, 118_745)).toBe(3677); // 36.7725…
    expect(percentHundredths(-22_028, 118_901)).toBe(1853); // 18.5264…
    expect(percentHundredths(1, 8)).toBe(1250); // 12.5 exactly
    expect(percentHundredths(1, 30_000)).toBe(0); // 0.00333…
    expect(percentHundredths(1, 20_000)).toBe(1); // 0.005 → 0.01 (half-up)
    expect(compareYears(1_000_000 + 50_000, 3_000_000).percentText).toBe('65.00');
  });

  it('use the printed figures, not the raw 分', () => {
    // 0.104999 → 0.10 and 0.200001 → 0.20: −0.10 of 0.20 is exactly 50.00%.
    const c = compareYears(104_999, 200_001);
    expect([c.nowText, c.lastText, c.deltaText, c.percentText]).toEqual([
      '0.10',
      '0.20',
      '0.10',
      '50.00',
    ]);
  });
});

describe('amount texts', () => {
  it('whole 万元 where exact, two decimals otherwise', () => {
    expect(wanCompact(375 * W)).toBe('375');
    expect(wanCompact(0)).toBe('0');
    expect(wanCompact(375_500_000)).toBe('375.50');
  });
});

describe('reasons', () => {
  const slot = (reason: string, needed = true): ReasonSlot => ({
    subjectKey: 'income',
    label: '收入预算',
    change: compareYears(1, 2 * W),
    needed,
    reason,
  });

  it('print after the clause as “主要原因是…”, without a doubled lead or closing stop', () => {
    expect(reasonBody('主要原因是社保卡发行接近饱和。')).toBe('社保卡发行接近饱和');
    const p = paragraphText([
      { kind: 'text', text: 'A' },
      { kind: 'reason', slot: slot('收入预算减少；'), comma: ',' },
    ]);
    expect(p).toBe('A,主要原因是收入预算减少');
  });

  it('a needed reason not yet written prints as a visible placeholder', () => {
    const p = paragraphText([{ kind: 'reason', slot: slot(''), comma: '，' }]);
    expect(p).toBe(`，主要原因是${MISSING_REASON}`);
  });
});
