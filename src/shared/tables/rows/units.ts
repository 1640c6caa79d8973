/**
 * Unit rows (table 11): a grand total, then per unit a "<单位>-小计" row and one row per 部门经济分类
 * 类 (names only, no codes). Every row repeats the unit code and name, as printed.
 */
import type { BookSnapshot, Unit } from '../../domain';
import { Dict } from '../prepare';
import type { UnitsRowSource } from '../template';
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

/** The book's units in print order: the department itself first, then the others by code. */
export function unitsInOrder(book: BookSnapshot): Unit[] {
  const top = book.info.unitCode;
  return [...book.units].sort((a, b) =>
    a.code === top ? -1 : b.code === top ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
}

export function unitRows(source: UnitsRowSource, ctx: BuildContext): RowBuilder {
  // 部门经济分类 类 of each distinct 款, interned: a bucket is (unit, 类) by integer.
  const classDict = new Dict();
  const classOf = Int32Array.from(ctx.p.depts.codes, (code) => classDict.id(code.slice(0, 3)));
  const nClasses = classDict.codes.length;
  const buckets: (Sums | undefined)[] = [];
  const { unit, dept } = ctx.p;
  const unitIndex = new Map(ctx.p.units.map((code, i) => [code, i]));
  return {
    bucketsOf(i: number): Sums {
      return slot(buckets, unit[i] * nClasses + classOf[dept[i]], ctx.width);
    },
    finish(): BuiltRow[] {
      const total = newSums(ctx.width);
      const rows: BuiltRow[] = [];
      for (const unit of unitsInOrder(ctx.book)) {
        const u = unitIndex.get(unit.code)!;
        const classes = new Map<string, Sums>();
        for (let c = 0; c < nClasses; c++) {
          const sums = buckets[u * nClasses + c];
          if (sums) classes.set(classDict.codes[c], sums);
        }
        if (classes.size === 0) continue;
        const subtotal = newSums(ctx.width);
        for (const sums of classes.values()) addInto(subtotal, sums);
        if (isZero(subtotal)) continue;
        addInto(total, subtotal);
        const unitTexts = { unitCode: unit.code, unitName: unit.name };
        const label = `${unit.name}${source.subtotalSuffix}`;
        rows.push({
          key: `unit:${unit.code}`,
          code: unit.code,
          label,
          texts: { ...unitTexts, label },
          sums: subtotal,
          emphasis: 'subtotal',
        });
        for (const cls of [...classes.keys()].sort()) {
          const sums = classes.get(cls)!;
          if (isZero(sums)) continue;
          const name = source.classLabels?.[cls] ?? ctx.catalog.deptEcon(cls)?.name ?? cls;
          rows.push({
            key: `unit:${unit.code}:${cls}`,
            code: cls,
            label: name,
            texts: { ...unitTexts, label: name, code: cls },
            sums,
            emphasis: 'normal',
          });
        }
      }
      rows.unshift(totalRow(source.total, total));
      return rows;
    },
  };
}
