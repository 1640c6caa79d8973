/**
 * The change between two ordered lists of findings: what a 审核 run after an edit sends to the
 * page instead of thousands of findings, most of them unchanged (a large book prints thousands
 * of 尾差). A finding is named by what orders it — severity, rule and key, the key being unique
 * in a run (出错说明 are stored against it) — so both sides find it by binary search.
 */
import { compareFindings, type Finding } from './finding';

/** What orders and names a finding. */
type FindingRef = Pick<Finding, 'severity' | 'rule' | 'key'>;

export interface FindingDelta {
  /** Findings gone or replaced. */
  removed: FindingRef[];
  /** Findings new or replaced, in order. */
  added: Finding[];
}

/** The first place in the ordered list whose finding sorts after `f`. */
function placeAfter(list: readonly Finding[], f: FindingRef): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareFindings(list[mid], f) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The ordered list `before` with a delta applied (equal to the list the delta was made from).
 * Removed findings are found and new ones placed by binary search; the rest is copied in runs,
 * so an edit's delta costs its own size, not a pass comparing thousands of findings.
 */
export function applyFindingDelta(before: readonly Finding[], delta: FindingDelta): Finding[] {
  // Positions to drop (the finding at place−1 carries the removed key), and places to insert.
  const drops = delta.removed
    .map((r) => {
      const i = placeAfter(before, r) - 1;
      return i >= 0 && before[i].key === r.key ? i : -1;
    })
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
  const adds = delta.added.map((f) => placeAfter(before, f));
  const out: Finding[] = [];
  let from = 0;
  let d = 0;
  let a = 0;
  while (d < drops.length || a < adds.length) {
    const drop = d < drops.length ? drops[d] : Infinity;
    const add = a < adds.length ? adds[a] : Infinity;
    const at = Math.min(drop, add);
    for (let i = from; i < at; i++) out.push(before[i]);
    from = Math.max(from, at);
    // A new finding sorts before the one now at its place, so it goes in first.
    if (add <= drop) out.push(delta.added[a++]);
    else {
      from = drop + 1;
      d++;
    }
  }
  for (let i = from; i < before.length; i++) out.push(before[i]);
  return out;
}
