/**
 * The change between two lists of findings, by key: what a 审核 run after an edit sends to the
 * page instead of thousands of findings, most of them unchanged (a large book prints thousands
 * of 尾差). Findings are compared by object — an incremental run keeps the objects of findings
 * that did not change (validation/incremental.ts) — and keyed by `key`, which is unique in a
 * run (出错说明 are stored against it).
 */
import { compareFindings, sortFindings, type Finding } from './finding';

export interface FindingDelta {
  /** Keys of findings gone or replaced. */
  removed: string[];
  /** Findings new or replaced. */
  added: Finding[];
}

/** Where `f` goes in the ordered list: the first place whose finding sorts after it. */
function placeOf(list: readonly Finding[], f: Finding): number {
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
 * Two lists in order merged into one in order. The fresh list is short after an edit, so each
 * of its findings is placed by binary search, not by comparing every kept one.
 */
function mergeSorted(kept: readonly Finding[], fresh: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let from = 0;
  for (const f of fresh) {
    const at = placeOf(kept, f);
    for (let i = from; i < at; i++) out.push(kept[i]);
    from = Math.max(from, at);
    out.push(f);
  }
  for (let i = from; i < kept.length; i++) out.push(kept[i]);
  return out;
}

/**
 * `findings` in order, and what changed from the ordered list `before`: the findings kept from
 * it stay where they were and the others are sorted and merged in (sorting thousands of 尾差
 * anew after every edit costs more than the edit's checks).
 */
export function inOrder(
  findings: readonly Finding[],
  before?: readonly Finding[],
): { findings: Finding[]; delta: FindingDelta | null } {
  if (!before) return { findings: sortFindings([...findings]), delta: null };
  const now = new Set(findings);
  const previous = new Set(before);
  const kept: Finding[] = [];
  const removed: string[] = [];
  for (const f of before) {
    if (now.has(f)) kept.push(f);
    else removed.push(f.key);
  }
  const added = sortFindings(findings.filter((f) => !previous.has(f)));
  return { findings: mergeSorted(kept, added), delta: { removed, added } };
}

/** The ordered list `before` with a delta applied (equal to the list the delta was made from). */
export function applyFindingDelta(before: readonly Finding[], delta: FindingDelta): Finding[] {
  if (delta.removed.length === 0 && delta.added.length === 0) return [...before];
  const gone = new Set(delta.removed);
  return mergeSorted(
    before.filter((f) => !gone.has(f.key)),
    delta.added,
  );
}

/** Every finding has its own key (what a delta by key needs). */
export function keysUnique(findings: readonly Finding[]): boolean {
  return new Set(findings.map((f) => f.key)).size === findings.length;
}
