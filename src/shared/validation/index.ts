/** 审核: rules as data, findings that explain themselves. */
export { validateBook } from './validate-book';
export type { Finding } from './finding';
export { evaluateTableRules } from './table-rules';
