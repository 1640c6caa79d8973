/**
 * Incremental 审核 equals a full run: series of edits of a synthetic book (amounts, a new 功能科目
 * row, deletions, a project renamed), the tables updated by the renderer's incremental path, the
 * findings computed by the 审核 session as the worker runs it — every message structurally
 * cloned as postMessage does, the page applying each answer's delta — and compared with
 * validateBook on the same book. And it is incremental: a one-line edit judges a handful of rows.
 */
import { describe, expect, it } from 'vitest';
import { syntheticBook } from '../../../bench/synthetic-book';
import { applyChanges } from '../../../src/shared/api/apply-changes';
import type { BookChanges } from '../../../src/shared/api/changes';
import type { BookSnapshot, IncomePlanEntry, LineItem } from '../../../src/shared/domain';
import { deriveTables } from '../../../src/shared/tables/engine';
import type { TableModel } from '../../../src/shared/tables/model';
import { applyModelPatch, modelPatch } from '../../../src/shared/tables/model-patch';
import { validateBook } from '../../../src/shared/validation';
import type { Finding } from '../../../src/shared/validation/finding';
import { applyFindingDelta } from '../../../src/shared/validation/finding-delta';
import { getPackRules } from '../../../src/shared/validation/rule-sets';
import { tablesOfRule, validateIncrementally } from '../../../src/shared/validation/incremental';
import { applyLineChange } from '../../../src/renderer/src/model/incremental';
import {
  ValidationSession,
  type ValidationReply,
} from '../../../src/renderer/src/model/validation-session';

/** The page's side: the book copy, the tables, the patches posted, the findings shown. */
class Page {
  models: TableModel[];
  findings: Finding[] = [];
  private readonly session = new ValidationSession();
  private id = 0;

  constructor(public book: BookSnapshot) {
    this.models = deriveTables(book);
    this.receive(this.post({ type: 'reset', snapshot: book, models: this.models, assets: null }));
  }

  private post(msg: object): ValidationReply {
    // What crosses the thread boundary is a structured clone, both ways.
    const request = structuredClone({ ...msg, id: ++this.id }) as Parameters<
      ValidationSession['handle']
    >[0];
    return structuredClone(this.session.handle(request));
  }

  private receive(r: ValidationReply): void {
    if ('error' in r) throw new Error(r.error);
    this.findings = 'findings' in r ? r.findings : applyFindingDelta(this.findings, r.delta);
  }

  change(changes: BookChanges): ValidationReply {
    const res = applyChanges(this.book, changes);
    const before = this.models;
    this.book = res.snapshot;
    const quick = res.lineChange ? applyLineChange(this.book, before, res.lineChange) : null;
    this.models = quick ?? deriveTables(this.book);
    const patches = this.models.flatMap((m, i) => modelPatch(before[i], m) ?? []);
    const reply = this.post({ type: 'changes', changes, patches });
    this.receive(reply);
    return reply;
  }
}

/** The book with a 控制数 per unit and source equal to its lines, so PLAN-SOURCE has work to do. */
function withPlan(book: BookSnapshot): BookSnapshot {
  const sums = new Map<string, IncomePlanEntry>();
  for (const l of book.lines) {
    const key = `${l.unitCode}|${l.fundSource}`;
    const e = sums.get(key) ?? { unitCode: l.unitCode, fundSource: l.fundSource, amountFen: 0 };
    sums.set(key, { ...e, amountFen: e.amountFen + l.amountFen });
  }
  return { ...book, plan: [...sums.values()] };
}

