/**
 * 部门/政府 经济分类 pairs (tables 6 and 10): each (部门 类, 政府 类) row is followed by its
 * (部门 款, 政府 款) rows. The same 部门 code can appear under several 政府 codes, once per pair.
 * Sorted by 部门 code, then 政府 code (the published order is the finance system's, unsorted).
 */
import type { EconomicPairsRowSource } from '../template';
import {
  addInto,
  isZero,
  newSums,
  slot,
  totalRow,
  type BuildContext,
  type BuiltRow,
  type RowBuilder,
  type Sums,
} from './types';

interface Pair {
  dept: string;
  gov: string;
  sums: Sums;
}

function byCodes(a: Pair, b: Pair): number {
  return a.dept < b.dept ? -1 : a.dept > b.dept ? 1 : a.gov < b.gov ? -1 : a.gov > b.gov ? 1 : 0;
}

export function economicPairRows(source: EconomicPairsRowSource, ctx: BuildContext): RowBuilder {
  const pairs: (Sums | undefined)[] = [];
  const { pair } = ctx.p;
  const deptLabel = (code: string): string => `[${code}]${ctx.catalog.deptEcon(code)?.name ?? ''}`;
  const govLabel = (code: string): string => `[${code}]${ctx.catalog.govEcon(code)?.name ?? ''}`;
  const row = (p: Pair): BuiltRow => ({
    key: `pair:${p.dept}|${p.gov}`,
    code: p.dept,
    label: ctx.catalog.deptEcon(p.dept)?.name ?? '',
    texts: { code: p.dept, dept: deptLabel(p.dept), gov: govLabel(p.gov) },
    sums: p.sums,
    emphasis: 'normal',
  });

  return {
    bucketsOf(i: number): Sums {
      return slot(pairs, pair[i], ctx.width);
    },
    finish(): BuiltRow[] {
      const total = newSums(ctx.width);
      const classes = new Map<string, Pair & { items: Pair[] }>();
      for (let id = 0; id < pairs.length; id++) {
        const sums = pairs[id];
        if (!sums || isZero(sums)) continue;
        const dept = ctx.p.depts.codes[ctx.p.pairs[id][0]];
        const gov = ctx.p.govs.codes[ctx.p.pairs[id][1]];
        const classKey = `${dept.slice(0, 3)}|${gov.slice(0, 3)}`;
        let cls = classes.get(classKey);
        if (!cls) {
          cls = {
            dept: dept.slice(0, 3),
            gov: gov.slice(0, 3),
            sums: newSums(ctx.width),
            items: [],
          };
          classes.set(classKey, cls);
        }
        addInto(cls.sums, sums);
        addInto(total, sums);
        cls.items.push({ dept, gov, sums });
      }
      const rows: BuiltRow[] = [totalRow(source.total, total)];
      for (const cls of [...classes.values()].sort(byCodes)) {
        if (isZero(cls.sums)) continue;
        rows.push(row(cls));
        for (const item of cls.items.sort(byCodes)) rows.push(row(item));
      }
      return rows;
    },
  };
}
