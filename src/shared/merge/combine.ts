/**
 * 汇总 on plain data: the department book with unit books merged in, as the table engine and the
 * checks read it. What a unit book brought last time is taken out first (merging the same unit
 * again replaces it); the department's own units, lines, projects and plan are never touched.
 * The ledger writes exactly this (the main process's ledger/merge.ts); the preview derives from it.
 */
import type { BookSnapshot, Unit } from '../domain';
import type { MergeSourceRecord } from './types';

/** Family of a template pack ("jiangmen-2021" → "jiangmen"): one region's packs across years. */
export function packFamily(packId: string): string {
  return packId.replace(/-\d{4}$/, '');
}

/** The unit codes a unit book brings: all of its units. */
export function broughtUnits(unit: BookSnapshot): string[] {
  const top = unit.info.unitCode;
  return [top, ...unit.units.map((u) => u.code).filter((c) => c !== top)];
}

/** Codes of the units the given sources brought last time (those a new merge of them replaces). */
export function previouslyBrought(
  records: readonly MergeSourceRecord[],
  sources: readonly BookSnapshot[],
): Set<string> {
  const tops = new Set(sources.map((s) => s.info.unitCode));
  return new Set(records.filter((r) => tops.has(r.unitCode)).flatMap((r) => r.units));
}

/** A unit book's units as subordinate units of the department: its top unit gets the parent. */
export function unitsUnder(dept: BookSnapshot, unit: BookSnapshot): Unit[] {
  return unit.units.map((u) =>
    u.code === unit.info.unitCode ? { ...u, parentCode: dept.info.unitCode } : u,
  );
}

/**
 * The department with `sources` merged in. Line ids of merged lines are numbered after the
 * department's (the ledger numbers them itself; ids only matter within one snapshot).
 */
export function mergedSnapshot(
  dept: BookSnapshot,
  records: readonly MergeSourceRecord[],
  sources: readonly BookSnapshot[],
): BookSnapshot {
  const gone = previouslyBrought(records, sources);
  const incoming = new Set(sources.flatMap(broughtUnits));
  const keep = (code: string): boolean => !gone.has(code) && !incoming.has(code);
  let nextId = Math.max(0, ...dept.lines.map((l) => l.id)) + 1;
  return {
    ...dept,
    units: [
      ...dept.units.filter((u) => keep(u.code)),
      ...sources.flatMap((s) => unitsUnder(dept, s)),
    ],
    projects: [
      ...dept.projects.filter((p) => keep(p.unitCode)),
      ...sources.flatMap((s) => s.projects),
    ],
    lines: [
      ...dept.lines.filter((l) => keep(l.unitCode)),
      ...sources.flatMap((s) => s.lines.map((l) => ({ ...l, id: nextId++ }))),
    ],
    plan: [...dept.plan.filter((e) => keep(e.unitCode)), ...sources.flatMap((s) => s.plan)],
    indicators: [
      ...(dept.indicators ?? []).filter((i) =>
        dept.projects.some((p) => p.code === i.projectCode && keep(p.unitCode)),
      ),
      ...sources.flatMap((s) => s.indicators ?? []),
    ],
  };
}
