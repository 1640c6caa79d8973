/**
 * Which snapshots to keep: the newest 20, plus the newest of each of the last 30 days, plus every
 * submitted version (报送稿), which is never removed.
 */
import type { SnapshotInfo } from '../../shared/snapshots';

const KEEP_LATEST = 20;
const KEEP_DAYS = 30;

/** The snapshots (oldest first) that rotation removes. */
export function snapshotsToDrop<T extends SnapshotInfo>(all: T[], now = new Date()): T[] {
  const keep = new Set<string>(all.slice(-KEEP_LATEST).map((s) => s.id));
  const since = now.getTime() - KEEP_DAYS * 24 * 3600 * 1000;
  const newestOfDay = new Map<string, string>();
  for (const s of all) {
    if (Date.parse(s.createdAt) >= since) newestOfDay.set(s.createdAt.slice(0, 10), s.id);
  }
  for (const id of newestOfDay.values()) keep.add(id);
  return all.filter((s) => !keep.has(s.id) && s.label === undefined);
}
