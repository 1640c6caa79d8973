/**
 * 功能分类 rows: lines are bucketed by their 项 once; 款 and 类 are rolled up from the 项
 * buckets afterwards, so a line costs one map lookup whatever the depth.
 */
import type { FunctionHierarchyRowSource } from '../template';
import {
  addInto,
  bucket,
  isZero,
  newSums,
  slot,
  totalRow,
  type BuildContext,
  type BuiltRow,
  type RowBuilder,
  type Sums,
} from './types';

export function functionHierarchyRows(
  source: FunctionHierarchyRowSource,
  ctx: BuildContext,
): RowBuilder {
  const items: (Sums | undefined)[] = [];
  const { fn } = ctx.p;
  return {
    bucketsOf(i: number): Sums {
      return slot(items, fn[i], ctx.width);
    },
    finish(): BuiltRow[] {
      const total = newSums(ctx.width);
      const byCode = new Map<string, Sums>();
      for (let id = 0; id < items.length; id++) {
        const sums = items[id];
        if (!sums) continue;
        const code = ctx.p.fns.codes[id];
        addInto(total, sums);
        for (const len of [3, 5, 7]) addInto(bucket(byCode, code.slice(0, len), ctx.width), sums);
      }
      const rows: BuiltRow[] = [totalRow(source.total, total)];
      // Code order puts each 类 before its 款 and each 款 before its 项 (prefixes sort first).
      const codes = [...byCode.keys()].sort();
      for (const code of codes) {
        const sums = byCode.get(code)!;
        if (isZero(sums)) continue;
        const name = ctx.catalog.functionName(code);
        rows.push({
          key: `fn:${code}`,
          code,
          label: name,
          texts: { code, name, codeName: `[${code}]${name}` },
          sums,
          emphasis: 'normal',
        });
      }
      return rows;
    },
  };
}
