/**
 * One evaluator per checker kind; a book rule names its kind and this module runs it. Adding a
 * kind means a CheckerParams entry, a checker file, and one line here — the compiler insists.
 */
import type { ValidationContext } from './context';
import type { Finding } from './finding';
import type { BookRule, CheckerKind } from './rule-types';
import type { Checker, RuleOf } from './checkers/checker';
import { catalogCodes } from './checkers/catalog-codes';
import { catalogRetired } from './checkers/catalog-retired';
import { assetsEntered, projectWithoutLines } from './checkers/document-needs';
import { econPair } from './checkers/econ-pair';
import { govClassForUnitType } from './checkers/gov-class-for-unit-type';
import { keyProjectProcurement, keyProjectTargets } from './checkers/key-projects';
import { negativeAmount } from './checkers/negative-amount';
import { planBySource } from './checkers/plan-by-source';
import { procurementWithinLines } from './checkers/procurement-within-lines';
import { projectApproved } from './checkers/project-approved';
import { tableNoteRequired } from './checkers/table-note-required';
import { changeNeedsReason, riseAgainstLastYear } from './checkers/year-on-year';

const CHECKERS: { [K in CheckerKind]: Checker<K> } = {
  'plan-by-source': planBySource,
  'project-approved': projectApproved,
  'catalog-codes': catalogCodes,
  'catalog-retired': catalogRetired,
  'econ-pair': econPair,
  'negative-amount': negativeAmount,
  'procurement-within-lines': procurementWithinLines,
  'gov-class-for-unit-type': govClassForUnitType,
  'key-project-targets': keyProjectTargets,
  'key-project-procurement': keyProjectProcurement,
  'rise-against-last-year': riseAgainstLastYear,
  'change-needs-reason': changeNeedsReason,
  'table-note-required': tableNoteRequired,
  'project-without-lines': projectWithoutLines,
  'assets-entered': assetsEntered,
};

function run<K extends CheckerKind>(ctx: ValidationContext, rule: RuleOf<K>): Finding[] {
  return (CHECKERS[rule.check as K] as Checker<K>)(ctx, rule);
}

/** Findings of the book-level rules (unsorted). */
export function evaluateBookRules(ctx: ValidationContext, rules: BookRule[]): Finding[] {
  return rules.flatMap((rule) => run(ctx, rule as RuleOf<CheckerKind>));
}
