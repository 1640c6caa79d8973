/**
 * Facts about a book's files that a call records for every window of its session (see
 * recordChanges): the 历史版本 after a snapshot taken before a bulk change, and the merged units
 * with their source files after a 汇总 or a restore. Handlers take their snapshots here, so a
 * snapshot is never taken without the windows hearing of it.
 */
import type { SnapshotReason } from '../../shared/snapshots';
import type { BookDb } from '../ledger/book-db';
import { mergeSourceStatus } from '../ledger/merge-sources';
import { snapshotBefore } from '../snapshots/take';
import { recordChanges, recordVersions, type HandlerContext } from './context';

/**
 * The snapshot taken before a bulk change (an import, a roll, a 科目表, a 汇总), and the list of
 * 历史版本 it makes. Throws SnapshotError (Chinese) when the copy cannot be made.
 */
export function snapshotBeforeChange(
  ctx: HandlerContext,
  book: BookDb,
  reason: SnapshotReason,
): void {
  snapshotBefore(book, reason, ctx.dataDir);
  recordVersions(ctx, book);
}

/** Records the merged units with the state of their source files now. */
export function recordMergeSources(ctx: HandlerContext, book: BookDb): void {
  recordChanges(ctx, { mergeSources: mergeSourceStatus(book) });
}
