/**
 * Unit rows (table 11): a grand total, then per unit a "<单位>-小计" row and one row per 部门经济分类
 * 类 (names only, no codes). Every row repeats the unit code and name, as printed.
 */
import type { BookSnapshot, Unit } from '../../domain';
import type { PreparedLine } from '../prepare';
import type { UnitsRowSource } from '../template';
import {
  addInto,
  bucket,
  isZero,
  newSums,
  totalTexts,
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
  const byUnit = new Map<string, Map<string, Sums>>();
  return {
    bucketsOf(line: PreparedLine): Sums {
      let classes = byUnit.get(line.unitCode);
      if (!classes) {
        classes = new Map();
        byUnit.set(line.unitCode, classes);
      }
      return bucket(classes, line.dept3, ctx.width);
    },
    finish(): BuiltRow[] {
      const total = newSums(ctx.width);
      const rows: BuiltRow[] = [];
      for (const unit of unitsInOrder(ctx.book)) {
        const classes = byUnit.get(unit.code);
        if (!classes) continue;
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
      rows.unshift({
        key: 'total',
        code: '',
        label: source.total.label,
        texts: totalTexts(source.total.field, source.total.label),
        sums: total,
        emphasis: 'total',
      });
      return rows;
    },
  };
}
