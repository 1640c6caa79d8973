/**
 * Judges the identities between printed cells. Both sides are compared exactly in 分: a
 * difference is an error. When the 分 agree but the printed parts (each rounded on its own) do not
 * add up to the printed total (rounded after summing), that is a 尾差 — an info finding that says
 * why, merged across the tables that print the same quantity.
 */
import { fenToWanCents, sumFen } from '../money';
import type { TableModel } from '../tables/model';
import { comparison, differenceText, moneyText, type CellRef, type Finding } from './finding';
import type { TableRule } from './rule-types';
import { TableSet, cellText, type CellValue } from './table-cells';
import { checksOf, type CellCheck, type EqualCheck, type SumCheck } from './table-checks';

const FEN_PER_WAN_CENT = 10_000;

const FIX_HINT =
  '表格由明细自动生成，出现此差异说明模板包的行列定义或表格生成有误：请检查模板包中该表的定义（行、列的取数条件），或联系技术支持';

function partsText(parts: CellValue[]): string {
  if (parts.length === 0) return '（无组成行）';
  const shown = parts.slice(0, 6).map((p) => `“${p.ref.rowLabel}”`);
  return parts.length > 6 ? `${shown.join('、')}等 ${parts.length} 项` : shown.join('、');
}

function sumError(check: SumCheck): Finding {
  const expected = sumFen(check.parts.map((p) => p.fen));
  const actual = check.total.fen;
  const t = check.total.ref;
  return {
    key: `${check.rule.id}:${t.table}:${t.rowKey}:${t.column}`,
    severity: 'error',
    rule: check.rule.id,
    ruleText: check.rule.text,
    message:
      `${cellText(t)}为 ${moneyText(actual)}，而其组成部分 ${partsText(check.parts)} 合计为 ` +
      `${moneyText(expected)}，${differenceText(actual, expected)}。${check.rule.hint ?? FIX_HINT}。`,
    ...comparison(expected, actual),
    where: { cells: [t, ...check.parts.map((p) => p.ref)], entries: [] },
  };
}

function equalErrors(check: EqualCheck): Finding[] {
  const [first, ...rest] = check.cells;
  const bad = rest.filter((c) => c.fen !== first.fen);
  if (bad.length === 0) return [];
  const other = bad[0];
  const subject = check.subject ? `:${check.subject}` : '';
  const f = first.ref;
  return [
    {
      key: `${check.rule.id}:${f.table}:${f.rowKey}:${f.column}${subject}`,
      severity: 'error',
      rule: check.rule.id,
      ruleText: check.rule.text,
      message:
        `${cellText(first.ref)}为 ${moneyText(first.fen)}，${cellText(other.ref)}却为 ` +
        `${moneyText(other.fen)}，${differenceText(other.fen, first.fen)}；两处应为同一金额。${check.rule.hint ?? FIX_HINT}。`,
      ...comparison(first.fen, other.fen),
      where: { cells: check.cells.map((c) => c.ref), entries: [] },
    },
  ];
}

export interface Tail {
  key: string;
  rule: TableRule;
  totalCents: number;
  partsCents: number;
  cells: CellRef[];
}

function tailOf(check: SumCheck): Tail | null {
  const totalCents = fenToWanCents(check.total.fen);
  const partsCents = check.parts.reduce((s, p) => s + fenToWanCents(p.fen), 0);
  if (totalCents === partsCents) return null;
  const group = check.rule.tailGroup ?? check.rule.id;
  return {
    key: `TAIL:${group}:${check.subject}:${totalCents}:${partsCents}`,
    rule: check.rule,
    totalCents,
    partsCents,
    cells: [check.total.ref],
  };
}

function tailFinding(tail: Tail): Finding {
  const expected = tail.totalCents * FEN_PER_WAN_CENT;
  const actual = tail.partsCents * FEN_PER_WAN_CENT;
  const places = tail.cells.map(cellText).join('、');
  return {
    key: tail.key,
    severity: 'info',
    rule: 'TAIL',
    ruleText: `取整尾差（${tail.rule.id}：${tail.rule.text}）`,
    message:
      `${places}印 ${moneyText(expected)}，其各组成部分的印数相加为 ${moneyText(actual)}，` +
      `${differenceText(actual, expected)}：这是取整尾差——每个单元格各自由分四舍五入到万元，` +
      `合计则先按分相加再取整；账内金额按分完全相符，无需调整。`,
    ...comparison(expected, actual),
    where: { cells: tail.cells, entries: [] },
  };
}

/** What one rule found: its errors, and its 尾差 before they are merged across rules. */
export interface RuleOutcome {
  findings: Finding[];
  tails: Tail[];
}

/** Judges checks, keeping what each unit of the rule found apart (incremental 审核 re-runs units). */
export function judgeByUnit(checks: readonly CellCheck[]): Map<string, RuleOutcome> {
  const units = new Map<string, RuleOutcome>();
  for (const check of checks) {
    let out = units.get(check.unit);
    if (!out) units.set(check.unit, (out = { findings: [], tails: [] }));
    if (check.type === 'equal') {
      out.findings.push(...equalErrors(check));
      continue;
    }
    if (sumFen(check.parts.map((p) => p.fen)) !== check.total.fen) {
      out.findings.push(sumError(check));
      continue;
    }
    const tail = tailOf(check);
    if (tail) out.tails.push(tail);
  }
  return units;
}

/** The units' outcomes as one, in the units' order. */
export function joinOutcomes(units: Iterable<RuleOutcome>): RuleOutcome {
  const findings: Finding[] = [];
  const tails: Tail[] = [];
  for (const u of units) {
    findings.push(...u.findings);
    tails.push(...u.tails);
  }
  return { findings, tails };
}

/** Runs one identity on the tables. */
function evaluateTableRule(tables: TableSet, rule: TableRule): RuleOutcome {
  return joinOutcomes(judgeByUnit(checksOf(tables, rule)).values());
}

/** One finding for the tails of one quantity found by several rules: the first, naming every cell. */
export function mergedTailFinding(tails: readonly Tail[]): Finding {
  const cells: CellRef[] = [];
  for (const t of tails) if (!cells.some((c) => sameCell(c, t.cells[0]))) cells.push(t.cells[0]);
  return tailFinding({ ...tails[0], cells });
}

/** The tails of several rules' outcomes by key, each list in the rules' order. */
export function groupTails(outcomes: readonly RuleOutcome[]): Map<string, Tail[]> {
  const groups = new Map<string, Tail[]>();
  for (const o of outcomes) {
    for (const tail of o.tails) {
      const list = groups.get(tail.key);
      if (list) list.push(tail);
      else groups.set(tail.key, [tail]);
    }
  }
  return groups;
}

/** The findings of several rules' outcomes, 尾差 of the same quantity merged into one. */
function mergeOutcomes(outcomes: readonly RuleOutcome[]): Finding[] {
  const findings = outcomes.flatMap((o) => o.findings);
  for (const tails of groupTails(outcomes).values()) findings.push(mergedTailFinding(tails));
  return findings;
}

/** Findings of the table identities on these table models (unsorted). */
export function evaluateTableRules(rules: TableRule[], models: TableModel[]): Finding[] {
  const tables = new TableSet(models);
  return mergeOutcomes(rules.map((rule) => evaluateTableRule(tables, rule)));
}

function sameCell(a: CellRef, b: CellRef): boolean {
  return a.table === b.table && a.rowKey === b.rowKey && a.column === b.column;
}
