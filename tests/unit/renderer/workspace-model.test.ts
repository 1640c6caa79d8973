/**
 * Pure logic behind the workspace views: the live copy of the book follows each write exactly as
 * a reload would; income comparison; 三公 sources agree with table 7; the preview header grid.
 */
import { describe, expect, it } from 'vitest';
import type { BookSnapshot, LineItem } from '../../../src/shared/domain';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../../src/shared/tables/engine';
import { syntheticBook } from '../../../bench/synthetic-book';
import { applyLineChange } from '../../../src/renderer/src/model/incremental';
import { incomeSummary } from '../../../src/renderer/src/model/income';
import { cellText, headerRows } from '../../../src/renderer/src/model/preview';
import {
  isReadChannel,
  patchSnapshot,
  upsertLines,
} from '../../../src/renderer/src/model/snapshot-patch';
import { threePublicSources } from '../../../src/renderer/src/model/three-public';

function patched(snap: BookSnapshot, channel: string, arg: unknown, data: unknown): BookSnapshot {
  const r = patchSnapshot(snap, channel, arg, data);
  if (r.kind !== 'patched') throw new Error(`expected a patch for ${channel}, got ${r.kind}`);
  return r.snapshot;
}

describe('snapshot patching', () => {
  const snap = sampleSnapshot();
  const line: LineItem = { ...snap.lines[0], id: 1000, amountFen: 123_45 };

  it('adds, replaces and deletes lines like the book would list them', () => {
    const added = patched(snap, 'lines:save', { line }, line);
    expect(added.lines).toHaveLength(snap.lines.length + 1);
    expect(added.lines.at(-1)).toEqual(line);
    const changed = patched(added, 'lines:save', {}, { ...line, amountFen: 1 });
    expect(changed.lines.find((l) => l.id === 1000)?.amountFen).toBe(1);
    const gone = patched(changed, 'lines:delete', { ids: [1000, 1] }, null);
    expect(gone.lines.map((l) => l.id)).toEqual(snap.lines.slice(1).map((l) => l.id));
    expect(snap.lines).toHaveLength(sampleSnapshot().lines.length); // the old copy is untouched
  });

  it('save-many deletes, updates and restores lines under their old id in id order', () => {
    const restored = { ...snap.lines[2] };
    const without = patched(snap, 'lines:delete', { ids: [3] }, null);
    const back = patched(without, 'lines:save-many', { lines: [restored], deleteIds: [5] }, [
      restored,
    ]);
    expect(back.lines.map((l) => l.id)).toEqual(
      snap.lines.map((l) => l.id).filter((id) => id !== 5),
    );
    expect(upsertLines(snap.lines, [], [1, 2]).length).toBe(snap.lines.length - 2);
  });

  it('follows plan, unit and project writes; reads change nothing; unknown writes reload', () => {
    const e = { unitCode: snap.info.unitCode, fundSource: '事业收入' as const, amountFen: 5 };
    const p1 = patched(snap, 'plan:set', { entry: e }, e);
    expect(p1.plan.find((x) => x.fundSource === '事业收入')?.amountFen).toBe(5);
    const p2 = patched(p1, 'plan:clear', { unitCode: e.unitCode, fundSource: '事业收入' }, null);
    expect(p2.plan).toEqual(snap.plan);
    const unit = {
      code: '9',
      name: '下属',
      type: '事业单位' as const,
      parentCode: snap.info.unitCode,
    };
    expect(patched(snap, 'units:save', { unit }, unit).units).toHaveLength(2);
    expect(patched(snap, 'units:delete', { code: snap.info.unitCode }, null).units).toHaveLength(0);
    const proj = { ...snap.projects[0], name: '改名' };
    expect(patched(snap, 'projects:save', { project: proj }, proj).projects[0].name).toBe('改名');
    expect(patchSnapshot(snap, 'lines:list', {}, []).kind).toBe('unchanged');
    expect(patchSnapshot(snap, 'texts:set', {}, {}).kind).toBe('unchanged');
    expect(patchSnapshot(snap, 'lines:import', {}, {}).kind).toBe('reload');
    expect(patchSnapshot(snap, 'lines:save-many', {}, { odd: true }).kind).toBe('reload');
    expect(isReadChannel('indicators:list')).toBe(true);
    expect(isReadChannel('plan:set')).toBe(false);
    // The 科目表 screen's reads do not reload the copy; its 确认导入 (names in the tables) does.
    expect(isReadChannel('catalog:book')).toBe(true);
    expect(isReadChannel('catalog:import-preview')).toBe(true);
    expect(patchSnapshot(snap, 'catalog:import-commit', {}, {}).kind).toBe('reload');
  });

  it('a patched copy derives the same tables as the book with the edit', () => {
    const edited = { ...line, id: snap.lines.length + 1 };
    const viaPatch = patched(snap, 'lines:save', {}, edited);
    const direct: BookSnapshot = { ...snap, lines: [...snap.lines, edited] };
    expect(deriveTables(viaPatch)).toEqual(deriveTables(direct));
  });
});

