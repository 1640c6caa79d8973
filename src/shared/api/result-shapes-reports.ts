/**
 * Runtime shapes of what main answers beside the book's entities: previews (科目表, 上年数,
 * 汇总, restore), reports (情况说明 draft, year-on-year comparison, version diff, 结转) and the
 * browser mode's folder listing. Same rules as ./result-shapes.ts: shape only, strict objects.
 */
import { z } from 'zod';
import {
  catalogKindShape,
  classificationEntryShape,
  count,
  fen,
  fundSourceShape,
  lineItemShape,
} from './result-shapes';

const obj = z.strictObject;
const texts = z.array(z.string());

export const catalogImportPreviewShape = obj({
  previewId: z.string(),
  kind: catalogKindShape,
  fileName: z.string(),
  total: count,
  before: count,
  added: z.array(classificationEntryShape),
  removed: z.array(classificationEntryShape),
  renamed: z.array(obj({ code: z.string(), from: z.string(), to: z.string() })),
  retired: z.array(classificationEntryShape.extend({ lines: count })),
});

const yearChangeShape = obj({
  nowFen: fen,
  lastFen: fen.nullable(),
  direction: z.enum(['increase', 'decrease', 'flat', 'newItem', 'noLastYear']),
  nowText: z.string(),
  lastText: z.string(),
  deltaText: z.string(),
  percentText: z.string().nullable(),
});

const reasonSlotShape = obj({
  subjectKey: z.string(),
  label: z.string(),
  change: yearChangeShape,
  needed: z.boolean(),
  reason: z.string(),
});

const segmentShape = z.discriminatedUnion('kind', [
  obj({ kind: z.literal('text'), text: z.string() }),
  obj({ kind: z.literal('reason'), slot: reasonSlotShape, comma: z.string() }),
]);

export const explanationDraftShape = obj({
  year: z.int(),
  heading: z.string(),
  sections: z.array(
    obj({
      key: z.string(),
      heading: z.string(),
      paragraphs: z.array(z.array(segmentShape)),
      table: obj({
        columns: z.tuple([z.string(), z.string(), z.string()]),
        rows: z.array(
          obj({
            code: z.string(),
            name: z.string(),
            amountFen: fen,
            amountText: z.string(),
            targets: z.string(),
          }),
        ),
        note: z.string(),
      }).optional(),
    }),
  ),
  slots: z.array(reasonSlotShape),
  warnings: texts,
});

export const compareRowShape = obj({
  table: z.int(),
  rowKey: z.string(),
  code: z.string(),
  label: z.string(),
  columnIndex: count,
  caption: z.string(),
  thisYearFen: fen.nullable(),
  lastYearFen: fen.nullable(),
  change: z.number().nullable(),
  percent: z.number().nullable(),
});

export const lastYearPreviewShape = obj({
  previewId: z.string(),
  fileName: z.string(),
  tables: z.array(
    obj({
      tableNo: z.int(),
      title: z.string(),
      sheets: texts,
      unit: z.enum(['万元', '元']),
      rows: z.array(
        obj({
          sheetRow: z.int(),
          rowKey: z.string(),
          code: z.string(),
          label: z.string(),
          figures: z.array(obj({ columnIndex: count, caption: z.string(), amountFen: fen })),
        }),
      ),
    }),
  ),
  missingTables: z.array(obj({ tableNo: z.int(), title: z.string() })),
  unrecognised: texts,
  figureCount: count,
});

export const rollResultShape = obj({
  path: z.string(),
  year: z.int(),
  packId: z.string(),
  packName: z.string(),
  units: count,
  projects: count,
  lines: count,
  lastYearFigures: count,
  retiredCodes: texts,
});

const unitMergePreviewShape = obj({
  path: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  units: count,
  lines: count,
  projects: count,
  totalFen: fen,
  byFundSource: z.array(obj({ fundSource: fundSourceShape, fen })),
  replaces: obj({ mergedAt: z.string(), lines: count }).nullable(),
  tableChanges: z.array(
    obj({ table: z.int(), row: z.string(), column: z.string(), beforeFen: fen, afterFen: fen }),
  ),
});

export const mergePreviewShape = obj({ units: z.array(unitMergePreviewShape), problems: texts });
export const mergeResultShape = obj({
  units: z.array(unitMergePreviewShape),
  audit: z.array(
    obj({ unitCode: z.string(), unitName: z.string(), errors: count, warnings: count }),
  ),
});
export const mergeSourceStatusShape = obj({
  unitCode: z.string(),
  sourcePath: z.string(),
  sha256: z.string(),
  mergedAt: z.string(),
  lineCount: count,
  units: texts,
  unitName: z.string(),
  fileState: z.enum(['same', 'changed', 'missing']),
});

export const snapshotInfoShape = obj({
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum([
    'open-before-upgrade',
    'before-import',
    'before-roll',
    'before-restore',
    'before-last-year',
    'before-catalog-import',
    'before-merge',
    'autosave',
    'manual',
    'submit',
  ]),
  lineCount: count,
  totalFen: fen,
  incomeFen: fen,
  sha256: z.string(),
  label: z.string().optional(),
});

export const restorePreviewShape = obj({
  snapshot: snapshotInfoShape,
  tables: z.array(
    obj({ table: z.int(), title: z.string(), thenFen: fen.nullable(), nowFen: fen.nullable() }),
  ),
  lines: obj({ then: count, now: count }),
});

const fieldChanges = z.array(obj({ field: z.string(), before: z.string(), after: z.string() }));

export const versionDiffShape = obj({
  lines: z.array(
    obj({
      id: z.int(),
      before: lineItemShape.nullable(),
      after: lineItemShape.nullable(),
      fields: fieldChanges,
    }),
  ),
  projects: z.array(
    obj({
      code: z.string(),
      name: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      fields: fieldChanges,
    }),
  ),
  plan: z.array(
    obj({ unitCode: z.string(), fundSource: z.string(), before: z.string(), after: z.string() }),
  ),
  figures: z.array(
    obj({
      table: z.int(),
      title: z.string(),
      row: z.string(),
      column: z.string(),
      before: z.string(),
      after: z.string(),
    }),
  ),
});

export const folderListingShape = obj({
  dir: z.string(),
  parent: z.string().nullable(),
  entries: z.array(
    obj({
      name: z.string(),
      path: z.string(),
      kind: z.enum(['dir', 'file']),
      size: count.optional(),
      modified: z.string().optional(),
    }),
  ),
});
