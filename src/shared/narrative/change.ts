/**
 * The year-on-year wording of 第三部分: 增加/减少 with 增长/下降, 与上年持平 when equal, and no
 * percentage when last year had nothing. Changes and percentages are computed on the printed
 * 万元 figures, as a reader would check them: 436.66 / 1187.45 = 36.77%.
 */
import type { Fen } from '../domain';
import { fenToWanCents, formatWan } from '../money';
import type { YearChange } from './types';

/** 分 in 0.01 万元. */
const FEN_PER_WAN_CENT = 10_000;

/** |delta| / last × 100 with two decimals, half-up, in integers: returns the percent × 100. */
export function percentHundredths(deltaCents: number, lastCents: number): number {
  const num = Math.abs(deltaCents) * 10_000;
  const den = Math.abs(lastCents);
  const q = Math.floor(num / den);
  return (num - q * den) * 2 >= den ? q + 1 : q;
}

function hundredthsText(h: number): string {
  return `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
}

/** Compares this year's amount with last year's (null: not imported). */
export function compareYears(nowFen: Fen, lastFen: Fen | null): YearChange {
  const nowText = formatWan(nowFen);
  if (lastFen === null) {
    return {
      nowFen,
      lastFen,
      direction: 'noLastYear',
      nowText,
      lastText: '',
      deltaText: '',
      percentText: null,
    };
  }
  const nowCents = fenToWanCents(nowFen);
  const lastCents = fenToWanCents(lastFen);
  const delta = nowCents - lastCents;
  const base = {
    nowFen,
    lastFen,
    nowText,
    lastText: formatWan(lastFen),
    deltaText: formatWan(Math.abs(delta) * FEN_PER_WAN_CENT),
  };
  if (delta === 0) return { ...base, direction: 'flat', percentText: null };
  if (lastCents === 0) return { ...base, direction: 'newItem', percentText: null };
  return {
    ...base,
    direction: delta > 0 ? 'increase' : 'decrease',
    percentText: hundredthsText(percentHundredths(delta, lastCents)),
  };
}

/** Whether the sentence of this change asks the clerk for “主要原因是…”. */
export function changeNeedsReason(c: YearChange): boolean {
  return c.direction === 'increase' || c.direction === 'decrease' || c.direction === 'newItem';
}

/**
 * The comparison clause after the figure, without leading punctuation:
 * "比上年减少436.66万元,下降36.77%" · "与上年持平" · "比上年增加1.00万元,上年无该项预算,无法计算增减比例".
 * '' when last year is unknown. `comma` is the published document's separator for the section.
 */
export function changeClause(c: YearChange, comma: string): string {
  switch (c.direction) {
    case 'increase':
      return `比上年增加${c.deltaText}万元${comma}增长${c.percentText}%`;
    case 'decrease':
      return `比上年减少${c.deltaText}万元${comma}下降${c.percentText}%`;
    case 'flat':
      return '与上年持平';
    case 'newItem':
      return `比上年增加${c.deltaText}万元${comma}上年无该项预算${comma}无法计算增减比例`;
    case 'noLastYear':
      return '';
  }
}

/** Amount text in whole 万元 when exact ("375"), otherwise two decimals ("375.50"). */
export function wanCompact(fen: Fen): string {
  const text = formatWan(fen);
  return fen % 1_000_000 === 0 ? text.replace(/\.00$/, '') : text;
}
