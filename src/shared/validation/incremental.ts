/**
 * 审核 after an edit, incrementally. A table identity reads only the tables it names, and most
 * identities check row by row (a row-sum per row, a tree-sum per parent row, a rows-match per
 * code), so after an edit only the parts that read a changed row are judged again:
 *   - a table whose model is the same object, or whose rows are equal, changed nothing;
 *   - a table with the same rows by key and order ("shape") changed the rows that differ;
 *   - a table whose rows appeared, vanished or moved is reshaped: its identities run in full.
 * The book rules (lines, plan, projects, units, last year) run again each time, reading line
 * groups kept from the last run and moved only for the lines an edit replaced (line-groups.ts).
 * The findings list is updated from what changed (incremental-findings.ts), so whoever shows it
 * (the 审核 worker's reply) can send only that. The result equals validateBook on the same book
 * and tables (tests compare the two over series of edits).
 */
import type { BookSnapshot } from '../domain';
import type { TableModel, TableRow } from '../tables/model';
import { sameRowKeys } from '../tables/model-patch';
import { makeContext, type ValidationExtra } from './context';
import { evaluateBookRules } from './evaluate';
import type { Finding } from './finding';
import type { FindingDelta } from './finding-delta';
import {
  assemble,
  Namer,
  reassemble,
  type Assembly,
  type OutcomeChange,
} from './incremental-findings';
import { KeptGroups } from './line-groups';
import { rulesOfBook } from './rule-sets';
import type { TableRule } from './rule-types';
import { TableSet } from './table-cells';
import { checksOf, layoutOf, unitsTouched, type RuleLayout } from './table-checks';
import { joinOutcomes, judgeByUnit, type RuleOutcome } from './table-rules';

const RULE_TABLES = new WeakMap<TableRule, number[]>();

/** The tables a rule reads: every `table` number in its definition. */
export function tablesOfRule(rule: TableRule): number[] {
  const known = RULE_TABLES.get(rule);
  if (known) return known;
  const found = new Set<number>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'table' && typeof x === 'number') found.add(x);
        else walk(x);
      }
    }
  };
  walk(rule);
  const tables = [...found];
  RULE_TABLES.set(rule, tables);
  return tables;
}

/** One identity's last outcome, by unit, on the layout of its tables' shape. */
interface RuleState {
  layout: RuleLayout;
  /** Each unit's place in `outcomes` (fixed while the layout holds). */
  places: Map<string, number>;
  outcomes: RuleOutcome[];
  outcome: RuleOutcome;
}

/** What the last run keeps for the next one. */
export interface ValidationState {
  packId: string;
  /** The pack's identities the states below belong to (another list: a full run). */
  rules: readonly TableRule[];
  models: readonly TableModel[];
  /** By the rule's place in the pack's table rules. */
  ruleStates: RuleState[];
  /** The findings assembled, kept for the next run to update (incremental-findings.ts). */
  assembly: Assembly;
  namer: Namer;
  /** The lines grouped for the book rules, moved by the next run's edits (line-groups.ts). */
  groups: KeptGroups;
  findings: Finding[];
  /** What changed from `previous`'s findings (null after a run from nothing). */
  delta: FindingDelta | null;
  /** Identities judged again this time, in full or in part (the rest kept their outcome). */
  rerun: number;
  /** Units (rows, parent rows, codes, whole small rules) judged this time. */
  units: number;
}

function sameCells(a: TableRow['cells'], b: TableRow['cells']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.kind !== y.kind) return false;
    if (x.kind === 'amount' && x.fen !== (y as typeof x).fen) return false;
    if (x.kind === 'text' && x.text !== (y as typeof x).text) return false;
  }
  return true;
}

function sameRow(a: TableRow, b: TableRow): boolean {
  return (
    a === b ||
    (a.code === b.code &&
      a.label === b.label &&
      a.emphasis === b.emphasis &&
      sameCells(a.cells, b.cells))
  );
}

