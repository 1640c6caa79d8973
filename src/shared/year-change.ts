/**
 * THE rule for a change against last year and its percentage, used by 审核 (year-on-year
 * checks), 上年对比 (compare.ts) and 第三部分 (narrative/change.ts): as the published document
 * does it, on the printed 万元 figures — each side rounded half-up to 0.01 万元 first, the change
 * their difference, the percentage |change| / |last| × 100 rounded half-up to two decimals,
 * computed in integers. 12,345.67 元 against 10,000.00 元 prints 1.23 and 1.00 万元: +0.23 万元,
 * 23.00%. No percentage when last year printed 0.
 */
import type { Fen } from './domain';
import { fenToWanCents } from './money';

interface PrintedChange {
  /** This year's printed figure, in 0.01 万元. */
  nowCents: number;
  /** Last year's printed figure, in 0.01 万元. */
  lastCents: number;
  /** now − last, in 0.01 万元. */
  deltaCents: number;
  /** |delta| / |last| in hundredths of a percent (2300 = 23.00%); null when last printed 0. */
  percentHundredths: number | null;
}

/** |delta| / |last| × 100 with two decimals, half-up, in integers: returns the percent × 100. */
export function percentHundredths(deltaCents: number, lastCents: number): number {
  const num = Math.abs(deltaCents) * 10_000;
  const den = Math.abs(lastCents);
  const q = Math.floor(num / den);
  return (num - q * den) * 2 >= den ? q + 1 : q;
}

export function printedChange(nowFen: Fen, lastFen: Fen): PrintedChange {
  const nowCents = fenToWanCents(nowFen);
  const lastCents = fenToWanCents(lastFen);
  const deltaCents = nowCents - lastCents;
  return {
    nowCents,
    lastCents,
    deltaCents,
    percentHundredths: lastCents === 0 ? null : percentHundredths(deltaCents, lastCents),
  };
}

/** "23.00" for 2300 hundredths. */
export function percentText(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}
