/**
 * The runtime schema of a table template (template.ts), so a pack read from a file is checked
 * field by field before the engine sees it. Objects are strict: a misspelt field is an error
 * naming it rather than a setting silently ignored.
 */
import { z } from 'zod';
import { EXPENDITURE_KINDS, FUND_SOURCES, UNIT_TYPES } from '../../../domain';
import type { HeaderItem, TableTemplate } from '../../template';

const text = z.string().min(1);
const codes = z.array(z.string().regex(/^\d+$/));

const lineFilterSchema = z.strictObject({
  fundSources: z.array(z.enum(FUND_SOURCES)).optional(),
  kinds: z.array(z.enum(EXPENDITURE_KINDS)).optional(),
  functionPrefixes: codes.optional(),
  deptEconPrefixes: codes.optional(),
  govEconPrefixes: codes.optional(),
  unitTypes: z.array(z.enum(UNIT_TYPES)).optional(),
});

const textField = z.enum([
  'label',
  'code',
  'name',
  'codeName',
  'dept',
  'gov',
  'unitCode',
  'unitName',
]);

const width = z.number().int().min(1).max(200);

const textColumn = z.strictObject({
  kind: z.literal('text'),
  caption: z.string(),
  field: textField,
  minWidth: width.optional(),
  maxWidth: width.optional(),
});

const amountColumn = z.strictObject({
  kind: z.literal('amount'),
  caption: z.string(),
  filter: lineFilterSchema,
  minWidth: width.optional(),
});

const headerGroup = z.strictObject({
  kind: z.literal('group'),
  caption: z.string(),
  get children(): z.ZodArray<typeof headerItem> {
    return z.array(headerItem).min(1);
  },
});

const headerItem: z.ZodType<HeaderItem> = z.discriminatedUnion('kind', [
  textColumn,
  amountColumn,
  headerGroup,
]);

const totalRow = z.strictObject({ label: z.string(), field: textField });

const fixedRow = z.strictObject({
  key: text,
  label: z.string(),
  filter: lineFilterSchema.optional(),
  sumOf: z.array(text).optional(),
  emphasis: z.enum(['total', 'subtotal', 'normal']).optional(),
});

const rowSource = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fixed'), rows: z.array(fixedRow) }),
  z.strictObject({
    type: z.literal('sideBySide'),
    splitAt: z.number().int().min(1),
    left: z.array(z.array(fixedRow)),
    right: z.array(z.array(fixedRow)),
  }),
  z.strictObject({ type: z.literal('functionHierarchy'), total: totalRow }),
  z.strictObject({ type: z.literal('economicPairs'), total: totalRow }),
  z.strictObject({
    type: z.literal('units'),
    total: totalRow,
    subtotalSuffix: z.string(),
    classLabels: z.record(z.string(), z.string()).optional(),
  }),
  z.strictObject({
    type: z.literal('projects'),
    layout: z.enum(['tree', 'level1']),
    total: totalRow,
    subtotalSuffix: z.string().optional(),
    childPrefix: z.string().optional(),
    otherKinds: z
      .array(z.strictObject({ kind: z.enum(EXPENDITURE_KINDS), label: z.string() }))
      .optional(),
  }),
]);

export const tableTemplateSchema = z.strictObject({
  number: z.number().int().min(1).max(99),
  title: text,
  header: z.array(headerItem).min(1),
  scope: lineFilterSchema.optional(),
  rows: rowSource,
  notes: z.array(z.string()),
  emptyNotes: z.array(z.string()).optional(),
  clerkNote: z.boolean().optional(),
  print: z.strictObject({
    orientation: z.enum(['landscape', 'portrait']),
    captionLines: z.number().int().min(1).max(8).optional(),
  }),
});

/** In an extending pack: a table by number, giving only the fields that differ. */
export const tablePatchSchema = tableTemplateSchema.partial().required({ number: true });

// A parsed template is a TableTemplate (checked by the compiler, not at run time).
type ParsedTable = z.infer<typeof tableTemplateSchema>;
const asTemplate = (t: ParsedTable): TableTemplate => t;
void asTemplate;
