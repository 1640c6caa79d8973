/**
 * Pure logic behind the workspace views: income comparison; 三公 sources agree with table 7; the
 * preview header grid; the tables updated incrementally from change sets equal a full derivation.
 */
import { describe, expect, it } from 'vitest';
import type { LineItem } from '../../../src/shared/domain';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../../src/shared/tables/engine';
import { syntheticBook } from '../../../bench/synthetic-book';
import { applyLineChange } from '../../../src/renderer/src/model/incremental';
import { incomeSummary } from '../../../src/renderer/src/model/income';
import { cellText, headerRows } from '../../../src/renderer/src/model/preview';
import { threePublicSources } from '../../../src/renderer/src/model/three-public';
import { applyChanges } from '../../../src/shared/api/apply-changes';

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
      const edit = r < 0.15 ? 'delete' : 'save';
      const saved: LineItem =
        r < 0.6
          ? { ...line, amountFen: line.amountFen + Math.floor(rand() * 2_000_000) - 500_000 }
          : {
              ...line,
              functionCode: snap.lines[Math.floor(rand() * snap.lines.length)].functionCode,
            };
      const res = applyChanges(
        snap,
        edit === 'delete' ? { lines: { removed: [line.id] } } : { lines: { changed: [saved] } },
      );
      if (!res.lineChange) throw new Error('line edits patch the copy');
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
      const res = applyChanges(snap, { lines: { changed: [saved] } });
      if (!res.lineChange) throw new Error('line edits patch the copy');
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
