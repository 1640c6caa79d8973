/**
 * The classification and project rules of one line item, shared by the file import (row by row)
 * and by lines:save-many (lines typed or pasted in the app), so both accept and refuse the same
 * lines.
 */
import { CatalogError, type Catalog } from '../../shared/catalogs';
import {
  EXPENDITURE_KINDS,
  FUND_SOURCES,
  type ExpenditureKind,
  type FundSource,
  type UnitType,
} from '../../shared/domain';
import type { LineColumn } from './lines-layout';

export interface Problem {
  column: LineColumn;
  message: string;
}

/** Dashes and spaces as Excel or an input method may type them. */
function normaliseChoice(text: string): string {
  return text
    .trim()
    .replace(/[\s\u3000]/g, '')
    .replace(/[－—–]/g, '-');
}

const KINDS = new Set<string>(EXPENDITURE_KINDS);
const SOURCES = new Set<string>(FUND_SOURCES);

export function parseKind(text: string): ExpenditureKind | Problem {
  const k = normaliseChoice(text);
  if (KINDS.has(k)) return k as ExpenditureKind;
  return {
    column: '支出类型',
    message: `${k === '' ? '支出类型为空' : `“${text.trim()}”不是支出类型`}，应为以下之一：${EXPENDITURE_KINDS.join('、')}`,
  };
}

export function parseFundSource(text: string): FundSource | Problem {
  const s = normaliseChoice(text);
  if (SOURCES.has(s)) return s as FundSource;
  return {
    column: '资金来源',
    message: `${s === '' ? '资金来源为空' : `“${text.trim()}”不是资金来源`}，应为以下之一：${FUND_SOURCES.join('、')}`,
  };
}

interface LineCodes {
  functionCode: string;
  deptEconCode: string;
  govEconCode: string;
}

/**
 * Checks the three codes against the year's catalog and fills an empty 政府 code from the
 * default mapping. 结转下年 carries no economic codes, so it may leave both empty.
 */
export function checkCodes(
  catalog: Catalog,
  unitType: UnitType,
  kind: ExpenditureKind | null,
  raw: LineCodes,
  problems: Problem[],
): LineCodes {
  const functionCode = raw.functionCode.trim();
  const deptEconCode = raw.deptEconCode.trim();
  let govEconCode = raw.govEconCode.trim();
  const catalogProblem = (column: LineColumn, fn: () => unknown): boolean => {
    try {
      fn();
      return true;
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      problems.push({ column, message: e.message });
      return false;
    }
  };
  if (functionCode === '')
    problems.push({ column: '功能科目编码', message: '功能科目编码为空，请填写 7 位项级科目编码' });
  else catalogProblem('功能科目编码', () => catalog.requireFunctionItem(functionCode));

  if (deptEconCode === '') {
    if (kind !== '结转下年' && kind !== null) {
      problems.push({
        column: '部门经济科目编码',
        message: '部门经济科目编码为空，请填写 5 位款级科目编码（只有“结转下年”可不填）',
      });
    } else if (govEconCode !== '') {
      problems.push({
        column: '政府经济科目编码',
        message: '填写了政府经济科目编码却没有部门经济科目编码，请补填部门经济科目或清空本列',
      });
    }
    return { functionCode, deptEconCode, govEconCode };
  }
  if (!catalogProblem('部门经济科目编码', () => catalog.requireDeptEcon(deptEconCode))) {
    return { functionCode, deptEconCode, govEconCode };
  }
  if (govEconCode === '') {
    catalogProblem('政府经济科目编码', () => {
      govEconCode = catalog.defaultGovEcon(deptEconCode, unitType);
    });
  } else if (
    catalogProblem('政府经济科目编码', () => catalog.requireGovEcon(govEconCode)) &&
    !catalog.isGovEconAllowed(deptEconCode, govEconCode, unitType)
  ) {
    let hint = '';
    try {
      hint = `（${unitType}默认对应“${catalog.defaultGovEcon(deptEconCode, unitType)}”）`;
    } catch {
      hint = '';
    }
    problems.push({
      column: '政府经济科目编码',
      message: `政府经济科目“${govEconCode}”不能与部门经济科目“${deptEconCode}”对应${hint}，请改正，或留空按默认对应`,
    });
  }
  return { functionCode, deptEconCode, govEconCode };
}
