/**
 * Runtime shapes of what main answers: the book's entities, the book as one snapshot, the table
 * models, 审核 findings and change sets. Declared once here and composed by the result record
 * (./results.ts), each checked against its TypeScript type there.
 *
 * These check the SHAPE (fields, types, enums, whole 分) and not the input rules of ./fields.ts
 * (lengths, code patterns, non-negative plans): a book may hold what an import or an older
 * version stored, and reading it back must never be refused for that. Objects are strict, so a
 * field main adds without declaring it fails the check.
 */
import { z } from 'zod';
import type { CatalogKind } from '../catalogs/types';
import { EXPENDITURE_KINDS, FUND_SOURCES, INDICATOR_TIERS, UNIT_TYPES } from '../domain';
import type { PackDefinition } from '../tables/packs/definition';
import { packDefinitionSchema } from '../tables/packs/schema/pack';
import { ENTRY_TYPES, SEVERITIES } from '../validation/finding';

/** Integer 分 (a safe integer; may be negative where the ledger allows it). */
export const fen = z.int();
export const count = z.int().nonnegative();
const obj = z.strictObject;

const unitTypeShape = z.enum(UNIT_TYPES);
export const fundSourceShape = z.enum(FUND_SOURCES);
export const catalogKindShape = z.enum([
  'function',
  'dept-econ',
  'gov-econ',
] satisfies CatalogKind[]);

export const unitShape = obj({
  code: z.string(),
  name: z.string(),
  type: unitTypeShape,
  parentCode: z.string().nullable(),
});

export const projectShape = obj({
  code: z.string(),
  name: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  parentCode: z.string().nullable(),
  unitCode: z.string(),
  isKey: z.boolean(),
  approvedFen: fen.nullable(),
  procurementGoodsFen: fen,
  procurementWorksFen: fen,
  procurementServicesFen: fen,
});

export const lineItemShape = obj({
  id: z.int().positive(),
  unitCode: z.string(),
  functionCode: z.string(),
  deptEconCode: z.string(),
  govEconCode: z.string(),
  kind: z.enum(EXPENDITURE_KINDS),
  projectCode: z.string().nullable(),
  fundSource: fundSourceShape,
  amountFen: fen,
});

export const indicatorShape = obj({
  id: z.int(),
  projectCode: z.string(),
  tier: z.enum(INDICATOR_TIERS),
  category: z.string(),
  name: z.string(),
  value: z.string(),
  unit: z.string(),
});

export const planEntryShape = obj({
  unitCode: z.string(),
  fundSource: fundSourceShape,
  amountFen: fen,
});

export const textsShape = obj({
  mainDuties: z.string(),
  organization: z.string(),
  budgetComposition: z.string(),
});

export const assetsShape = obj({
  asOfDate: z.string(),
  fixedAssetsFen: fen,
  buildingsM2: z.number(),
  vehicles: count,
  equipmentOver1m: count,
  plannedPurchaseFen: fen,
  plannedPurchaseText: z.string(),
});

export const lastYearFigureShape = obj({
  id: z.int(),
  tableNo: z.int(),
  rowKey: z.string(),
  code: z.string(),
  label: z.string(),
  columnIndex: count,
  caption: z.string(),
  amountFen: fen,
});

export const changeReasonShape = obj({ subjectKey: z.string(), reason: z.string() });

export const classificationEntryShape = obj({
  code: z.string(),
  name: z.string(),
  uncertain: z.literal(true).optional(),
  retired: z.literal(true).optional(),
});
const classificationList = z.array(classificationEntryShape);
const sideRecord = <T extends z.ZodType>(value: T) => obj({ admin: value, institution: value });

export const catalogDataShape = obj({
  year: z.int(),
  provisional: z.boolean(),
  source: z.string(),
  functions: classificationList,
  deptEconomic: classificationList,
  govEconomic: classificationList,
  govMapping: sideRecord(z.record(z.string(), z.string())),
  govAllowed: sideRecord(z.record(z.string(), z.array(z.string()))),
});

/** Keys of a record by table number: JSON carries them as digit strings. */
export const tableNoKey = z.custom<number>((k) => typeof k === 'string' && /^\d+$/.test(k));

/** The pack a book carries, checked by the pack files' schema, typed as the domain's (its lists readonly). */
const packShape = packDefinitionSchema.transform((p): PackDefinition => p);

const bookInfoFields = { year: z.int(), packId: z.string(), unitCode: z.string() };

export const bookSummaryShape = obj({
  ...bookInfoFields,
  path: z.string(),
  unitName: z.string(),
  unitType: unitTypeShape,
  lineCount: count,
  session: z.string().optional(),
  packName: z.string(),
  readOnly: z.boolean().optional(),
});

export const bookSnapshotShape = obj({
  info: obj(bookInfoFields),
  units: z.array(unitShape),
  projects: z.array(projectShape),
  lines: z.array(lineItemShape),
  plan: z.array(planEntryShape),
  indicators: z.array(indicatorShape).optional(),
  lastYear: z.array(lastYearFigureShape).optional(),
  reasons: z.array(changeReasonShape).optional(),
  tableNotes: z.record(tableNoKey, z.string()).optional(),
  catalog: catalogDataShape.optional(),
  pack: packShape.optional(),
});

const tableCellShape = z.discriminatedUnion('kind', [
  obj({ kind: z.literal('text'), text: z.string() }),
  obj({ kind: z.literal('amount'), fen }),
  obj({ kind: z.literal('empty') }),
]);

export const tableModelShape = obj({
  number: z.int().positive(),
  title: z.string(),
  unitName: z.string(),
  unitCaption: z.string(),
  headerRows: count,
  header: z.array(
    obj({ text: z.string(), row: count, col: count, rowSpan: count, colSpan: count }),
  ),
  columns: z.array(
    obj({ kind: z.enum(['text', 'amount']), width: z.number(), caption: z.string() }),
  ),
  rows: z.array(
    obj({
      key: z.string(),
      code: z.string(),
      label: z.string(),
      cells: z.array(tableCellShape),
      emphasis: z.enum(['total', 'subtotal', 'normal']),
    }),
  ),
  notes: z.array(z.string()),
  acceptsClerkNote: z.boolean().optional(),
  clerkNote: z.string().optional(),
  orientation: z.enum(['landscape', 'portrait']).optional(),
});

const moneyValueShape = obj({ fen, wan: z.string(), yuan: z.string() });

export const findingShape = obj({
  key: z.string(),
  severity: z.enum(SEVERITIES),
  rule: z.string(),
  ruleText: z.string(),
  ruleName: z.string().optional(),
  message: z.string(),
  expected: moneyValueShape.nullable(),
  actual: moneyValueShape.nullable(),
  difference: moneyValueShape.nullable(),
  where: obj({
    cells: z.array(
      obj({ table: z.int(), rowKey: z.string(), rowLabel: z.string(), column: z.string() }),
    ),
    entries: z.array(
      obj({
        type: z.enum(ENTRY_TYPES),
        id: z.int().optional(),
        code: z.string().optional(),
        label: z.string(),
        open: obj({
          screen: z.enum([
            'lines',
            'projects',
            'plan',
            'units',
            'last-year',
            'reasons',
            'notes',
            'assets',
          ]),
          focus: z.string(),
        }),
      }),
    ),
  }),
});
