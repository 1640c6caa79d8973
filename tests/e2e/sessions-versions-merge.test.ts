/**
 * 历史版本 and 汇总下属单位 in three tabs of the same book session (browser mode): tab A freezes a
 * 报送稿, edits, and merges a unit book; tab B, on 历史版本, and tab C, on 汇总下属单位, are never
 * reloaded nor moved, and show the new versions, the change log since the 报送稿, the merged unit
 * and tab C's own preview of that unit book checked again, as soon as main's change sets reach
 * them (server-sent events).
 * Screenshot of tab B: /tmp/budgetdesk-ui-versions-other-tab.png (BUDGETDESK_SHOTS to change the
 * folder).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleBook } from '../../src/main/api/handlers/sample-book';
import type { LineItem } from '../../src/shared/domain';
import { UNITS, unitBook } from '../unit/merge/merge-books';
import { callApi, collectPageErrors, startE2e, type E2eSession } from './harness';
import { section } from './preview-helpers';

let s: E2eSession;
let session = '';
let tabB: Page;
let tabC: Page;
const tabErrors: string[] = [];
const SHOTS = process.env.BUDGETDESK_SHOTS ?? '/tmp';

/** A tab of the book's session, shown on `title`. */
async function tabOn(title: string): Promise<Page> {
  const page = await s.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  tabErrors.push(...collectPageErrors(page));
  await page.goto(`${s.app.server.url}&session=${session}`);
  await page.getByRole('navigation', { name: '预算编制' }).waitFor();
  await section(page, title);
  return page;
}

/** Chooses a unit book in the tab's file dialog and previews it. */
async function chooseUnitBook(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: '添加单位预算…' }).click();
  const dialog = page.getByRole('dialog', { name: '选择下属单位的预算文件' });
  const folder = dialog.getByRole('textbox', { name: '文件夹', exact: true });
  await folder.fill(path);
  await folder.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: '预览', exact: true }).click();
}

const versionRows = (page: Page) =>
  page.getByRole('table', { name: '历史版本' }).locator('tbody tr');

beforeAll(async () => {
  s = await startE2e();
  const path = join(s.workDir, '部门.sqlite');
  createSampleBook(path);
  const opened = await s.app.api.invoke('book:open', { path });
  if (!opened.ok) throw new Error(opened.error.message);
  session = (opened.data as { session: string }).session;
  await s.page.goto(`${s.app.server.url}&session=${session}`);
  await s.page.getByRole('navigation', { name: '预算编制' }).waitFor();
  tabB = await tabOn('历史版本');
  tabC = await tabOn('汇总下属单位');
});
afterAll(async () => {
  await s?.close();
});

describe('历史版本 and 汇总下属单位 follow the other tabs of the session', () => {
  it('a 报送稿 and a later edit in tab A appear in tab B’s 历史版本 and change log', async () => {
    await tabB.getByText('还没有历史版本。').waitFor();
    await tabB.getByText(/^还没有报送稿/).waitFor();

    await section(s.page, '历史版本');
    await s.page.locator('[data-field="submit-label"]').fill('一上');
    await s.page.getByRole('button', { name: '冻结为报送稿' }).click();
    await s.page.getByText(/^已冻结报送稿“一上”/).waitFor();

    await versionRows(tabB).filter({ hasText: '报送稿“一上”' }).waitFor();
    await tabB.getByText('自报送稿以来没有改动。').waitFor();
    await versionRows(tabB).getByRole('button', { name: '预览恢复' }).click();
    const preview = tabB.getByLabel('恢复预览');
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(/表2 收入总体情况表\s+9,687,300\.00\s+9,687,300\.00/);

    // An edit in tab A moves tab B's change log since the 报送稿 and its restore preview's “现在”.
    await callApi(s.page, 'plan:set', {
      entry: { unitCode: '404011', fundSource: '事业收入', amountFen: 500_000 },
    });
    const [first] = await callApi<LineItem[]>(s.page, 'lines:list');
    await callApi(s.page, 'lines:save-many', {
      lines: [{ ...first, amountFen: first.amountFen + 500_000 }],
    });
    await tabB.locator('.changes').getByText('404011 事业收入：— → 5,000.00').waitFor();
    await expect.poll(() => tabB.locator('.changes').innerText()).toMatch(/第 1 行修改/);
    await expect
      .poll(() => preview.innerText())
      .toMatch(/表2 收入总体情况表\s+9,692,300\.00\s+9,687,300\.00/);
    await preview.getByRole('button', { name: '取消' }).click();
    expect([...s.pageErrors, ...tabErrors]).toEqual([]);
  });

  it('a 汇总 in tab A lists the merged unit in tab C, updates its preview, and its snapshot in tab B', async () => {
    const unitPath = await unitBook(s.workDir, UNITS[1]);
    await expect.poll(() => tabC.locator('[data-source]').count()).toBe(0);
    // Tab C previews the same unit book first: nothing of it is in the department yet.
    await chooseUnitBook(tabC, unitPath);
    const previewC = tabC.locator('section.unit[data-unit="404012"]');
    await previewC.waitFor();
    expect(await previewC.innerText()).not.toContain('将替换');

    await section(s.page, '汇总下属单位');
    await chooseUnitBook(s.page, unitPath);
    await s.page.locator('section.unit[data-unit="404012"]').waitFor();
    await s.page.getByRole('button', { name: '确认汇总' }).click();
    await s.page.locator('[data-field="merge-result"]').waitFor();

    const merged = tabC
      .getByRole('table', { name: '已汇总的单位' })
      .locator('[data-source="404012"]');
    await merged.waitFor();
    expect(await merged.innerText()).toContain('测试局培训中心（404012）');
    expect(await merged.locator('[data-field="file-state"]').innerText()).toBe('未改动');
    // Its preview, checked again against the merged department, would now replace those lines.
    await expect.poll(() => previewC.innerText()).toContain('将替换');

    await versionRows(tabB).filter({ hasText: '汇总下属单位前' }).waitFor();
    expect(await versionRows(tabB).count()).toBe(2);
    // The merged unit's lines are changes since the 报送稿 too (beside line 1's edit).
    await expect.poll(() => tabB.locator('.changes').innerText()).toContain('明细行（6 处）');
    await tabB.screenshot({ path: join(SHOTS, 'budgetdesk-ui-versions-other-tab.png') });
    expect([...s.pageErrors, ...tabErrors]).toEqual([]);
  });
});
