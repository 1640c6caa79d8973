/**
 * The renderer's copy of the book follows a 表注 save without a reload: the patched snapshot
 * derives the same tables as the book read again, note included.
 */
import { describe, expect, it } from 'vitest';
import { patchSnapshot } from '../../../src/renderer/src/model/snapshot-patch';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTable } from '../../../src/shared/tables/engine';

describe('snapshot patch of table-notes:set', () => {
  it('sets and removes the note; the tables re-derive with it', () => {
    const snap = { ...sampleSnapshot(), tableNotes: { 9: '资本金' } };
    const set = patchSnapshot(
      snap,
      'table-notes:set',
      { tableNo: 8, text: ' 基金 ' },
      { tableNo: 8, text: '基金' },
    );
    expect(set.kind).toBe('patched');
    if (set.kind !== 'patched') return;
    expect(set.tablesAffected).toBe(true);
    expect(set.snapshot.tableNotes).toEqual({ 8: '基金', 9: '资本金' });
    expect(deriveTable(set.snapshot, 8).notes).toEqual(['注：基金']);

    const cleared = patchSnapshot(
      set.snapshot,
      'table-notes:set',
      { tableNo: 8, text: '' },
      { tableNo: 8, text: '' },
    );
    expect(cleared.kind === 'patched' && cleared.snapshot.tableNotes).toEqual({ 9: '资本金' });
    expect(patchSnapshot(snap, 'table-notes:get', {}, { 9: '资本金' })).toEqual({
      kind: 'unchanged',
    });
  });
});
