/**
 * 汇总下属单位 in the app on the sample book: two unit books chosen in the file dialog, their
 * preview (lines, totals by fund source, changes of tables 1 and 3), 确认汇总 with the 审核 per
 * unit, the merged units listed; a unit book changed afterwards is flagged. Screenshot:
 * /tmp/budgetdesk-ui-merge-preview.png (docs/images/ with BUDGETDESK_SCREENSHOTS).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookDb } from '../../src/main/ledger/book-db';
import { UNITS, unitBook } from '../unit/merge/merge-books';
import { openSample, screenshot, startE2e, type E2eSession } from './harness';
import { previewRows, section } from './preview-helpers';

let s: E2eSession;

beforeAll(async () => {
  s = await startE2e();
});
afterAll(async () => {
  await s?.close();
});

async function choose(path: string): Promise<void> {
  const { page } = s;
  await page.getByRole('button', { name: '添加单位预算…' }).click();
  const dialog = page.getByRole('dialog', { name: '选择下属单位的预算文件' });
  const folder = dialog.getByRole('textbox', { name: '文件夹', exact: true });
  await folder.fill(path);
  await folder.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}

describe('汇总下属单位 in the app', () => {
  it('previews two unit books, merges them, and flags a source changed since', async () => {
    const { page } = s;
    const [a, b] = await Promise.all([
      unitBook(s.workDir, UNITS[1]),
      unitBook(s.workDir, UNITS[2]),
    ]);
    await openSample(s);
    await page.getByRole('navigation', { name: '预算编制' }).waitFor();
    await section(page, '汇总下属单位');
    await choose(a);
    await choose(b);
    await page.getByRole('button', { name: '预览', exact: true }).click();
    const unit = page.locator('section.unit[data-unit="404012"]');
    await unit.waitFor();
    expect(await unit.locator('[data-field="merge-lines"]').innerText()).toBe('5');
    expect(await unit.innerText()).toContain('事业收入');
    expect(await unit.innerText()).toMatch(/表1\s+支出总计\s+预算\s+968\.73\s+10\d\d\.\d\d/);
    await screenshot(page, 'merge-preview');

    await page.getByRole('button', { name: '确认汇总' }).click();
    const done = page.locator('[data-field="merge-result"]');
    await done.waitFor();
    expect(await done.innerText()).toContain('已汇总 2 个单位');
    expect(await done.innerText()).toMatch(/测试局培训中心（404012）：错误 \d+ 项/);
    expect(await done.innerText()).toContain('（全部门）');
    const listed = page.getByRole('table', { name: '已汇总的单位' });
    await listed.locator('[data-source="404013"]').waitFor();
    expect(
      await listed.locator('[data-source="404012"] [data-field="file-state"]').innerText(),
    ).toBe('未改动');

    // Table 11 of the preview now lists each unit.
    await section(page, '报表预览');
    const rows = await previewRows(page, 11);
    expect(rows.some((r) => r.some((c) => c === '测试局培训中心-小计'))).toBe(true);
    expect(rows.some((r) => r.some((c) => c === '测试局服务站-小计'))).toBe(true);

    // The unit's clerk edits its book: the department flags it.
    const ub = BookDb.open(a);
    ub.db.prepare('UPDATE line_items SET amount_fen = amount_fen + 100 WHERE id = 1').run();
    ub.close();
    await section(page, '单位概况');
    await section(page, '汇总下属单位');
    const state = listed.locator('[data-source="404012"] [data-field="file-state"]');
    await expect.poll(() => state.innerText()).toBe('源文件已改动，需重新汇总');
    await listed
      .locator('[data-source="404012"]')
      .getByRole('button', { name: '重新汇总…' })
      .click();
    await expect.poll(() => unit.innerText()).toContain('将替换');
    expect(s.pageErrors).toEqual([]);
  });
});
