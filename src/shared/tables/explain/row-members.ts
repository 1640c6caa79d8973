/**
 * Which prepared lines a row of a table stands for, read back from the row's key. The row
 * builders bucket lines by integer for speed; here the same grouping is stated as predicates
 * over the prepared book, and wherever a row is a code range it is a LineFilter compiled by the
 * engine's own compileFilter, so the filter semantics exist once. The explain test checks every
 * amount cell of the sample against the engine's figure, so this reading cannot drift silently.
 */
import { EXPENDITURE_KINDS, type BookSnapshot, type Project } from '../../domain';
import { compileFilter, type LinePredicate, type PreparedBook } from '../prepare';
import type { FixedRow, LineFilter, RowSource } from '../template';

const NONE: LinePredicate = () => false;
const ALL: LinePredicate = () => true;

function anyOf(tests: LinePredicate[]): LinePredicate {
  if (tests.length === 0) return NONE;
  return (i) => tests.some((t) => t(i));
}

/** A fixed row: its own filter, or the union of the rows it adds up (recursively). */
function fixedMember(rows: readonly FixedRow[], key: string, p: PreparedBook): LinePredicate {
  const row = rows.find((r) => `fixed:${r.key}` === key);
  if (!row) return NONE;
  if (row.sumOf) return anyOf(row.sumOf.map((k) => fixedMember(rows, `fixed:${k}`, p)));
  return compileFilter(row.filter ?? {}, p);
}

function byFilter(filter: LineFilter, p: PreparedBook): LinePredicate {
  return compileFilter(filter, p);
}

function unitIs(code: string, p: PreparedBook): LinePredicate {
  const u = p.units.indexOf(code);
  return (i) => p.unit[i] === u;
}

/** Lines of a 一级 project: its own and its 二级 projects' (projects.ts rolls up the same). */
function projectMember(code: string, book: BookSnapshot, p: PreparedBook): LinePredicate {
  const codes = new Set([code]);
  for (const q of book.projects) if (q.level === 2 && q.parentCode === code) codes.add(q.code);
  const ids = new Uint8Array(p.projects.codes.length);
  p.projects.codes.forEach((c, id) => {
    if (codes.has(c)) ids[id] = 1;
  });
  return (i) => p.project[i] >= 0 && ids[p.project[i]] === 1;
}

function otherKindMember(unit: string, kind: string, p: PreparedBook): LinePredicate {
  const k = EXPENDITURE_KINDS.indexOf(kind as (typeof EXPENDITURE_KINDS)[number]);
  const isUnit = unitIs(unit, p);
  return (i) => p.project[i] < 0 && p.kind[i] === k && isUnit(i);
}

function projectsMember(
  source: Extract<RowSource, { type: 'projects' }>,
  key: string,
  book: BookSnapshot,
  p: PreparedBook,
): LinePredicate {
  const level1 = (unit?: string): Project[] =>
    book.projects.filter((q) => q.level === 1 && (unit === undefined || q.unitCode === unit));
  const unitRows = (unit: string): LinePredicate =>
    anyOf([
      ...level1(unit).map((q) => projectMember(q.code, book, p)),
      ...(source.layout === 'tree' ? (source.otherKinds ?? []) : []).map((o) =>
        otherKindMember(unit, o.kind, p),
      ),
    ]);
  if (key === 'total') {
    if (source.layout === 'level1')
      return anyOf(level1().map((q) => projectMember(q.code, book, p)));
    return anyOf(book.units.map((u) => unitRows(u.code)));
  }
  if (key.startsWith('project:')) {
    const code = key.slice('project:'.length);
    const q = book.projects.find((x) => x.code === code);
    if (!q) return NONE;
    if (q.level === 1) return projectMember(code, book, p);
    const id = p.projects.codes.indexOf(code);
    return (i) => p.project[i] === id;
  }
  if (key.startsWith('other:')) {
    const [, unit, kind] = key.split(':');
    return otherKindMember(unit, kind, p);
  }
  if (key.startsWith('unit:')) return unitRows(key.slice('unit:'.length));
  return NONE;
}

/**
 * The lines a row (by key) of a non-side-by-side row source stands for, before the table's
 * scope and the column's filter. A side-by-side table passes one half's fixed rows.
 */
export function rowMember(
  source: RowSource,
  key: string,
  book: BookSnapshot,
  p: PreparedBook,
  half?: 'left' | 'right',
): LinePredicate {
  switch (source.type) {
    case 'fixed':
      return fixedMember(source.rows, key, p);
    case 'sideBySide':
      return fixedMember((half === 'right' ? source.right : source.left).flat(), key, p);
    case 'functionHierarchy':
      if (key === 'total') return ALL;
      return byFilter({ functionPrefixes: [key.slice('fn:'.length)] }, p);
    case 'economicPairs': {
      if (key === 'total') return ALL;
      const [dept, gov] = key.slice('pair:'.length).split('|');
      return byFilter({ deptEconPrefixes: [dept], govEconPrefixes: [gov] }, p);
    }
    case 'units': {
      if (key === 'total') return ALL;
      const [, unit, cls] = key.split(':');
      const isUnit = unitIs(unit, p);
      if (cls === undefined) return isUnit;
      const inClass = byFilter({ deptEconPrefixes: [cls] }, p);
      return (i) => isUnit(i) && inClass(i);
    }
    case 'projects':
      return projectsMember(source, key, book, p);
  }
}
