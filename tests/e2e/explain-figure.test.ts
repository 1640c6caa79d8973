/**
 * 解释数字 in the app: a figure of 报表预览 opened by a click shows its rule, lines, sum,
 * rounding and 尾差; Esc gives the cell back its focus and Enter opens it again; a line of the
 * explanation opens the 基本支出 grid with the cursor on that line. Screenshot: /tmp/budgetdesk-ui-explain.png (docs/images/ with BUDGETDESK_SCREENSHOTS).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSample, screenshot, startE2e, type E2eSession } from './harness';
import { section } from './preview-helpers';

let s: E2eSession;

beforeAll(async () => {
  s = await startE2e();
});
afterAll(async () => {
  await s?.close();
});

describe('报表预览: explain a printed figure', () => {
  it('opens 表3 [21011] 合计 by a click and by Enter, and reaches a line in its grid', async () => {
    const { page } = s;
    await openSample(s);
    await page.getByRole('navigation', { name: '预算编制' }).waitFor();
    await section(page, '报表预览');
    await page.locator('.tabs [data-table="3"]').click();
    const cell = page.locator(
      'article.sheet[data-table="3"] tr[data-row="fn:21011"] td[data-col="2"]',
    );
    expect((await cell.innerText()).trim()).toBe('17.20');
    await cell.click();

    const panel = page.locator('[data-field="explain-panel"]');
    await panel.waitFor();
    expect(await panel.locator('[data-field="explain-printed"]').innerText()).toBe('17.20');
    expect(await panel.locator('[data-field="explain-sum"]').innerText()).toBe('172,000.00');
    expect(await panel.locator('[data-field="explain-rule"]').innerText()).toContain(
      '功能科目编码以 21011 开头',
    );
    expect(await panel.locator('[data-field="explain-rounding"]').innerText()).toContain(
      '印作 17.20',
    );
    const tail = panel.locator('[data-field="explain-tail"]').first();
    expect(await tail.innerText()).toContain('= 17.21');
    expect(await panel.locator('tbody tr[data-line]').count()).toBe(2);
    await screenshot(page, 'explain');

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await panel.waitFor();

    const id = await panel.locator('tbody tr[data-line]').first().getAttribute('data-line');
    await panel.getByRole('button', { name: `#${id}` }).click();
    await page
      .getByRole('heading', { name: /^基本支出/ })
      .first()
      .waitFor();
    await page.locator(`tr[data-line-id="${id}"] td.active[aria-selected="true"]`).waitFor();
    expect(s.pageErrors).toEqual([]);
  });
});
