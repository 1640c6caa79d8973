/**
 * The shape of a change set (src/shared/api/changes.ts), as handlers record it and windows
 * receive it: checked in the main process's invoke path before it is pushed (api/result-check.ts there).
 */
import { z } from 'zod';
import {
  assetsShape,
  catalogDataShape,
  changeReasonShape,
  fundSourceShape,
  indicatorShape,
  lastYearFigureShape,
  lineItemShape,
  planEntryShape,
  projectShape,
  tableNoKey,
  textsShape,
  unitShape,
} from './result-shapes';
import { mergeSourceStatusShape, snapshotInfoShape } from './result-shapes-reports';

const obj = z.strictObject;

const entityChanges = <T extends z.ZodType, K extends z.ZodType>(entity: T, key: K) =>
  obj({
    added: z.array(entity).optional(),
    changed: z.array(entity).optional(),
    removed: z.array(key).optional(),
  }).optional();

/** What one write changed (BookChanges), as a handler records it. */
export const bookChangesShape = obj({
  lines: entityChanges(lineItemShape, z.int()),
  units: entityChanges(unitShape, z.string()),
  projects: entityChanges(projectShape, z.string()),
  plan: entityChanges(planEntryShape, obj({ unitCode: z.string(), fundSource: fundSourceShape })),
  indicators: z.record(z.string(), z.array(indicatorShape)).optional(),
  texts: textsShape.optional(),
  assets: assetsShape.optional(),
  tableNotes: z.record(tableNoKey, z.string()).optional(),
  reviewNotes: z.record(z.string(), z.string()).optional(),
  reasons: z.array(changeReasonShape).optional(),
  lastYear: z.array(lastYearFigureShape).optional(),
  catalog: catalogDataShape.optional(),
  versions: z.array(snapshotInfoShape).optional(),
  mergeSources: z.array(mergeSourceStatusShape).optional(),
  reload: z.literal(true).optional(),
});

/** A numbered change set of a session (ChangeSet), as answers and pushes carry it. */
export const changeSetShape = bookChangesShape.extend({
  session: z.string(),
  seq: z.int().positive(),
});
