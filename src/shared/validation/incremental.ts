/**
 * 审核 after an edit, incrementally: a table identity reads only the tables it names, so after a
 * change only the identities over tables whose models changed run again; the others keep their
 * outcome. The book rules (lines, plan, projects, units, last year) are linear in the book and
 * run again each time. The result equals validateBook on the same book and tables.
 */
import type { BookSnapshot } from '../domain';
import type { TableModel } from '../tables/model';
import { makeContext, type ValidationExtra } from './context';
import { evaluateBookRules } from './evaluate';
import { sortFindings, type Finding } from './finding';
import { withRuleNames } from './rule-names';
import { rulesOfBook } from './rule-sets';
import type { TableRule } from './rule-types';
import { TableSet } from './table-cells';
import { evaluateTableRule, mergeOutcomes, type RuleOutcome } from './table-rules';

/** The tables a rule reads: every `table` number in its definition. */
export function tablesOfRule(rule: TableRule): number[] {
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
  return [...found];
}

/** What the last run keeps for the next one. */
export interface ValidationState {
  packId: string;
  models: readonly TableModel[];
  /** By the rule's place in the pack's table rules. */
  outcomes: RuleOutcome[];
  findings: Finding[];
  /** Identities that ran this time (the rest kept their outcome). */
  rerun: number;
}

/**
 * The findings of `book` with its table `models`, re-running only the identities over tables
 * whose model objects differ from those of `previous`.
 */
export function validateIncrementally(
  book: BookSnapshot,
  models: readonly TableModel[],
  previous?: ValidationState | null,
  extra: Pick<ValidationExtra, 'assets'> = {},
): ValidationState {
  const rules = rulesOfBook(book);
  const same = previous?.packId === book.info.packId ? previous : null;
  const before = new Map(same?.models.map((m) => [m.number, m]) ?? []);
  const changed = new Set(models.filter((m) => before.get(m.number) !== m).map((m) => m.number));
  const tables = new TableSet([...models]);
  let rerun = 0;
  const outcomes = rules.tables.map((rule, i): RuleOutcome => {
    const kept = same?.outcomes[i];
    if (kept && !tablesOfRule(rule).some((t) => changed.has(t))) return kept;
    rerun++;
    return evaluateTableRule(tables, rule);
  });
  const ctx = makeContext(book, [...models], extra);
  const findings = withRuleNames(
    sortFindings([...evaluateBookRules(ctx, rules.book), ...mergeOutcomes(outcomes)]),
    rules,
  );
  return { packId: book.info.packId, models, outcomes, findings, rerun };
}
