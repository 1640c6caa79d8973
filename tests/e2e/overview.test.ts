/**
 * 概览 in the app: the sample's four composition charts drawn by ECharts' SVG renderer, the
 * 与上年对比 bars once last year's workbook is imported, no console errors (the CSP allows what
 * the SVG renderer does). Screenshot: /tmp/budgetdesk-ui-charts.png (docs/images/ with BUDGETDESK_SCREENSHOTS).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastYearWorkbook } from '../unit/document/last-year-workbook';
import { openSample, screenshot, startE2e, type E2eSession } from './harness';
import { section } from './preview-helpers';

let s: E2eSession;

beforeAll(async () => {
  s = await startE2e();
});
afterAll(async () => {
  await s?.close();
});

describe('概览 charts', () => {
  it('draws the compositions, then the year-on-year bars after last year is imported', async () => {
    const { page } = s;
    await openSample(s);
    await page.getByRole('navigation', { name: '预算编制' }).waitFor();
    await section(page, '概览');
    for (const id of ['function', 'economic', 'kind', 'fund'])
      await page.locator(`figure[data-chart="${id}"] svg`).waitFor();
    expect(await page.locator('figure[data-chart="kind"] svg').innerHTML()).toContain('基本支出');
    expect(await page.locator('figure[data-chart="year"]').count()).toBe(0);

    const file = join(s.workDir, '2020年公开表.xlsx');
    writeFileSync(file, await lastYearWorkbook());
    await section(page, '上年数据');
    await page.getByRole('button', { name: '选择上年工作簿…' }).click();
    const dialog = page.getByRole('dialog', { name: '选择上年公开表工作簿' });
    await dialog.getByRole('textbox', { name: '文件夹', exact: true }).fill(file);
    await dialog.getByRole('textbox', { name: '文件夹', exact: true }).press('Enter');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByText(/已导入上年数/).waitFor();

    await section(page, '概览');
    const year = page.locator('figure[data-chart="year"] svg');
    await year.waitFor();
    expect(await year.innerHTML()).toContain('968.73');
    // The screenshot: the 审核 panel hidden and a taller window, so the charts show whole.
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await page.setViewportSize({ width: 1280, height: 1180 });
    await screenshot(page, 'charts');
    expect(s.pageErrors).toEqual([]);
  });
});
