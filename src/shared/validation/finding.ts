/**
 * A finding of the checks (审核结果): what does not tie out, by how much, and where to fix it.
 * Findings are plain data so the UI, the CLI (`validate --json`) and the export's 审核说明 sheet
 * all read the same thing.
 */
import type { Fen } from '../domain';
import { fenToWanCents, formatWan, formatYuan } from '../money';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Chinese word for a severity, as the clerk reads it. */
export const SEVERITY_TEXT: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** An amount with its two printed forms, so no consumer needs to convert 分 itself. */
export interface MoneyValue {
  fen: Fen;
  /** 万元, two decimals, rounded half-up: "723.03". */
  wan: string;
  /** 元 with thousands separators: "7,230,300.00". */
  yuan: string;
}

/** A printed cell the finding is about. */
export interface CellRef {
  /** Table number in the pack (1..13 for Jiangmen 2021). */
  table: number;
  /** TableRow.key of the row. */
  rowKey: string;
  /** The row's printed label, for people. */
  rowLabel: string;
  /** Leaf column caption as the table prints it. */
  column: string;
}

export const ENTRY_TYPES = [
  'line',
  'project',
  'plan',
  'unit',
  'lastYear',
  'reason',
  'note',
  'assets',
] as const;
type EntryType = (typeof ENTRY_TYPES)[number];

/**
 * Where the clerk goes to fix it: the screen and the record to focus. The UI maps `screen` to a
 * route; the CLI prints the label.
 */
interface OpenTarget {
  screen: 'lines' | 'projects' | 'plan' | 'units' | 'last-year' | 'reasons' | 'notes' | 'assets';
  /** Line item id, project code, unit code, "unitCode/fundSource" for a plan entry, or a key. */
  focus: string;
}

/** A book entry (line item, project, plan entry, …) involved in a finding. */
export interface EntryRef {
  type: EntryType;
  /** Database id for line items. */
  id?: number;
  /** Code for projects and units; fund source for plan entries; item key for last-year figures. */
  code?: string;
  /** One short Chinese phrase naming the entry, e.g. "第 12 行 2080199/30101 一般公共预算 53.74 万元". */
  label: string;
  open: OpenTarget;
}

export interface Finding {
  /**
   * Stable identity across runs of the same book (rule id + subject), so an 出错说明 written by the
   * clerk can be stored against it and found again after unrelated edits.
   */
  key: string;
  severity: Severity;
  /** Rule id, e.g. "PLAN-SOURCE" or "X11". */
  rule: string;
  /** The rule in words. */
  ruleText: string;
  /** The rule's short Chinese name: the heading of the finding, beside its id. */
  ruleName?: string;
  /** One Chinese sentence: what does not tie out, by how much, and where to fix it. */
  message: string;
  /** What the rule says the amount should be; null for findings that are not a comparison. */
  expected: MoneyValue | null;
  /** The amount found. */
  actual: MoneyValue | null;
  /** actual − expected. */
  difference: MoneyValue | null;
  /** Cells and entries involved; a finding about many lines names at most the first 20 of them. */
  where: { cells: CellRef[]; entries: EntryRef[] };
}

export function money(fen: Fen): MoneyValue {
  return { fen, wan: formatWan(fen), yuan: formatYuan(fen) };
}

/** "723.03 万元（7,230,300.00 元）" — the form messages quote amounts in. */
export function moneyText(fen: Fen): string {
  return `${formatWan(fen)} 万元（${formatYuan(fen)} 元）`;
}

/**
 * Difference wording: "多 1.00 万元（10,000.00 元）" / "少 …"; a difference too small to show in
 * 万元 is given in 元 only ("少 6.38 元"), never as a puzzling "0.00 万元".
 */
export function differenceText(actual: Fen, expected: Fen): string {
  const d = Math.abs(actual - expected);
  const text = fenToWanCents(d) === 0 ? `${formatYuan(d)} 元` : moneyText(d);
  return `${actual > expected ? '多' : '少'} ${text}`;
}

/** The three money fields of a comparison finding. */
export function comparison(
  expected: Fen,
  actual: Fen,
): Pick<Finding, 'expected' | 'actual' | 'difference'> {
  return { expected: money(expected), actual: money(actual), difference: money(actual - expected) };
}

export const NO_AMOUNTS: Pick<Finding, 'expected' | 'actual' | 'difference'> = {
  expected: null,
  actual: null,
  difference: null,
};

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within a severity by rule and key, so output is stable. */
export function compareFindings(
  a: Pick<Finding, 'severity' | 'rule' | 'key'>,
  b: Pick<Finding, 'severity' | 'rule' | 'key'>,
): number {
  return (
    ORDER[a.severity] - ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
