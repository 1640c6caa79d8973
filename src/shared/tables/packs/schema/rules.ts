/**
 * The runtime schema of a pack's 审核 rules (validation/rule-types.ts): table identities by kind,
 * book rules by checker kind with that checker's parameters.
 */
import { z } from 'zod';
import { UNIT_TYPES } from '../../../domain';
import { SEVERITIES } from '../../../validation/finding';
import type { BookRule, TableRule } from '../../../validation/rule-types';

const text = z.string().min(1);
const table = z.number().int().min(1).max(99);
const column = z.union([z.string().min(1), z.number().int().min(0)]);

const cellSel = z.strictObject({ table, row: text, column });
const codeSumSel = z.strictObject({ table, codes: z.array(text).min(1), column });
const amountSel = z.union([cellSel, codeSumSel]);

const ruleBase = { id: text, text, name: text.optional(), hint: z.string().optional() };
const tail = { tailGroup: z.string().optional() };

const treeLevels = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('code-length') }),
  z.strictObject({ by: z.literal('emphasis') }),
  z.strictObject({ by: z.literal('label-prefix'), prefix: text }),
]);

export const tableRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...ruleBase, ...tail, kind: z.literal('equal'), cells: z.array(amountSel) }),
  z.strictObject({
    ...ruleBase,
    ...tail,
    kind: z.literal('sum'),
    total: amountSel,
    parts: z.array(amountSel),
  }),
  z.strictObject({
    ...ruleBase,
    ...tail,
    kind: z.literal('row-sum'),
    table,
    total: column,
    parts: z.array(column),
  }),
  z.strictObject({
    ...ruleBase,
    ...tail,
    kind: z.literal('tree-sum'),
    table,
    columns: z.array(column).optional(),
    levels: treeLevels,
  }),
  z.strictObject({
    ...ruleBase,
    ...tail,
    kind: z.literal('rows-match'),
    a: z.strictObject({ table, column }),
    b: z.strictObject({ table, column }),
    codeLengths: z.array(z.number().int().min(1)).optional(),
    codesFrom: z.enum(['both', 'a']).optional(),
  }),
]);

const yearSubject = z.strictObject({ label: text, cell: cellSel, reasonKey: text });
const noParams = z.strictObject({});
const bookBase = { ...ruleBase, severity: z.enum(SEVERITIES) };
const bookRule = <K extends string, P extends z.ZodType>(check: K, params: P) =>
  z.strictObject({ ...bookBase, check: z.literal(check), params });

export const bookRuleSchema = z.discriminatedUnion('check', [
  bookRule('plan-by-source', noParams),
  bookRule('project-approved', noParams),
  bookRule('catalog-codes', noParams),
  bookRule('catalog-retired', noParams),
  bookRule('econ-pair', noParams),
  bookRule('negative-amount', noParams),
  bookRule('procurement-within-lines', noParams),
  bookRule(
    'gov-class-for-unit-type',
    z.strictObject({ unitTypes: z.array(z.enum(UNIT_TYPES)), govClasses: z.array(text) }),
  ),
  bookRule('key-project-targets', z.strictObject({ minIndicators: z.number().int().min(0) })),
  bookRule(
    'key-project-procurement',
    z.strictObject({ procurementDeptEconPrefixes: z.array(text) }),
  ),
  bookRule('rise-against-last-year', z.strictObject({ subjects: z.array(yearSubject) })),
  bookRule(
    'change-needs-reason',
    z.strictObject({ thresholdPercent: z.number().min(0), subjects: z.array(yearSubject) }),
  ),
  bookRule(
    'table-note-required',
    z.strictObject({ tables: z.array(table), emptyNotes: z.array(z.string()) }),
  ),
  bookRule('project-without-lines', noParams),
  bookRule('assets-entered', noParams),
]);

// Parsed rules are the evaluator's types (checked by the compiler, not at run time).
const asTableRule = (r: z.infer<typeof tableRuleSchema>): TableRule => r;
const asBookRule = (r: z.infer<typeof bookRuleSchema>): BookRule => r;
void asTableRule;
void asBookRule;
