/**
 * Incremental 审核 equals a full run: random line edits of a synthetic book, tables updated by the
 * renderer's incremental path, findings compared with validateBook on the same book.
 */
import { describe, expect, it } from 'vitest';
import { syntheticBook } from '../../../bench/synthetic-book';
import type { BookSnapshot, LineItem } from '../../../src/shared/domain';
import { deriveTables } from '../../../src/shared/tables/engine';
import { validateBook } from '../../../src/shared/validation';
import { getPackRules } from '../../../src/shared/validation/rule-sets';
import { tablesOfRule, validateIncrementally } from '../../../src/shared/validation/incremental';
import { applyLineChange } from '../../../src/renderer/src/model/incremental';

describe('incremental 审核', () => {
  it('names the tables of every identity', () => {
    const rules = getPackRules('jiangmen-2021').tables;
    for (const rule of rules) expect(tablesOfRule(rule).length).toBeGreaterThan(0);
  });

  it('gives the findings of a full run after each of a series of edits, re-running fewer rules', () => {
    let book: BookSnapshot = syntheticBook(3, 400);
    let models = deriveTables(book);
    let state = validateIncrementally(book, models);
    expect(state.findings).toEqual(validateBook(book, { tables: models }));
    const total = state.rerun;
    let fewer = 0;
    for (let i = 0; i < 6; i++) {
      const old = book.lines[(i * 37) % book.lines.length];
      // Every third edit makes an amount negative (an error finding), the others grow it.
      const saved: LineItem = {
        ...old,
        amountFen: i % 3 === 0 ? -old.amountFen : old.amountFen + 123,
      };
      book = { ...book, lines: book.lines.map((l) => (l.id === saved.id ? saved : l)) };
      models =
        applyLineChange(book, models, { removed: [old], added: [saved] }) ?? deriveTables(book);
      state = validateIncrementally(book, models, state);
      expect(state.findings).toEqual(validateBook(book, { tables: models }));
      if (state.rerun < total) fewer++;
    }
    expect(fewer).toBeGreaterThan(0);
  });
});
