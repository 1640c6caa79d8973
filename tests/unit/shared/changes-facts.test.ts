/**
 * The facts about a book's files in a change set (历史版本, merge sources): they make a change set
 * worth sending, but touch no book data (the book copy, tables and 审核 leave them alone); the
 * later list of a call wins; only the 历史版本 stay when the call fails.
 */
import { describe, expect, it } from 'vitest';
import {
  changesBookData,
  factsKeptOnFailure,
  isEmptyChanges,
  mergeChanges,
} from '../../../src/shared/api/changes';
import type { SnapshotInfo } from '../../../src/shared/snapshots';

const version = (id: string, label?: string): SnapshotInfo => ({
  id,
  createdAt: '2026-12-01T09:00:00.000Z',
  reason: label ? 'submit' : 'autosave',
  lineCount: 1,
  totalFen: 100,
  incomeFen: 100,
  sha256: 'a'.repeat(64),
  ...(label ? { label } : {}),
});

describe('file facts in a change set', () => {
  it('are sent, but are no change of the book data', () => {
    const facts = { versions: [version('1')], mergeSources: [] };
    expect(isEmptyChanges(facts)).toBe(false);
    expect(changesBookData(facts)).toBe(false);
    expect(changesBookData({ ...facts, reload: true })).toBe(true);
    expect(changesBookData({ versions: [], lines: { removed: [3] } })).toBe(true);
  });

  it('a later list replaces the earlier one of the same call', () => {
    const merged = mergeChanges(
      { versions: [version('1')], reload: true },
      { versions: [version('1'), version('2', '一上')] },
    );
    expect(merged.versions?.map((v) => v.id)).toEqual(['1', '2']);
    expect(merged.reload).toBe(true);
  });

  it('only the 历史版本 outlive a failed call', () => {
    expect(factsKeptOnFailure(undefined)).toBeNull();
    expect(factsKeptOnFailure({ reload: true, mergeSources: [] })).toBeNull();
    expect(
      factsKeptOnFailure({ reload: true, versions: [version('1')], mergeSources: [] }),
    ).toEqual({ versions: [version('1')] });
  });
});
