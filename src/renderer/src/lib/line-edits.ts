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

/** What a new row starts with: the 功能科目 and 资金来源 of the line above it (overwritable). */
export function inherited(above: LineItemInput | null | undefined): CellValues {
  return above ? { functionCode: above.functionCode, fundSource: above.fundSource } : {};
}

/**
 * A new line from the cells filled so far, or the columns still missing. The one rule for the
 * cells left empty, shared by typing and pasting: 功能科目 and 资金来源 from the line above (else
 * 一般公共预算), 支出类型 from the 部门经济科目, 政府经济科目 by the unit type's mapping (stored
 * as '' and mapped by the book).
 */
export function completeLine(
  values: CellValues,
  scope: GridScope,
  above?: LineItemInput | null,
): { line: LineItemInput } | { missing: string[] } {
  const given = Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== ''),
  ) as CellValues;
  const all: CellValues = { ...inherited(above), ...given };
  const missing = REQUIRED.filter(([k]) => all[k] === undefined).map(([, title]) => title);
  if (missing.length) return { missing };
  const dept = str(all.deptEconCode);
  return {
    line: {
      unitCode: str(all.unitCode) || scope.defaultUnitCode,
      functionCode: str(all.functionCode),
      deptEconCode: dept,
      govEconCode: str(all.govEconCode),
      kind: scope.fixedKind ?? (all.kind as ExpenditureKind | undefined) ?? defaultBasicKind(dept),
      projectCode: scope.projectCode,
      fundSource: (all.fundSource as LineItem['fundSource'] | undefined) ?? '一般公共预算',
      amountFen: Number(all.amountFen),
    },
  };
}

interface PastePlan {
  updates: { before: LineItem; after: LineItem }[];
  inserts: LineItemInput[];
  problems: string[];
}

/**
 * Spreads pasted rows over the grid from row `startRow` (0-based): rows over existing lines
 * update them, rows past the end become new lines, completed as a typed new row is (each from
 * the row above it). Row numbers in the problems are the grid's 序号.
 */
export function planPaste(
  pasted: readonly CellValues[],
  lines: readonly LineItem[],
  startRow: number,
  opts: LineOptions,
  scope: GridScope,
): PastePlan {
  const plan: PastePlan = { updates: [], inserts: [], problems: [] };
  let above: LineItemInput | null = lines[Math.min(startRow, lines.length) - 1] ?? null;
  pasted.forEach((values, r) => {
    const existing = lines[startRow + r];
    if (existing) {
      const after = applyValues(existing, values, opts, scope);
      plan.updates.push({ before: existing, after });
      above = after;
      return;
    }
    const done = completeLine(values, scope, above);
    if ('missing' in done) {
      for (const title of done.missing) {
        plan.problems.push(
          `第 ${startRow + r + 1} 行“${title}”列：新行须填写${title}，请在复制的区域中包含这一列并填上`,
        );
      }
    } else {
      plan.inserts.push(done.line);
      above = done.line;
    }
  });
  return plan;
}
