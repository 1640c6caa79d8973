/**
 * How cell values change lines: an edit of an existing line, a new line completed from the cells
 * the clerk filled, and a pasted block spread over existing and new rows. Pure, so the rules
 * (defaults of 政府经济科目 and 支出类型, what a new line needs) are tested without a browser.
 */
import type { ExpenditureKind, LineItem, LineItemInput, Unit } from '../../../shared/domain';
import {
  defaultBasicKind,
  defaultGov,
  type CellValues,
  type ColumnKey,
  type LineOptions,
} from './line-cells';

/** What the grid is showing: which kind a new line gets and which project it belongs to. */
export interface GridScope {
  /** 项目支出 grids fix the kind; basic grids choose 人员经费/公用经费. */
  fixedKind: ExpenditureKind | null;
  projectCode: string | null;
  /** The unit a new line belongs to when the grid has no 单位 column. */
  defaultUnitCode: string;
  units: readonly Unit[];
}

const REQUIRED: [ColumnKey, string][] = [
  ['functionCode', '功能科目'],
  ['deptEconCode', '部门经济科目'],
  ['amountFen', '金额'],
];

const str = (v: string | number | undefined): string => (typeof v === 'string' ? v : '');

/** A line with new values; a changed 部门经济科目 re-defaults what was defaulted before. */
export function applyValues(
  line: LineItem,
  values: CellValues,
  opts: LineOptions,
  scope: GridScope,
): LineItem {
  const next: LineItem = { ...line };
  for (const [k, v] of Object.entries(values) as [ColumnKey, string | number][]) {
    if (k === 'amountFen') next.amountFen = Number(v);
    else if (k === 'kind') next.kind = v as ExpenditureKind;
    else if (k === 'fundSource') next.fundSource = v as LineItem['fundSource'];
    else next[k] = String(v);
  }
  if (values.deptEconCode !== undefined && values.deptEconCode !== line.deptEconCode) {
    const unit = scope.units.find((u) => u.code === line.unitCode);
    if (
      values.govEconCode === undefined &&
      line.govEconCode === defaultGov(opts, line.deptEconCode, unit)
    ) {
      next.govEconCode = '';
    }
    if (
      !scope.fixedKind &&
      values.kind === undefined &&
      line.kind === defaultBasicKind(line.deptEconCode)
    ) {
      next.kind = defaultBasicKind(next.deptEconCode);
    }
  }
  return next;
}

/** A new line from the cells filled so far, or the names of the cells still missing. */
export function completeLine(
  values: CellValues,
  scope: GridScope,
): { line: LineItemInput } | { missing: string[] } {
  const missing = REQUIRED.filter(([k]) => values[k] === undefined || values[k] === '').map(
    ([, title]) => title,
  );
  if (missing.length) return { missing };
  const dept = str(values.deptEconCode);
  return {
    line: {
      unitCode: str(values.unitCode) || scope.defaultUnitCode,
      functionCode: str(values.functionCode),
      deptEconCode: dept,
      govEconCode: str(values.govEconCode),
      kind:
        scope.fixedKind ?? (values.kind as ExpenditureKind | undefined) ?? defaultBasicKind(dept),
      projectCode: scope.projectCode,
      fundSource: (values.fundSource as LineItem['fundSource'] | undefined) ?? '一般公共预算',
      amountFen: Number(values.amountFen),
    },
  };
}

export interface PastePlan {
  updates: { before: LineItem; after: LineItem }[];
  inserts: LineItemInput[];
  problems: string[];
}

/**
 * Spreads pasted rows over the grid from row `startRow` (0-based): rows over existing lines
 * update them, rows past the end become new lines (which must then be complete).
 */
export function planPaste(
  pasted: readonly CellValues[],
  lines: readonly LineItem[],
  startRow: number,
  opts: LineOptions,
  scope: GridScope,
): PastePlan {
  const plan: PastePlan = { updates: [], inserts: [], problems: [] };
  pasted.forEach((values, r) => {
    const existing = lines[startRow + r];
    if (existing) {
      plan.updates.push({ before: existing, after: applyValues(existing, values, opts, scope) });
      return;
    }
    const done = completeLine(values, scope);
    if ('missing' in done) {
      plan.problems.push(
        `第 ${startRow + r + 1} 行是新行，缺少“${done.missing.join('”“')}”，请在复制的区域中包含这些列`,
      );
    } else plan.inserts.push(done.line);
  });
  return plan;
}
