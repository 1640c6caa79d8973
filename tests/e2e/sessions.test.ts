/**
 * Book sessions in the browser mode: each tab names its book session in every call, so two tabs
 * on two books never mix; two tabs on the same book share its session and each sees the other's
 * edits at once (main pushes every change set to all tabs of the session as server-sent events).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { section } from './preview-helpers';
import { collectPageErrors, startE2e, type E2eSession } from './harness';

let s: E2eSession;
let tabB: Page;
let tabC: Page;
const tabErrors: string[] = [];
const pathA = (): string => join(s.workDir, '甲.sqlite');
const pathB = (): string => join(s.workDir, '乙.sqlite');

async function newTab(): Promise<Page> {
  const page = await s.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  tabErrors.push(...collectPageErrors(page));
  await page.goto(s.app.server.url);
  return page;
}

async function createBook(page: Page, code: string, name: string, path: string): Promise<void> {
  await page.getByRole('button', { name: /^新建预算/ }).click();
  await page.getByLabel('预算年度').selectOption('2021');
  await page.getByLabel('单位编码').fill(code);
  await page.getByLabel('单位名称').fill(name);
  await page.getByLabel('单位类型').selectOption('事业单位');
  await page.getByLabel('保存位置/文件名').fill(path);
  await page.getByRole('button', { name: '创建预算' }).click();
  await page.getByRole('heading', { name }).waitFor();
}

async function setOrganization(page: Page, text: string): Promise<void> {
  await section(page, '单位概况');
  await page.getByLabel('机构设置').fill(text);
  await page.getByRole('heading', { name: '单位概况' }).click(); // leave the box: saved
  await page.locator('[data-status="saved"]').waitFor();
}

function organizationIn(path: string): unknown {
  const book = s.app.api.sessions.byPath(path)?.book;
  return book?.db.prepare('SELECT organization FROM unit_texts').get();
}

beforeAll(async () => {
  s = await startE2e();
  await s.page.goto(s.app.server.url);
});
afterAll(async () => {
  await s?.close();
});

describe('book sessions (browser mode)', () => {
  it('two tabs on two books never mix: each edit lands in its own tab’s book', async () => {
    await createBook(s.page, '405001', '甲单位', pathA());
    tabB = await newTab();
    await createBook(tabB, '405002', '乙单位', pathB());
    expect(s.app.api.sessions.all()).toHaveLength(2);

    // The first tab still edits its own book after the second opened another one.
    await setOrganization(s.page, '甲单位内设两个科室。');
    await setOrganization(tabB, '乙单位内设三个科室。');
    expect(organizationIn(pathA())).toEqual({ organization: '甲单位内设两个科室。' });
    expect(organizationIn(pathB())).toEqual({ organization: '乙单位内设三个科室。' });

    // A reload keeps the tab in its session.
    await s.page.reload();
    await s.page.getByRole('heading', { name: '甲单位' }).waitFor();
    await section(s.page, '单位概况');
    expect(await s.page.getByLabel('机构设置').inputValue()).toBe('甲单位内设两个科室。');
    expect([...s.pageErrors, ...tabErrors]).toEqual([]);
  });

  it('two tabs on the same book share it: an edit in one appears in the other', async () => {
    tabC = await newTab();
    await tabC.getByRole('button', { name: /^打开预算/ }).click();
    await tabC.locator('.recent-item', { hasText: pathA() }).click();
    await tabC.getByRole('heading', { name: '甲单位' }).waitFor();
    const shared = s.app.api.sessions.byPath(pathA());
    expect(shared?.holders).toBe(2);
    expect(s.app.api.sessions.all()).toHaveLength(2); // no third handle on 甲.sqlite

    // Tab C adds a subordinate unit: tab A (on 单位概况) lists it without any reload.
    await section(tabC, '单位概况');
    await tabC.getByLabel('单位编码').fill('4050');
    await tabC.getByLabel('单位名称').fill('甲单位下属站');
    await tabC.getByRole('button', { name: '添加下属单位' }).click();
    const inA = s.page.getByRole('table', { name: '下属单位' });
    await inA.getByRole('cell', { name: '甲单位下属站' }).waitFor();

    // And back: tab A deletes it, tab C sees it go; tab B (the other book) never had it.
    await inA.getByRole('row', { name: /4050/ }).getByRole('button', { name: '删除' }).click();
    const inC = tabC.getByRole('table', { name: '下属单位' });
    await inC.getByRole('cell', { name: '甲单位下属站' }).waitFor({ state: 'detached' });
    await section(tabB, '单位概况');
    expect(await tabB.getByRole('table', { name: '下属单位' }).innerText()).not.toContain('下属站');
    expect([...s.pageErrors, ...tabErrors]).toEqual([]);
  });
});
