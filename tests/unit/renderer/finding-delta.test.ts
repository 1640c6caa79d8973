/**
 * The delta the 审核 worker sends, applied by binary search on the page's ordered list, gives the
 * list sorted anew — over random removals, replacements and additions of a real book's findings.
 */
import { describe, expect, it } from 'vitest';
import { syntheticBook } from '../../../bench/synthetic-book';
import { validateBook } from '../../../src/shared/validation';
import { sortFindings, type Finding } from '../../../src/shared/validation/finding';
import { applyFindingDelta } from '../../../src/shared/validation/finding-delta';

function rng(seed: number): () => number {
  let a = seed;
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('finding deltas', () => {
  const all = validateBook(syntheticBook(4, 800));

  it('applied to the ordered list give the list sorted anew', () => {
    const rand = rng(7);
    expect(all.length).toBeGreaterThan(100);
    for (let round = 0; round < 30; round++) {
      const before = all.filter(() => rand() < 0.8);
      const kept = before.filter(() => rand() < 0.9);
      const gone = before.filter((f) => !kept.includes(f));
      // Some gone findings come back changed (same key), some findings are new.
      const replaced = gone
        .filter(() => rand() < 0.5)
        .map((f) => ({ ...f, message: `${f.message}′` }));
      const fresh = all.filter((f) => !before.includes(f) && rand() < 0.3);
      const added = sortFindings([...replaced, ...fresh]);
      const after = applyFindingDelta(before, {
        removed: gone.map(({ severity, rule, key }) => ({ severity, rule, key })),
        added,
      });
      expect(after).toEqual(sortFindings([...kept, ...added]));
    }
  });

  it('leaves the list as it was for an empty delta, and empties it when all are removed', () => {
    const before: Finding[] = all.slice(0, 50);
    expect(applyFindingDelta(before, { removed: [], added: [] })).toEqual(before);
    expect(applyFindingDelta(before, { removed: before, added: [] })).toEqual([]);
  });
});