describe('incremental 审核', () => {
  it('names the tables of every identity', () => {
    const rules = getPackRules('jiangmen-2021').tables;
    for (const rule of rules) expect(tablesOfRule(rule).length).toBeGreaterThan(0);
  });

  it('gives the findings of a full run after every kind of edit, as the worker answers them', () => {
    const page = new Page(withPlan(syntheticBook(3, 400)));
    // The page says no 国有资产 were entered (null), so their check runs, as in main's 审核.
    const full = (): Finding[] => validateBook(page.book, { tables: page.models, assets: null });
    expect(page.findings).toEqual(full());
    const line = (i: number): LineItem => page.book.lines[i % page.book.lines.length];
    const edits: BookChanges[] = [
      // Amounts grow, turn negative (an error finding), come back.
      { lines: { changed: [{ ...line(5), amountFen: line(5).amountFen + 123 }] } },
      { lines: { changed: [{ ...line(40), amountFen: -line(40).amountFen }] } },
      { lines: { changed: [{ ...line(40), amountFen: -line(40).amountFen }] } },
      // A 功能科目 no table printed before: rows appear.
      { lines: { changed: [{ ...line(77), functionCode: '2013101' }] } },
      // A line moves to another fund source, another unit and a 政府经济科目 its unit may not use,
      // and gets a code the catalog lacks: the book rules' groups move with it.
      {
        lines: {
          changed: [
            {
              ...line(120),
              fundSource: line(121).fundSource === '事业收入' ? '其他收入' : '事业收入',
            },
            { ...line(130), unitCode: line(300).unitCode, govEconCode: '50101' },
            { ...line(140), deptEconCode: '98765' },
          ],
        },
      },
      { lines: { changed: [{ ...line(140), deptEconCode: line(141).deptEconCode }] } },
      // Several lines at once, then two deleted.
      {
        lines: {
          changed: [0, 1, 2].map((i) => ({
            ...line(i * 50),
            amountFen: line(i * 50).amountFen * 3,
          })),
        },
      },
      { lines: { removed: [line(9).id, line(10).id] } },
      // A project renamed: labels change, amounts do not.
      { projects: { changed: [{ ...page.book.projects[1], name: '改名后的项目' }] } },
    ];
    for (const e of edits) {
      page.change(e);
      expect(page.findings).toEqual(full());
    }
  });

  it('answers a one-line edit of a large book with a few rows judged and a small delta', () => {
    let book = syntheticBook(20, 10_000);
    let models = deriveTables(book);
    let state = validateIncrementally(book, models);
    const allUnits = state.units;
    const findings = state.findings.length;
    expect(findings).toBeGreaterThan(1_000); // thousands of 尾差: the case that needs this
    const page = new Page(book);
    for (let i = 0; i < 5; i++) {
      const line = book.lines[i * 997];
      const changes: BookChanges = {
        lines: { changed: [{ ...line, amountFen: line.amountFen + 10_000 }] },
      };
      const res = applyChanges(book, changes);
      book = res.snapshot;
      models = applyLineChange(book, models, res.lineChange!) ?? deriveTables(book);
      state = validateIncrementally(book, models, state);
      // A line shows in a few rows of a few tables (the item, its 款, 类 and the totals).
      expect(state.units).toBeLessThan(allUnits / 20);
      const reply = page.change(changes);
      expect('delta' in reply).toBe(true);
      if ('delta' in reply) expect(reply.delta.added.length).toBeLessThan(findings / 10);
    }
    expect(page.findings).toEqual(validateBook(book, { tables: models, assets: null }));
  });
});

describe('table model patches', () => {
  it('carry only the changed rows and rebuild the same model', () => {
    const book = syntheticBook(2, 300);
    const before = deriveTables(book);
    const line = book.lines[3];
    const after = applyLineChange(
      { ...book, lines: book.lines.map((l) => (l === line ? { ...l, amountFen: 1 } : l)) },
      before,
      { removed: [line], added: [{ ...line, amountFen: 1 }] },
    )!;
    let rowsSent = 0;
    after.forEach((m, i) => {
      const p = modelPatch(before[i], m);
      if (!p) return expect(m).toBe(before[i]);
      expect('rows' in p).toBe(true);
      if ('rows' in p) rowsSent += p.rows.length;
      expect(applyModelPatch(structuredClone(before[i]), structuredClone(p))).toEqual(m);
    });
    expect(rowsSent).toBeGreaterThan(0);
    expect(rowsSent).toBeLessThan(40);
  });

  it('refuse to apply row patches to a table with other rows', () => {
    const [a] = deriveTables(syntheticBook(2, 300), [2]);
    const patch = modelPatch(a, { ...a, rows: a.rows.map((r) => ({ ...r })) })!;
    const other = { ...a, rows: a.rows.map((r, i) => (i === 3 ? { ...r, key: 'fn:other' } : r)) };
    expect(() => applyModelPatch(other, patch)).toThrow(/不一致/);
    expect(modelPatch(a, { ...a, rows: a.rows.slice(1) })).toHaveProperty('model');
  });
});
