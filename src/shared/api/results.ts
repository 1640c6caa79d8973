/**
 * THE record of what each channel answers, at run time: one schema per channel, beside the
 * argument schemas of ./schemas.ts. The main process's invoke path (api/dispatch.ts there)
 * checks every answer against it, so a handler whose result drifts from the contract fails loudly instead of
 * reaching a page that trusts the type. Kept apart from ./schemas.ts so the renderer's bundle,
 * which needs only the argument rules, does not carry it.
 *
 * Compile-time: the record names every channel of ApiContract (a missing or extra channel fails
 * to compile), and each schema's output type is exactly its channel's result type (a field added
 * on one side only fails to compile, naming the channel).
 */
import { z } from 'zod';
import type { BookChanges, ChangeSet } from './changes';
import type { ApiContract, Channel } from './contract';
import { bookChangesShape, changeSetShape } from './result-shapes-changes';
import {
  assetsShape,
  bookSnapshotShape,
  bookSummaryShape,
  catalogDataShape,
  catalogKindShape,
  count,
  findingShape,
  indicatorShape,
  lineItemShape,
  planEntryShape,
  projectShape,
  tableModelShape,
  textsShape,
  unitShape,
} from './result-shapes';
import {
  catalogImportPreviewShape,
  compareRowShape,
  explanationDraftShape,
  folderListingShape,
  lastYearPreviewShape,
  mergePreviewShape,
  mergeResultShape,
  mergeSourceStatusShape,
  restorePreviewShape,
  rollResultShape,
  snapshotInfoShape,
  versionDiffShape,
} from './result-shapes-reports';

const obj = z.strictObject;
/** Where an export was written, and its size in bytes (no file content reaches the page). */
const written = obj({ path: z.string(), size: z.int().nonnegative() });

export const API_RESULTS = {
  'app:info': obj({
    version: z.string(),
    recent: z.array(z.string()),
    booksDir: z.string().optional(),
  }),
  'book:create': bookSummaryShape,
  'book:open': bookSummaryShape,
  'book:open-sample': bookSummaryShape,
  'book:close': z.null(),
  'book:summary': bookSummaryShape.nullable(),
  'packs:list': obj({
    packs: z.array(
      obj({
        id: z.string(),
        name: z.string(),
        year: z.int(),
        region: z.string(),
        source: z.string(),
      }),
    ),
    problems: z.array(z.string()),
  }),
  'catalog:book': catalogDataShape,
  'catalog:usage': z.array(lineItemShape),
  'catalog:import-preview': catalogImportPreviewShape,
  'catalog:import-commit': obj({ kind: catalogKindShape, stored: count, retired: count }),
  'units:save': unitShape,
  'projects:save': projectShape,
  'projects:delete': z.null(),
  'lines:list': z.array(lineItemShape),
  'lines:save-many': z.array(lineItemShape),
  'lines:import': obj({
    imported: count,
    unitsCreated: count.optional(),
    projectsCreated: count.optional(),
  }),
  'lines:export-csv': obj({ csv: z.string() }),
  'indicators:replace': z.array(indicatorShape),
  'plan:list': z.array(planEntryShape),
  'plan:set': planEntryShape,
  'tables:derive': z.array(tableModelShape),
  'validate:run': z.array(findingShape),
  'export:xlsx': written,
  'book:import-workbook': bookSummaryShape,
  'book:roll': rollResultShape,
  'lastyear:preview': lastYearPreviewShape,
  'lastyear:commit': obj({ stored: count, tables: z.array(z.int()) }),
  'compare:run': z.array(compareRowShape),
  'book:snapshot': bookSnapshotShape,
  'texts:get': textsShape,
  'texts:set': textsShape,
  'assets:get': assetsShape.nullable(),
  'assets:set': assetsShape,
  'units:delete': z.null(),
  'plan:clear': z.null(),
  'review-notes:list': z.array(
    obj({ findingKey: z.string(), note: z.string(), updatedAt: z.string() }),
  ),
  'review-notes:set': obj({
    findingKey: z.string(),
    note: z.string(),
    updatedAt: z.string(),
  }).nullable(),
  'table-notes:set': obj({ tableNo: z.int(), text: z.string() }),
  'document:draft': explanationDraftShape,
  'reasons:set': explanationDraftShape,
  'export:document': written,
  'files:browse': folderListingShape,
  'merge:preview': mergePreviewShape,
  'merge:commit': mergeResultShape,
  'merge:sources': z.array(mergeSourceStatusShape),
  'snapshots:list': z.array(snapshotInfoShape),
  'snapshots:preview': restorePreviewShape,
  'snapshots:restore': bookSummaryShape,
  'book:submit': snapshotInfoShape,
  'versions:diff': obj({ from: z.string(), to: z.string(), diff: versionDiffShape }),
  'book:save-as': bookSummaryShape,
} satisfies { [C in Channel]: z.ZodType<ApiContract[C]['result']> };

/** Identical types (not merely assignable: an optional field missing on one side counts). */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Drifted = {
  [C in Channel]: Same<z.output<(typeof API_RESULTS)[C]>, ApiContract[C]['result']> extends true
    ? never
    : C;
}[Channel];
type Extra = Exclude<keyof typeof API_RESULTS, Channel>;
/** Fails to compile naming the channel whose schema and contract type differ (or are extra). */
const exact: [Drifted | Extra] extends [never] ? true : Drifted | Extra = true;
void exact;

const changeSetExact: Same<z.output<typeof changeSetShape>, ChangeSet> extends true
  ? Same<z.output<typeof bookChangesShape>, BookChanges>
  : never = true;
void changeSetExact;
