/**
 * The renderer's copy of the book follows main's change sets exactly as a reload would: entities
 * by key, 表注 and reasons by key, and whether the printed tables can have changed.
 */
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/shared/api/apply-changes';
import type { BookSnapshot, LineItem } from '../../../src/shared/domain';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTable, deriveTables } from '../../../src/shared/tables/engine';

describe('applyChanges', () => {
  const snap = sampleSnapshot();
  const line: LineItem = { ...snap.lines[0], id: 1000, amountFen: 123_45 };

  it('adds, replaces and deletes lines like the book would list them, saying what went and came', () => {
    const added = applyChanges(snap, { lines: { added: [line] } });
    expect(added.snapshot.lines).toHaveLength(snap.lines.length + 1);
    expect(added.snapshot.lines.at(-1)).toEqual(line);
    expect(added.lineChange).toEqual({ removed: [], added: [line] });
    expect(added.linesOnly).toBe(true);
    const changed = applyChanges(added.snapshot, {
      lines: { changed: [{ ...line, amountFen: 1 }] },
    });
    expect(changed.snapshot.lines.find((l) => l.id === 1000)?.amountFen).toBe(1);
    expect(changed.lineChange?.removed).toEqual([line]);
    const gone = applyChanges(changed.snapshot, { lines: { removed: [1000, 1] } });
    expect(gone.snapshot.lines.map((l) => l.id)).toEqual(snap.lines.slice(1).map((l) => l.id));
    expect(snap.lines).toHaveLength(sampleSnapshot().lines.length); // the old copy is untouched
  });

  it('restores a line under its old id in id order', () => {
    const without = applyChanges(snap, { lines: { removed: [3] } }).snapshot;
    const back = applyChanges(without, {
      lines: { added: [{ ...snap.lines[2] }], removed: [5] },
    }).snapshot;
    expect(back.lines.map((l) => l.id)).toEqual(
      snap.lines.map((l) => l.id).filter((id) => id !== 5),
    );
  });

  it('follows plan, unit, project and indicator changes; the plan leaves the tables alone', () => {
    const e = { unitCode: snap.info.unitCode, fundSource: '事业收入' as const, amountFen: 5 };
    const p1 = applyChanges(snap, { plan: { added: [e] } });
    expect(p1.snapshot.plan.find((x) => x.fundSource === '事业收入')?.amountFen).toBe(5);
    expect(p1.tablesAffected).toBe(false);
    const p2 = applyChanges(p1.snapshot, {
      plan: { removed: [{ unitCode: e.unitCode, fundSource: '事业收入' }] },
    });
    expect(p2.snapshot.plan).toEqual(snap.plan);
    const unit = {
      code: '909',
      name: '下属',
      type: '事业单位' as const,
      parentCode: snap.info.unitCode,
    };
    const u = applyChanges(snap, { units: { added: [unit] } });
    expect(u.snapshot.units).toHaveLength(2);
    expect(u.tablesAffected).toBe(true);
    expect(u.linesOnly).toBe(false);
    const proj = { ...snap.projects[0], name: '改名' };
    expect(applyChanges(snap, { projects: { changed: [proj] } }).snapshot.projects[0].name).toBe(
      '改名',
    );
    const code = snap.projects[0].code;
    const ind = applyChanges(snap, { indicators: { [code]: [] } }).snapshot.indicators ?? [];
    expect(ind.some((i) => i.projectCode === code)).toBe(false);
  });

  it('sets and removes a 表注; the tables re-derive with it', () => {
    const base: BookSnapshot = { ...snap, tableNotes: { 9: '资本金' } };
    const set = applyChanges(base, { tableNotes: { 8: '基金' } });
    expect(set.tablesAffected).toBe(true);
    expect(set.snapshot.tableNotes).toEqual({ 8: '基金', 9: '资本金' });
    expect(deriveTable(set.snapshot, 8).notes).toEqual(['注：基金']);
    const cleared = applyChanges(set.snapshot, { tableNotes: { 8: '' } });
    expect(cleared.snapshot.tableNotes).toEqual({ 9: '资本金' });
  });

  it('a copy fed by a change set derives the same tables as the book with the edit', () => {
    const edited = { ...line, id: snap.lines.length + 1 };
    const via = applyChanges(snap, { lines: { added: [edited] } }).snapshot;
    expect(deriveTables(via)).toEqual(deriveTables({ ...snap, lines: [...snap.lines, edited] }));
  });
});
