/**
 * The signature every book-level checker has, and the fields a finding takes from its rule.
 */
import type { Finding } from '../finding';
import type { ValidationContext } from '../context';
import type { BookRule, CheckerKind } from '../rule-types';

export type RuleOf<K extends CheckerKind> = Extract<BookRule, { check: K }>;

export type Checker<K extends CheckerKind> = (ctx: ValidationContext, rule: RuleOf<K>) => Finding[];

/** severity, rule id and rule text of a finding, from its rule. */
export function fromRule(rule: BookRule): Pick<Finding, 'severity' | 'rule' | 'ruleText'> {
  return { severity: rule.severity, rule: rule.id, ruleText: rule.text };
}
