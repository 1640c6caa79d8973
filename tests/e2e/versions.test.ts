/**
 * 历史版本 and a replaced book in a real Chromium against the browser mode. A sample book with a
 * 报送稿 and a later edit: the sidebar opens 历史版本, which lists the versions and the change since the
 * 报送稿; 预览恢复 shows each table's total now → after; 恢复到此版本 puts the 报送稿 back. Then
 * the book file is replaced on disk while open: the next save is refused with the Chinese banner,
 * and 另存为新文件 keeps the open state in a new book.
 * Screenshots: /tmp/budgetdesk-ui-versions.png, /tmp/budgetdesk-ui-replaced.png
 * (BUDGETDESK_SHOTS to change the folder).
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleBook } from '../../src/main/api/handlers/sample-book';
import type { ArgOf, Channel, ResultOf } from '../../src/shared/api/contract';
import { listPlan } from '../../src/main/ledger/plan';
import { startE2e, type E2eSession } from './harness';

let s: E2eSession;
let session = '';

/** A call in the book's session, as a window of it would make it. */
async function call<C extends Channel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C>> {
  const r = await s.app.api.invoke(channel, arg, session);
  if (!r.ok) throw new Error(r.error.message);
  return r.data as ResultOf<C>;
}
const SHOTS = process.env.BUDGETDESK_SHOTS ?? '/tmp';

beforeAll(async () => {
  s = await startE2e();
  const path = join(s.workDir, '预算.sqlite');
  createSampleBook(path);
  session = (await call('book:open', { path })).session ?? '';
  await call('book:submit', { label: '一上' });
  await call('plan:set', {
    entry: { unitCode: '404011', fundSource: '事业收入', amountFen: 500000 },
  });
  const [first] = await call('lines:list', {});
  await call('lines:save-many', { lines: [{ ...first, amountFen: first.amountFen + 500000 }] });
});
afterAll(async () => {
  await s?.close();
});

describe('历史版本 (browser mode)', () => {
  it('lists versions and changes, previews and restores the 报送稿', async () => {
    const { page } = s;
    await page.goto(`${s.app.server.url}&session=${session}`);
    await page.getByRole('navigation', { name: '预算编制' }).waitFor();
    await page
      .getByRole('navigation', { name: '预算编制' })
      .getByRole('button', { name: /历史版本/ })
      .click();
    const list = page.getByRole('table', { name: '历史版本' });
    await list.waitFor();
    expect(await list.locator('tbody tr').count()).toBe(1);
    expect(await list.locator('tbody tr').first().innerText()).toContain('报送稿“一上”');
    const changes = page.locator('.changes');
    await changes.waitFor();
    expect(await changes.innerText()).toContain('404011 事业收入：— → 5,000.00');
    expect(await changes.innerText()).toMatch(
      /第 1 行修改：\s*金额\(元\) 537,386\.12 → 542,386\.12/,
    );
    expect(await changes.innerText()).toMatch(/表1\s+收入总计\s+预算\s+968\.73\s+969\.23/);

    await list.getByRole('button', { name: '预览恢复' }).click();
    const preview = page.getByLabel('恢复预览');
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(/表2 收入总体情况表\s+9,692,300\.00\s+9,687,300\.00/);
    await page.screenshot({ path: join(SHOTS, 'budgetdesk-ui-versions.png'), fullPage: true });

    await preview.getByRole('button', { name: '恢复到此版本' }).click();
    await page.getByText(/^已恢复到 .* 的版本/).waitFor();
    expect(listPlan(s.app.book()!).some((p) => p.fundSource === '事业收入')).toBe(false);
    expect((await call('lines:list', {}))[0].amountFen).toBe(53738612);
    // The state before the restore is itself a version now.
    expect(await list.locator('tbody tr').count()).toBe(2);
    expect(await list.locator('tbody tr').first().innerText()).toContain('恢复历史版本前');
    expect(s.pageErrors).toEqual([]);
  });

  it('a book replaced on disk: the save is refused and 另存为新文件 keeps the open state', async () => {
    const { page } = s;
    const path = s.app.book()!.path;
    const other = join(s.workDir, 'other.sqlite');
    createSampleBook(other);
    renameSync(other, path);
    // Any save now meets the replaced file; 单位概况's text is one.
    await page.keyboard.press('Alt+1');
    const duties = page.locator('textarea').first();
    await duties.waitFor();
    await duties.fill('被替换后输入的职责');
    await duties.blur();
    const banner = page.locator('[data-field="book-replaced"]');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(`预算文件“${path}”在打开期间被另一个文件替换了`);
    await page.screenshot({ path: join(SHOTS, 'budgetdesk-ui-replaced.png') });
    const target = join(s.workDir, '另存.sqlite');
    await banner.locator('[data-field="save-as-path"]').fill(target);
    await banner.getByRole('button', { name: '另存为新文件' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(s.app.book()!.path).toBe(target);
    expect(await page.locator('[data-field="path"]').innerText()).toBe(target);
    // The pageerror/console collector sees the refused save as a logged failure only if the
    // screen logged it; the banner is the clerk-facing signal.
    expect(s.pageErrors.filter((e) => !/BOOK_REPLACED|替换/.test(e))).toEqual([]);
  });
});
