/**
 * The one entry point of the checks: a book (and the facts beside its lines) in, findings out —
 * errors, then warnings, then info. The table identities run on the table models the pack's
 * engine derives from the same book, so they guard the engine and the pack as well as the data.
 */
import type { BookSnapshot } from '../domain';
import { deriveTables } from '../tables/engine';
import { makeContext, type ValidationExtra } from './context';
import { evaluateBookRules } from './evaluate';
import { sortFindings, type Finding } from './finding';
import { withRuleNames } from './rule-names';
import { rulesOfBook } from './rule-sets';
import type { PackRules } from './rule-types';
import { evaluateTableRules } from './table-rules';

interface ValidateOptions {
  /** Rules to use instead of the book's pack rules (tests, an edited pack). */
  rules?: PackRules;
}

export function validateBook(
  book: BookSnapshot,
  extra: ValidationExtra = {},
  opts: ValidateOptions = {},
): Finding[] {
  const rules = opts.rules ?? rulesOfBook(book);
  const tables = extra.tables ?? deriveTables(book);
  const ctx = makeContext(book, tables, extra);
  const findings = sortFindings([
    ...evaluateBookRules(ctx, rules.book),
    ...evaluateTableRules(rules.tables, tables),
  ]);
  return withRuleNames(findings, rules);
}
