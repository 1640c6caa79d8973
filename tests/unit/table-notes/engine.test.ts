/**
 * The engine prints the clerk's 表注 under a table whose template accepts one: after the pack's
 * own notes, in place of "注：无" — and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { noteParagraphs } from '../../../src/main/export/document-docx-table';
import { tableHtml } from '../../../src/main/export/document-html-table';
import type { BookSnapshot, LineItem } from '../../../src/shared/domain';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTable, deriveTables, printedClerkNote } from '../../../src/shared/tables/engine';

const FUND_LINE: Omit<LineItem, 'id'> = {
  unitCode: '404011',
  functionCode: '2080199',
  deptEconCode: '30201',
  govEconCode: '50502',
  kind: '基本支出-公用经费',
  projectCode: null,
  fundSource: '政府性基金预算',
  amountFen: 300_000,
};

function withFundLine(book: BookSnapshot): BookSnapshot {
  const id = Math.max(...book.lines.map((l) => l.id)) + 1;
  return { ...book, lines: [...book.lines, { id, ...FUND_LINE }] };
}

describe('clerk notes in the table engine', () => {
  it('an empty 表8 keeps 注：无 until the clerk writes a note, which then replaces it', () => {
    const book = sampleSnapshot();
    const plain = deriveTable(book, 8);
    expect(plain.notes).toEqual(['注：无']);
    expect(plain.acceptsClerkNote).toBe(true);
    expect(plain.clerkNote).toBeUndefined();

    const noted = deriveTable({ ...book, tableNotes: { 8: '本单位无政府性基金预算拨款。' } }, 8);
    expect(noted.notes).toEqual(['注：本单位无政府性基金预算拨款。']);
    expect(noted.clerkNote).toBe('注：本单位无政府性基金预算拨款。');
  });

  it('a non-empty 表8 prints nothing without a note and the note with one', () => {
    const book = withFundLine(sampleSnapshot());
    expect(deriveTable(book, 8).notes).toEqual([]);
    const text = '政府性基金用于就业补助。\n第二行说明。';
    const t8 = deriveTable({ ...book, tableNotes: { 8: text } }, 8);
    expect(t8.notes).toEqual([`注：${text}`]);
    // 表9 has no note of its own and is empty: still 注：无.
    expect(deriveTable({ ...book, tableNotes: { 8: text } }, 9).notes).toEqual(['注：无']);
  });

  it('prints after the pack notes only where the template accepts a note; blank is no note', () => {
    const book = { ...sampleSnapshot(), tableNotes: { 5: '不应印出', 8: '   ', 9: '资本金' } };
    const tables = deriveTables(book);
    const t5 = tables.find((t) => t.number === 5);
    const plain5 = deriveTable(sampleSnapshot(), 5);
    expect(t5?.notes).toEqual(plain5.notes);
    expect(t5?.acceptsClerkNote).toBeUndefined();
    expect(tables.find((t) => t.number === 8)?.notes).toEqual(['注：无']);
    expect(tables.find((t) => t.number === 9)?.notes).toEqual(['注：资本金']);
  });

  it('does not print 注：注：when the clerk typed the prefix', () => {
    expect(printedClerkNote('注：用于补助')).toBe('注：用于补助');
    expect(printedClerkNote(' 注: 用于补助 ')).toBe('注：用于补助');
    expect(printedClerkNote('用于补助')).toBe('注：用于补助');
  });
});

describe('multi-line 表注 in the disclosure document', () => {
  it('a docx paragraph per line; the HTML keeps the line breaks', () => {
    const t8 = deriveTable({ ...sampleSnapshot(), tableNotes: { 8: '第一行\n第二行' } }, 8);
    expect(noteParagraphs(t8)).toHaveLength(2);
    expect(noteParagraphs(deriveTable(sampleSnapshot(), 8))).toHaveLength(1);
    expect(tableHtml(t8, 't8')).toContain('<p class="t-note">注：第一行\n第二行</p>');
  });
});
