/**
 * The browser mode's file dialog in a real Chromium against the real browser mode: 打开预算
 * through it by keyboard alone (folders, Backspace up, a book chosen), 新建预算 saved in a chosen
 * folder, 表1 exported to a chosen folder and read back with exceljs (and replaced only after
 * confirming) — and closing the page right after typing loses nothing. The dialog's screenshot
 * goes to /tmp/budgetdesk-ui-file-dialog.png (the README shows a copy, docs/images/ui-file-dialog.png).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/api/handlers';
import { collectPageErrors, startE2e, type E2eSession } from './harness';

let s: E2eSession;
let library: string;

/** Two books in 预算资料/2021 (made through the handlers, as the app would). */
async function makeBooks(dir: string): Promise<void> {
  const ctx = { book: null, dataDir: join(dir, 'data') };
  const api = createHandlers(ctx);
  for (const [code, name] of [
    ['405001', '甲单位'],
    ['405002', '乙单位'],
  ]) {
    await api['book:create']({
      path: join(library, '2021', `${name}.sqlite`),
      year: 2021,
      unitCode: code,
      unitName: name,
      unitType: '事业单位',
    });
    await api['book:close']({});
  }
}

beforeAll(async () => {
  s = await startE2e();
  library = join(s.workDir, '预算资料');
  mkdirSync(join(library, '2021', '归档'), { recursive: true });
  // Neither is offered: a hidden file, and a file of another type.
  writeFileSync(join(library, '2021', '.备份.sqlite'), '');
  writeFileSync(join(library, '2021', '说明.txt'), '');
  mkdirSync(join(s.workDir, '导出'));
  await makeBooks(s.workDir);
});
afterAll(async () => {
  await s?.close();
});

const dialog = (page: Page) => page.getByRole('dialog');

/** The dialog's current folder, as its 文件夹 field shows it. */
const folderShown = (page: Page) => dialog(page).getByLabel('文件夹').inputValue();

async function goToFolder(page: Page, dir: string): Promise<void> {
  await dialog(page).getByLabel('文件夹').fill(dir);
  await dialog(page).getByLabel('文件夹').press('Enter');
  await expect.poll(() => folderShown(page)).toBe(dir);
}

const selected = (page: Page) =>
  dialog(page).locator('[role="option"][aria-selected="true"] .name').innerText();

