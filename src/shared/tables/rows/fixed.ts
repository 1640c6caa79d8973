/**
 * Fixed rows: each row measures the lines its own filter selects, or adds up earlier rows in
 * unrounded 分. Rows print even when zero (the 23 function 类 of table 1 always print).
 */
import { compileFilter, filterKey, keyedCache, type LinePredicate } from '../prepare';
import type { FixedRow } from '../template';
import { newSums, type BuildContext, type BuiltRow, type RowBuilder, type Sums } from './types';

interface Measured {
  index: number;
  test: LinePredicate;
}

export function fixedRows(rows: readonly FixedRow[], ctx: BuildContext): RowBuilder {
  const sums: Sums[] = rows.map(() => newSums(ctx.width));
  const measured: Measured[] = [];
  rows.forEach((row, index) => {
    if (!row.sumOf) measured.push({ index, test: compileFilter(row.filter, ctx.p) });
  });
  const keys = new Map(rows.map((r, i) => [r.key, i]));
  // Which rows a line feeds depends only on the columns the row filters read: cache by that key.
  const key = filterKey(
    rows.map((r) => (r.sumOf ? undefined : (r.filter ?? {}))),
    ctx.p,
  );
  const rowsOf = keyedCache(key, (i: number): readonly Sums[] | null => {
    let hit: Sums[] | null = null;
    for (const m of measured) {
      if (m.test(i)) (hit ??= []).push(sums[m.index]);
    }
    return hit;
  });

  return {
    bucketsOf: rowsOf,
    finish(): BuiltRow[] {
      rows.forEach((row, i) => {
        if (!row.sumOf) return;
        for (const key of row.sumOf) {
          const j = keys.get(key);
          if (j === undefined || j >= i) {
            throw new Error(
              `模板错误：第 ${i + 1} 行“${row.label}”合计的行“${key}”不存在或不在其前面`,
            );
          }
          for (let c = 0; c < ctx.width; c++) sums[i][c] += sums[j][c];
        }
      });
      return rows.map((row, i) => ({
        key: `fixed:${row.key}`,
        code: '',
        label: row.label,
        texts: { label: row.label },
        sums: sums[i],
        emphasis: row.emphasis ?? 'normal',
      }));
    },
  };
}
