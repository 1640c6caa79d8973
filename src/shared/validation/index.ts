/** 审核: rules as data, findings that explain themselves. */
export { validateBook, type ValidateOptions } from './validate-book';
export type { ValidationExtra } from './context';
export {
  SEVERITIES,
  SEVERITY_TEXT,
  ENTRY_TYPES,
  type Severity,
  type Finding,
  type MoneyValue,
  type CellRef,
  type EntryRef,
  type EntryType,
  type OpenTarget,
} from './finding';
export type { PackRules, TableRule, BookRule, CheckerKind } from './rule-types';
export { getPackRules } from './rule-sets';
export { evaluateTableRules } from './table-rules';
