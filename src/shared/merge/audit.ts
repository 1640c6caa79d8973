/**
 * 审核 of a consolidated department: each merged unit on its own (its units, lines, projects and
 * plan, as if it were its own book), then the whole department, with the same checks.
 */
import type { BookSnapshot } from '../domain';
import { validateBook } from '../validation';
import type { MergeAuditCount, MergeSourceRecord } from './types';

/** The part of a department book that one unit and its own subordinate units make up. */
function unitScope(book: BookSnapshot, unitCodes: readonly string[]): BookSnapshot {
  const codes = new Set(unitCodes);
  const top = unitCodes[0];
  const projects = book.projects.filter((p) => codes.has(p.unitCode));
  const projectCodes = new Set(projects.map((p) => p.code));
  return {
    info: { ...book.info, unitCode: top },
    units: book.units
      .filter((u) => codes.has(u.code))
      .map((u) => (u.code === top ? { ...u, parentCode: null } : u)),
    projects,
    lines: book.lines.filter((l) => codes.has(l.unitCode)),
    plan: book.plan.filter((e) => codes.has(e.unitCode)),
    indicators: (book.indicators ?? []).filter((i) => projectCodes.has(i.projectCode)),
  };
}

function count(book: BookSnapshot, unitCode: string, unitName: string): MergeAuditCount {
  const findings = validateBook(book);
  return {
    unitCode,
    unitName,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

/** 审核 counts per merged unit, then of the whole department (unitCode ''). */
export function mergeAudit(
  book: BookSnapshot,
  records: readonly MergeSourceRecord[],
): MergeAuditCount[] {
  const name = (code: string): string => book.units.find((u) => u.code === code)?.name ?? code;
  return [
    ...records.map((r) => count(unitScope(book, r.units), r.unitCode, name(r.unitCode))),
    count(book, '', `${name(book.info.unitCode)}（全部门）`),
  ];
}