describe('income comparison', () => {
  it('the sample balances: every source allocates exactly its plan', () => {
    const s = incomeSummary(sampleSnapshot(), null);
    expect(s.balanced).toBe(true);
    expect(s.incomeFen).toBe(s.expenditureFen);
    expect(s.rows.map((r) => r.fundSource)[0]).toBe('一般公共预算');
    expect(s.rows.find((r) => r.fundSource === '事业收入')?.planFen).toBeNull();
  });

  it('a changed 控制数 shows its difference and unbalances the book', () => {
    const snap = sampleSnapshot();
    const plan = snap.plan.map((e) =>
      e.fundSource === '一般公共预算' ? { ...e, amountFen: e.amountFen + 100 } : e,
    );
    const s = incomeSummary({ ...snap, plan }, snap.info.unitCode);
    expect(s.balanced).toBe(false);
    expect(s.rows.find((r) => r.fundSource === '一般公共预算')?.differenceFen).toBe(-100);
    expect(s.incomeFen - s.expenditureFen).toBe(100);
  });
});

describe('三公 sources', () => {
  it('each figure equals table 7 and the sum of the lines it lists', () => {
    const snap = sampleSnapshot();
    const t7 = deriveTables(snap, [7])[0];
    const sources = threePublicSources(snap, t7);
    expect(sources.map((s) => s.key)).toEqual([
      'admin',
      'threePublic',
      'overseas',
      'cars',
      'carPurchase',
      'carRunning',
      'reception',
    ]);
    for (const s of sources) expect(s.lines.reduce((a, l) => a + l.amountFen, 0)).toBe(s.totalFen);
    const byKey = new Map(sources.map((s) => [s.key, s]));
    expect(byKey.get('threePublic')?.totalFen).toBe(13_000_00); // 1.30 万元 in the sample
    expect(byKey.get('carRunning')?.econCodes).toEqual(['30231']);
    expect(byKey.get('admin')?.totalFen).toBe(0); // a 事业单位 has no 行政经费
    expect(byKey.get('admin')?.unitTypes).toEqual(['行政单位', '参公事业单位']);
  });
});

describe('preview layout', () => {
  it('groups header cells by row and prints amounts in 万元', () => {
    const t3 = deriveTables(sampleSnapshot(), [3])[0];
    const rows = headerRows(t3);
    expect(rows).toHaveLength(t3.headerRows);
    expect(rows.flat()).toHaveLength(t3.header.length);
    for (const r of rows)
      expect(r.map((c) => c.col)).toEqual([...r.map((c) => c.col)].sort((a, b) => a - b));
    expect(cellText({ kind: 'amount', fen: 8_975_000 })).toBe('8.98');
    expect(cellText({ kind: 'amount', fen: 0 })).toBe('0.00');
    expect(cellText({ kind: 'empty' })).toBe('');
  });
});

describe('incremental table update', () => {
  /** A deterministic pseudo-random sequence, so a failure can be replayed. */
  function rng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a * 1664525 + 1013904223) >>> 0;
      return a / 2 ** 32;
    };
  }

  it('equals a full derivation after random amount, code and delete edits of the sample', () => {
    const rand = rng(7);
    let snap = sampleSnapshot();
    let models = deriveTables(snap);
    let quick = 0;
    for (let step = 0; step < 60; step++) {
      const line = snap.lines[Math.floor(rand() * snap.lines.length)];
      const r = rand();
      const channel = r < 0.15 ? 'lines:delete' : 'lines:save';
      const saved: LineItem =
        r < 0.6
          ? { ...line, amountFen: line.amountFen + Math.floor(rand() * 2_000_000) - 500_000 }
          : {
              ...line,
              functionCode: snap.lines[Math.floor(rand() * snap.lines.length)].functionCode,
            };
      const res =
        channel === 'lines:delete'
          ? patchSnapshot(snap, channel, { ids: [line.id] }, null)
          : patchSnapshot(snap, channel, { line: saved }, saved);
      if (res.kind !== 'patched' || !res.lineChange) throw new Error('line edits patch the copy');
      snap = res.snapshot;
      const next = applyLineChange(snap, models, res.lineChange);
      if (next) quick++;
      models = next ?? deriveTables(snap);
      expect(models).toEqual(deriveTables(snap));
    }
    expect(quick).toBeGreaterThan(20); // most edits take the quick path
  });

  it('equals a full derivation on a synthetic 3,000-line book of many units and projects', () => {
    const rand = rng(11);
    let snap = syntheticBook(12, 3_000, 99);
    let models = deriveTables(snap);
    for (let step = 0; step < 25; step++) {
      const line = snap.lines[Math.floor(rand() * snap.lines.length)];
      const saved: LineItem = {
        ...line,
        amountFen: Math.floor(rand() * 3) === 0 ? 0 : line.amountFen * 2 + 1,
      };
      const res = patchSnapshot(snap, 'lines:save-many', { lines: [saved] }, [saved]);
      if (res.kind !== 'patched' || !res.lineChange) throw new Error('line edits patch the copy');
      snap = res.snapshot;
      models = applyLineChange(snap, models, res.lineChange) ?? deriveTables(snap);
      expect(models).toEqual(deriveTables(snap));
    }
  });

  it('gives up (null) when an edit adds a row the table did not print', () => {
    const snap = sampleSnapshot();
    const models = deriveTables(snap);
    const added: LineItem = { ...snap.lines[0], id: 999, functionCode: '2013101' };
    expect(
      applyLineChange({ ...snap, lines: [...snap.lines, added] }, models, {
        removed: [],
        added: [added],
      }),
    ).toBeNull();
  });
});