/** What changed in a table: 'reshaped', or the indexes of rows that differ (none: unchanged). */
function tableChange(before: TableModel | undefined, after: TableModel): 'reshaped' | number[] {
  if (before === after) return [];
  if (
    !before ||
    !sameRowKeys(before.rows, after.rows) ||
    before.columns.length !== after.columns.length ||
    before.columns.some(
      (c, i) => c.caption !== after.columns[i].caption || c.kind !== after.columns[i].kind,
    )
  ) {
    return 'reshaped';
  }
  const changed: number[] = [];
  for (let i = 0; i < after.rows.length; i++) {
    if (!sameRow(before.rows[i], after.rows[i])) changed.push(i);
  }
  return changed;
}

function fullRun(tables: TableSet, rule: TableRule): RuleState {
  const layout = layoutOf(tables, rule);
  const units = judgeByUnit(checksOf(tables, rule, { layout }));
  const places = new Map([...units.keys()].map((u, i) => [u, i]));
  const outcomes = [...units.values()];
  return { layout, places, outcomes, outcome: joinOutcomes(outcomes) };
}

/** A finding equal in every field to the one kept from the last run takes the kept object. */
function keepSame(findings: Finding[], before: Map<string, Finding>): Finding[] {
  return findings.map((f) => {
    const old = before.get(f.key);
    return old && JSON.stringify(old) === JSON.stringify(f) ? old : f;
  });
}

/**
 * The findings of `book` with its table `models`, judging again only the identities — and
 * within them the rows — that the changes since `previous` touched.
 */
export function validateIncrementally(
  book: BookSnapshot,
  models: readonly TableModel[],
  previous?: ValidationState | null,
  extra: Pick<ValidationExtra, 'assets'> = {},
): ValidationState {
  const rules = rulesOfBook(book);
  const same =
    previous?.packId === book.info.packId && previous.rules === rules.tables ? previous : null;
  const before = new Map(same?.models.map((m) => [m.number, m]) ?? []);
  const reshaped = new Set<number>();
  const changedRows = new Map<number, number[]>();
  for (const m of models) {
    const change = tableChange(before.get(m.number), m);
    if (change === 'reshaped') reshaped.add(m.number);
    else if (change.length > 0) changedRows.set(m.number, change);
  }
  const tables = new TableSet([...models]);
  let rerun = 0;
  let units = 0;
  const ruleStates = rules.tables.map((rule, i): RuleState => {
    const kept = same?.ruleStates[i];
    const read = tablesOfRule(rule);
    if (!kept || read.some((t) => reshaped.has(t))) {
      rerun++;
      const state = fullRun(tables, rule);
      units += state.outcomes.length;
      return state;
    }
    if (!read.some((t) => changedRows.has(t))) return kept;
    const touched = unitsTouched(tables, rule, kept.layout, changedRows);
    if (touched.size === 0) return kept;
    rerun++;
    units += touched.size;
    const fresh = judgeByUnit(checksOf(tables, rule, { only: touched, layout: kept.layout }));
    const outcomes = kept.outcomes.slice();
    for (const [unit, outcome] of fresh) outcomes[kept.places.get(unit) as number] = outcome;
    return { ...kept, outcomes, outcome: joinOutcomes(outcomes) };
  });
  const namer = same?.namer ?? new Namer(rules);
  const groups = same?.groups ?? new KeptGroups();
  groups.follow(book);
  const ctx = makeContext(book, [...models], extra, groups);
  const bookFindings = keepSame(
    evaluateBookRules(ctx, rules.book).map((f) => namer.name(f)),
    new Map(same?.assembly.book.map((f) => [f.key, f]) ?? []),
  );
  const outcomes = ruleStates.map((r) => r.outcome);
  const changes: OutcomeChange[] = [];
  ruleStates.forEach((r, i) => {
    const was = same?.ruleStates[i];
    if (was && was !== r) changes.push({ before: was.outcome, after: r.outcome });
  });
  // Updated from the last run's assembly where there is one (null: keys repeat, or none).
  const updated = same
    ? reassemble(same.assembly, changes, outcomes, rules.tables, bookFindings, namer)
    : null;
  const assembly = updated?.assembly ?? assemble(outcomes, bookFindings, namer);
  const delta = updated?.delta ?? null;
  const findings = assembly.ordered;
  return {
    packId: book.info.packId,
    rules: rules.tables,
    models,
    ruleStates,
    assembly,
    namer,
    groups,
    findings,
    delta,
    rerun,
    units,
  };
}
