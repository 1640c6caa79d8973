/**
 * 表注 in a real Chromium against the browser mode: a book whose lines (imported as
 * `import-lines` does) include 政府性基金预算 money shows the FUND-TABLE-NOTE warning; the
 * finding opens 报表预览 at 表8's 表注 field, highlighted with 审核's request; typing the note
 * clears the warning (and stores it in the book); 撤销 brings the warning back.
 * Screenshot: /tmp/budgetdesk-ui-table-note.png (BUDGETDESK_SHOTS to change the folder).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookDb } from '../../src/main/ledger/book-db';
import { setAssets } from '../../src/main/ledger/assets';
import { importLinesFile } from '../../src/main/import/lines-import';
import { listTableNotes } from '../../src/main/ledger/table-notes';
import { ASSETS } from '../helpers/book-fixtures';
import { csvText, utf8 } from '../helpers/lines-csv';
import { startE2e, type E2eSession } from './harness';

let s: E2eSession;
let address: string;
const SHOTS = process.env.BUDGETDESK_SHOTS ?? '/tmp';
const NOTE = '政府性基金预算安排 0.30 万元，用于就业补助。';

const UNIT = ['404011', '江门市人力资源和社会保障局信息中心', '事业单位'];
const ROWS = [
  [
    ...UNIT,
    '2080199',
    '30101',
    '',
    '基本支出-人员经费',
    '',
    '',
    '',
    '',
    '一般公共预算',
    '100000.00',
  ],
  [
    ...UNIT,
    '2080199',
    '30201',
    '',
    '基本支出-公用经费',
    '',
    '',
    '',
    '',
    '政府性基金预算',
    '3000.00',
  ],
];

beforeAll(async () => {
  s = await startE2e();
  // The book is made in main before the page loads; the page joins its session (its address).
  const book = BookDb.create(join(s.workDir, 'fund.sqlite'), {
    year: 2021,
    packId: 'jiangmen-2021',
    unit: { code: UNIT[0], name: UNIT[1], type: '事业单位', parentCode: null },
  });
  await importLinesFile(book, 'lines.csv', utf8(csvText(ROWS)));
  // 国有资产 filled, so the only thing the book lacks is the 表注.
  setAssets(book, ASSETS);
  address = s.app.openInPage(book);
});
afterAll(async () => {
  await s?.close();
});

describe('表注 under 表8 (browser mode)', () => {
  it('warns, opens 表8 at its 表注, clears when typed, and comes back on undo', async () => {
    const { page } = s;
    await page.goto(address);
    await page.getByRole('navigation', { name: '预算编制' }).waitFor();
    const finding = page.locator('.finding[data-rule="FUND-TABLE-NOTE"]');
    await finding.waitFor();
    expect(await page.locator('.finding').count()).toBe(1);

    await finding.locator('button.main').click();
    const box = page.locator('[data-field="table-note"][data-table="8"]');
    await box.waitFor();
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.field === 'table-note',
    );
    expect(await page.locator('[role="tab"][aria-selected="true"]').innerText()).toContain('表8');
    expect(await page.locator('.clerk-note.wanted').count()).toBe(1);
    expect(await page.locator('[data-field="table-note-request"]').innerText()).toContain(
      '表8“政府性基金预算支出情况表”有金额',
    );
    await page.screenshot({ path: join(SHOTS, 'budgetdesk-ui-table-note-wanted.png') });

    await page.keyboard.type(NOTE);
    await page.locator('.clerk-note [data-status="saved"]').waitFor();
    expect(listTableNotes(s.app.book()!)).toEqual({ 8: NOTE });
    await page.locator('.clean').waitFor(); // 未发现问题
    expect(await finding.count()).toBe(0);
    expect(await page.locator('.clerk-note.wanted').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'budgetdesk-ui-table-note.png') });

    await page.getByRole('button', { name: /^撤销：修改表8表注/ }).click();
    await finding.waitFor();
    expect(listTableNotes(s.app.book()!)).toEqual({});
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-field="table-note"]') as HTMLTextAreaElement).value === '',
    );
    expect(await page.locator('.clerk-note.wanted').count()).toBe(1);

    await page.getByRole('button', { name: /^重做：修改表8表注/ }).click();
    await page.locator('.clean').waitFor();
    expect(await box.inputValue()).toBe(NOTE);
    expect(s.pageErrors).toEqual([]);
  });
});
