/**
 * Project rows. Lines are bucketed by the project they name (a 二级, or a 一级 directly); 一级
 * rows, unit 小计 rows and the total are rolled up from those buckets. In the `tree` layout
 * (table 12) lines of other kinds (经营支出, 对附属单位补助, 上缴上级) get a row per unit when
 * non-zero; the `level1` layout (table 13) prints one coded row per 一级 project.
 */
import { EXPENDITURE_KINDS, type Project } from '../../domain';
import { KIND_COUNT } from '../prepare';
import type { ProjectsRowSource } from '../template';
import { unitsInOrder } from './units';
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

const byCode = (a: Project, b: Project): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function projectRows(source: ProjectsRowSource, ctx: BuildContext): RowBuilder {
  const byProject: (Sums | undefined)[] = [];
  const others: (Sums | undefined)[] = []; // by unit × kind
  const kindOk = Uint8Array.from(EXPENDITURE_KINDS, (k) =>
    (source.otherKinds ?? []).some((o) => o.kind === k) ? 1 : 0,
  );
  const { project, unit, kind } = ctx.p;
  const projects = new Map<string, Sums>();
  const unitIndex = new Map(ctx.p.units.map((code, i) => [code, i]));
  const registry = ctx.book.projects;
  const childrenOf = new Map<string, Project[]>();
  for (const p of registry) {
    if (p.level !== 2 || !p.parentCode) continue;
    const list = childrenOf.get(p.parentCode) ?? [];
    list.push(p);
    childrenOf.set(p.parentCode, list);
  }
  for (const list of childrenOf.values()) list.sort(byCode);

  const level1Sums = (p: Project): Sums => {
    const sums = newSums(ctx.width);
    const own = projects.get(p.code);
    if (own) addInto(sums, own);
    for (const child of childrenOf.get(p.code) ?? []) {
      const s = projects.get(child.code);
      if (s) addInto(sums, s);
    }
    return sums;
  };

  const projectRow = (p: Project, sums: Sums, label: string, unitName: string): BuiltRow => ({
    key: `project:${p.code}`,
    code: p.code,
    label: p.name,
    texts: { code: p.code, label, unitCode: p.unitCode, unitName },
    sums,
    emphasis: 'normal',
  });

  return {
    bucketsOf(i: number): Sums | null {
      if (project[i] >= 0) return slot(byProject, project[i], ctx.width);
      if (kindOk[kind[i]] === 1) return slot(others, unit[i] * KIND_COUNT + kind[i], ctx.width);
      return null;
    },
    finish(): BuiltRow[] {
      byProject.forEach((sums, id) => {
        if (sums) projects.set(ctx.p.projects.codes[id], sums);
      });
      const total = newSums(ctx.width);
      const rows: BuiltRow[] = [];
      const level1 = registry.filter((p) => p.level === 1).sort(byCode);
      const unitName = new Map(ctx.book.units.map((u) => [u.code, u.name]));
      if (source.layout === 'level1') {
        for (const p of level1) {
          const sums = level1Sums(p);
          if (isZero(sums)) continue;
          addInto(total, sums);
          rows.push(projectRow(p, sums, p.name, unitName.get(p.unitCode) ?? ''));
        }
      } else {
        for (const unit of unitsInOrder(ctx.book)) {
          const unitRowsOut: BuiltRow[] = [];
          const subtotal = newSums(ctx.width);
          for (const p of level1.filter((q) => q.unitCode === unit.code)) {
            const sums = level1Sums(p);
            if (isZero(sums)) continue;
            addInto(subtotal, sums);
            unitRowsOut.push(projectRow(p, sums, p.name, unit.name));
            for (const child of childrenOf.get(p.code) ?? []) {
              const s = projects.get(child.code);
              if (!s || isZero(s)) continue;
              unitRowsOut.push(
                projectRow(child, s, `${source.childPrefix ?? ''}${child.name}`, unit.name),
              );
            }
          }
          for (const other of source.otherKinds ?? []) {
            const s =
              others[
                unitIndex.get(unit.code)! * KIND_COUNT + EXPENDITURE_KINDS.indexOf(other.kind)
              ];
            if (!s || isZero(s)) continue;
            addInto(subtotal, s);
            unitRowsOut.push({
              key: `other:${unit.code}:${other.kind}`,
              code: '',
              label: other.label,
              texts: { unitCode: unit.code, unitName: unit.name, label: other.label },
              sums: s,
              emphasis: 'normal',
            });
          }
          if (unitRowsOut.length === 0) continue;
          addInto(total, subtotal);
          const label = `${unit.name}${source.subtotalSuffix ?? ''}`;
          rows.push({
            key: `unit:${unit.code}`,
            code: unit.code,
            label,
            texts: { unitCode: unit.code, unitName: unit.name, label },
            sums: subtotal,
            emphasis: 'subtotal',
          });
          rows.push(...unitRowsOut);
        }
      }
      rows.unshift(totalRow(source.total, total));
      return rows;
    },
  };
}
