/**
 * Prepares a book's line items once per derivation: code prefixes cut, the 一级 project and the
 * unit type looked up, fund source and kind turned into small indexes. Every table then reads
 * these rows instead of re-slicing strings for each of the thirteen tables.
 */
import {
  EXPENDITURE_KINDS,
  FUND_SOURCES,
  type BookSnapshot,
  type Fen,
  type LineItem,
  type UnitType,
} from '../domain';
import type { LineFilter } from './template';

export interface PreparedLine {
  source: LineItem;
  amount: Fen;
  fundIdx: number;
  kindIdx: number;
  unitCode: string;
  unitType: UnitType;
  fn: string;
  fn3: string;
  fn5: string;
  dept: string;
  dept3: string;
  gov: string;
  gov3: string;
  /** 二级 project code (or the 一级 code when the line names a 一级 project directly). */
  project: string | null;
  /** The 一级 project the line rolls up to. */
  project1: string | null;
  /** "dept|gov" 款 pair, the key of the economic-pair tables. */
  pair: string;
}

export class TableDataError extends Error {
  readonly code = 'TABLE_DATA';
}

const FUND_INDEX = new Map<string, number>(FUND_SOURCES.map((f, i) => [f, i]));
const KIND_INDEX = new Map<string, number>(EXPENDITURE_KINDS.map((k, i) => [k, i]));

export function prepareLines(book: BookSnapshot): PreparedLine[] {
  const unitType = new Map(book.units.map((u) => [u.code, u.type]));
  const parentOf = new Map(book.projects.map((p) => [p.code, p.level === 1 ? p.code : p.parentCode]));
  const out: PreparedLine[] = new Array(book.lines.length);
  for (let i = 0; i < book.lines.length; i++) {
    const l = book.lines[i];
    const type = unitType.get(l.unitCode);
    if (!type) {
      throw new TableDataError(
        `明细（编号 ${l.id}）的单位编码“${l.unitCode}”不在本预算的单位列表中，请先在“单位”中登记该单位`,
      );
    }
    let project1: string | null = null;
    if (l.projectCode) {
      project1 = parentOf.get(l.projectCode) ?? null;
      if (!project1) {
        throw new TableDataError(
          `明细（编号 ${l.id}）的项目编码“${l.projectCode}”不在项目库中，请先在“项目”中登记该项目及其一级项目`,
        );
      }
    }
    const fundIdx = FUND_INDEX.get(l.fundSource);
    const kindIdx = KIND_INDEX.get(l.kind);
    if (fundIdx === undefined || kindIdx === undefined) {
      throw new TableDataError(`明细（编号 ${l.id}）的资金来源或支出类型不可识别，请在明细中重新选择`);
    }
    out[i] = {
      source: l,
      amount: l.amountFen,
      fundIdx,
      kindIdx,
      unitCode: l.unitCode,
      unitType: type,
      fn: l.functionCode,
      fn3: l.functionCode.slice(0, 3),
      fn5: l.functionCode.slice(0, 5),
      dept: l.deptEconCode,
      dept3: l.deptEconCode.slice(0, 3),
      gov: l.govEconCode,
      gov3: l.govEconCode.slice(0, 3),
      project: l.projectCode,
      project1,
      pair: `${l.deptEconCode}|${l.govEconCode}`,
    };
  }
  return out;
}

export type LinePredicate = (line: PreparedLine) => boolean;

function prefixTest(prefixes: readonly string[], pick: (l: PreparedLine) => string): LinePredicate {
  if (prefixes.length === 1) {
    const p = prefixes[0];
    return (l) => pick(l).startsWith(p);
  }
  return (l) => {
    const code = pick(l);
    for (const p of prefixes) if (code.startsWith(p)) return true;
    return false;
  };
}

/** Compiles a filter to a predicate; fund and kind become lookups in small boolean tables. */
export function compileFilter(filter: LineFilter | undefined): LinePredicate {
  if (!filter) return () => true;
  const tests: LinePredicate[] = [];
  if (filter.fundSources) {
    const ok = FUND_SOURCES.map((f) => filter.fundSources!.includes(f));
    tests.push((l) => ok[l.fundIdx]);
  }
  if (filter.kinds) {
    const ok = EXPENDITURE_KINDS.map((k) => filter.kinds!.includes(k));
    tests.push((l) => ok[l.kindIdx]);
  }
  if (filter.functionPrefixes) tests.push(prefixTest(filter.functionPrefixes, (l) => l.fn));
  if (filter.deptEconPrefixes) tests.push(prefixTest(filter.deptEconPrefixes, (l) => l.dept));
  if (filter.govEconPrefixes) tests.push(prefixTest(filter.govEconPrefixes, (l) => l.gov));
  if (filter.unitTypes) {
    const types = new Set<string>(filter.unitTypes);
    tests.push((l) => types.has(l.unitType));
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0];
  if (tests.length === 2) {
    const [a, b] = tests;
    return (l) => a(l) && b(l);
  }
  return (l) => tests.every((t) => t(l));
}
