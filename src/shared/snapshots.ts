/**
 * Snapshots (历史版本) and submitted versions (报送稿) as the API, the CLI and the screens see
 * them. A snapshot is a complete, checked copy of a book at one moment; a 报送稿 is a snapshot
 * frozen with a label, never rotated away.
 */

/** Why a snapshot was taken. */
export type SnapshotReason =
  | 'open-before-upgrade'
  | 'before-import'
  | 'before-roll'
  | 'before-restore'
  | 'before-last-year'
  | 'before-catalog-import'
  | 'before-merge'
  | 'autosave'
  | 'manual'
  | 'submit';

export const SNAPSHOT_REASON_TEXT: Record<SnapshotReason, string> = {
  'open-before-upgrade': '打开时升级数据结构前',
  'before-import': '导入明细前',
  'before-roll': '结转下一年度前',
  'before-restore': '恢复历史版本前',
  'before-last-year': '导入上年数前',
  'before-catalog-import': '导入科目表前',
  'before-merge': '汇总下属单位前',
  autosave: '编辑中定时保存',
  manual: '手动保存',
  submit: '报送稿',
};

/** One snapshot, oldest first in every list. Amounts in 分. */
export interface SnapshotInfo {
  /** Sortable, e.g. 20261202T004812123Z. */
  id: string;
  /** ISO time. */
  createdAt: string;
  reason: SnapshotReason;
  lineCount: number;
  /** Sum of all line amounts (支出). */
  totalFen: number;
  /** Sum of the income plan (收入). */
  incomeFen: number;
  /** sha256 of the book's content (canonical serialisation), see contentHash. */
  sha256: string;
  /** The 报送稿's label (一上, 二上 …); only on submitted versions, which are never rotated. */
  label?: string;
}

/** The 12 hex digits printed in an export's footer as 校验码. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
