/**
 * The year-on-year wording of 第三部分: 增加/减少 with 增长/下降, 与上年持平 when equal, and no
 * percentage when last year had nothing. Changes and percentages follow the one rule of
 * ../year-change.ts (on the printed 万元 figures): 436.66 / 1187.45 = 36.77%.
 */
import type { Fen } from '../domain';
import { formatWan } from '../money';
import { percentText, printedChange } from '../year-change';
import type { YearChange } from './types';

/** 分 in 0.01 万元. */
const FEN_PER_WAN_CENT = 10_000;

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
  const { deltaCents: delta, percentHundredths } = printedChange(nowFen, lastFen);
  const base = {
    nowFen,
    lastFen,
    nowText,
    lastText: formatWan(lastFen),
    deltaText: formatWan(Math.abs(delta) * FEN_PER_WAN_CENT),
  };
  if (delta === 0) return { ...base, direction: 'flat', percentText: null };
  if (percentHundredths === null) return { ...base, direction: 'newItem', percentText: null };
  return {
    ...base,
    direction: delta > 0 ? 'increase' : 'decrease',
    percentText: percentText(percentHundredths),
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