describe('file dialog (browser mode)', () => {
  it('打开预算: folders and books by keyboard alone, Backspace goes up, Enter opens', async () => {
    const { page } = s;
    await page.goto(s.app.server.url);
    await page.getByRole('button', { name: /^打开预算/ }).click();
    await page.getByRole('button', { name: '浏览并打开…' }).click();
    await dialog(page).getByRole('heading', { name: '打开预算文件' }).waitFor();
    await goToFolder(page, s.workDir);
    const list = dialog(page).getByRole('listbox');
    // zh-CN order puts 预算资料 before data and 导出 (dǎo) before 预算 (yù); folders only here.
    expect(await list.locator('.name').allInnerTexts()).toEqual(['导出', '预算资料', 'data']);
    await list.focus();
    await page.keyboard.press('ArrowDown');
    expect(await selected(page)).toBe('预算资料');
    await page.keyboard.press('Enter');
    await expect.poll(() => folderShown(page)).toBe(library);
    await page.keyboard.press('Enter');
    await expect.poll(() => folderShown(page)).toBe(join(library, '2021'));
    expect(await list.locator('.name').allInnerTexts()).toEqual([
      '归档',
      '甲单位.sqlite',
      '乙单位.sqlite',
    ]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await selected(page)).toBe('乙单位.sqlite');
    // Copied to docs/images/ui-file-dialog.png for the README.
    await page.screenshot({ path: '/tmp/budgetdesk-ui-file-dialog.png' });
    await page.keyboard.press('Backspace');
    await expect.poll(() => folderShown(page)).toBe(library);
    await page.keyboard.press('Enter');
    await expect.poll(() => selected(page)).toBe('归档');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '乙单位' }).waitFor();
    expect(await page.locator('[data-field="path"]').innerText()).toBe(
      join(library, '2021', '乙单位.sqlite'),
    );
    expect(s.pageErrors).toEqual([]);
  });

  it('Esc cancels, and a folder that cannot be read is named in Chinese', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '关闭预算' }).click();
    await page.getByRole('button', { name: /^打开预算/ }).click();
    await page.getByRole('button', { name: '浏览并打开…' }).click();
    await dialog(page).getByLabel('文件夹').fill(join(s.workDir, '没有'));
    await dialog(page).getByLabel('文件夹').press('Enter');
    expect(await dialog(page).getByRole('alert').innerText()).toContain(
      `无法打开文件夹“${join(s.workDir, '没有')}”：不存在`,
    );
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: '部门预算编制' }).waitFor();
  });

  it('新建预算 saves the book in the folder chosen in the dialog', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /^新建预算/ }).click();
    await page.getByLabel('单位编码').fill('405003');
    await page.getByLabel('单位名称').fill('丙单位');
    await page.getByRole('button', { name: '浏览…' }).click();
    await dialog(page)
      .getByRole('heading', { name: /选择保存位置/ })
      .waitFor();
    await goToFolder(page, join(library, '2021'));
    // An existing book is never replaced: the dialog says so and stays open.
    await dialog(page).getByLabel('文件名').fill('甲单位');
    await dialog(page).getByLabel('文件名').press('Enter');
    expect(await dialog(page).getByRole('alert').innerText()).toContain('“甲单位.sqlite”已存在');
    await dialog(page).getByLabel('文件名').fill('丙单位');
    await dialog(page).getByLabel('文件名').press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    const path = join(library, '2021', '丙单位.sqlite');
    expect(await page.getByLabel('保存位置/文件名').inputValue()).toBe(path);
    await page.getByRole('button', { name: '创建预算' }).click();
    await page.getByRole('heading', { name: '丙单位' }).waitFor();
    expect(existsSync(path)).toBe(true);
    expect(s.pageErrors).toEqual([]);
  });

  it('closing the page right after typing loses nothing', async () => {
    // A page of its own browser context: closing the harness's page would close its context
    // without running beforeunload, which is not what a clerk closing a tab does.
    const context = await s.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    // The new tab joins the book session of the tab that created 丙单位 (named in its address).
    const session = s.app.api.sessions.byPath(join(library, '2021', '丙单位.sqlite'))?.id;
    const address = `${s.app.server.url}&session=${session ?? ''}`;
    await page.goto(address);
    await page.getByRole('heading', { name: '丙单位' }).waitFor();
    await page
      .getByRole('navigation', { name: '预算编制' })
      .getByRole('button', { name: /^单位概况/ })
      .click();
    // The guard asks before leaving only while an edit is uncommitted or a save is on its way.
    const fireBeforeUnload = () =>
      page.evaluate(() => {
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return { asked: e.defaultPrevented, focus: document.activeElement?.tagName };
      });
    const org = '设办公室、信息科。';
    await page.locator('#text-organization').click();
    await page.keyboard.type(org);
    expect(await fireBeforeUnload()).toEqual({ asked: true, focus: 'BODY' });
    await page.locator('[data-status="saved"]').waitFor();
    await page.locator('#text-organization').click();
    expect(await fireBeforeUnload()).toEqual({ asked: false, focus: 'BODY' });

    // Typed, then the page closed at once (well within the 0.8 s pause that saves a text).
    const text = '负责全市人力资源和社会保障信息化建设。';
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.locator('#text-mainDuties').click();
    await page.keyboard.type(text);
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    // The field still held the edit: the browser asked before leaving; the clerk left anyway.
    expect(dialogs).toEqual(['beforeunload']);
    expect(errors).toEqual([]);

    // From disk: close the book and open it again from the recent list.
    const again = await context.newPage();
    s.pageErrors = collectPageErrors(again);
    await again.goto(address);
    await again.getByRole('button', { name: '关闭预算' }).click();
    await again.getByRole('button', { name: /^打开预算/ }).click();
    await again.locator('.recent-item', { hasText: '丙单位.sqlite' }).click();
    await again
      .getByRole('navigation', { name: '预算编制' })
      .getByRole('button', { name: /^单位概况/ })
      .click();
    await expect.poll(() => again.locator('#text-mainDuties').inputValue()).toBe(text);
    expect(await again.locator('#text-organization').inputValue()).toBe(org);
    expect(s.pageErrors).toEqual([]);
    s.page = again;
  });

  it('导出本表 saves 表1 in a chosen folder; the same name is replaced only after confirming', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '关闭预算' }).click();
    await page.getByRole('button', { name: /^打开示例/ }).click();
    await page.locator('.panel').getByRole('button', { name: '打开示例' }).click();
    await page
      .getByRole('navigation', { name: '预算编制' })
      .getByRole('button', { name: /^报表预览/ })
      .click();
    await page.getByRole('button', { name: '导出本表' }).click();
    await dialog(page).getByRole('heading', { name: '导出表1' }).waitFor();
    const folder = join(s.workDir, '导出');
    await goToFolder(page, folder);
    const name = await dialog(page).getByLabel('文件名').inputValue();
    expect(name).toMatch(/^表1 .*\.xlsx$/);
    await dialog(page).getByRole('button', { name: '保存' }).click();
    const done = page.locator('[data-field="export-result"]');
    await expect.poll(() => done.innerText()).toBe(`已导出：${join(folder, name)}`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, name));
    const sheet = wb.worksheets.find((w) => w.state === 'visible');
    expect(sheet?.name).toMatch(/^表1/);
    const cells: string[] = [];
    sheet?.eachRow((row) => row.eachCell((c) => cells.push(String(c.text))));
    expect(cells.join('|')).toContain('收支总体情况表');
    expect(cells).toContain('968.73');

    writeFileSync(join(folder, name), '占位');
    await page.getByRole('button', { name: '导出本表' }).click();
    await goToFolder(page, folder);
    await dialog(page).getByLabel('文件名').press('Enter');
    const confirm = dialog(page).getByRole('alertdialog', { name: '替换文件' });
    expect(await confirm.innerText()).toContain(`“${join(folder, name)}”已存在，要替换它吗？`);
    await confirm.getByRole('button', { name: '替换', exact: true }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => done.innerText()).toBe(`已导出：${join(folder, name)}`);
    // Replaced: the placeholder written meanwhile is a workbook again.
    await expect.poll(() => readFileSync(join(folder, name)).subarray(0, 2).toString()).toBe('PK');
    expect(s.pageErrors).toEqual([]);
  });
});
