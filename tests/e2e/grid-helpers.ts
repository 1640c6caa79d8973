/**
 * Helpers of the grid-fluency and audit-colleague e2e tests: a new book through the form, the
 * grid by its name, typing a cell as a person does, a held API request (a save "in flight"), a
 * real IME composition through the DevTools protocol, and the system clipboard.
 */
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { expect } from 'vitest';
import type { LineItem } from '../../src/shared/domain';
import { callApi, type E2eSession } from './harness';

export const bookLines = (page: Page): Promise<LineItem[]> =>
  callApi<LineItem[]>(page, 'lines:list');

export const basicGrid = (page: Page) => page.getByRole('grid', { name: '基本支出明细' });
export const lineRows = (page: Page) =>
  page.locator('[role="grid"] tr[data-line-id]:not([data-line-id="new"])');

/** Creates a book for `year` through the 新建预算 form and waits for the workspace. */
export async function newBook(s: E2eSession, year: string, file: string): Promise<void> {
  const { page } = s;
  await page.goto(s.app.server.url);
  await page.getByLabel('预算年度').selectOption(year);
  await page.getByLabel('单位编码').fill('404011');
  await page.getByLabel('单位名称').fill('江门市人力资源和社会保障局信息中心');
  await page.getByLabel('单位类型').selectOption('事业单位');
  await page.getByLabel('保存位置/文件名').fill(join(s.workDir, file));
  await page.getByRole('button', { name: '创建预算' }).click();
  await page.getByRole('navigation', { name: '预算编制' }).waitFor();
}

/** Types one cell on the focused grid (typing starts the editor), then Tab or Enter. */
export async function typeCell(page: Page, text: string, then: 'Tab' | 'Enter'): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press(then);
}

/** The element holding keyboard focus sits inside a grid (the cursor and the keyboard agree). */
export const focusInGrid = (page: Page): Promise<string | null> =>
  page.evaluate(
    () => document.activeElement?.closest('[role="grid"]')?.getAttribute('aria-label') ?? null,
  );

/**
 * Holds every request of one API channel until released, one at a time: a save stays "in
 * flight" for as long as the test types on.
 */
export async function holdChannel(page: Page, channel: string) {
  const held: Route[] = [];
  const url = `**/api/${channel}`;
  await page.route(url, (route) => {
    held.push(route);
  });
  return {
    async release(): Promise<void> {
      await expect.poll(() => held.length).toBeGreaterThan(0);
      await held.shift()?.continue();
    },
    async stop(): Promise<void> {
      for (const r of held.splice(0)) await r.continue();
      await page.unroute(url);
    },
  };
}

/** Real IME input: Chromium composes `pinyin`, then commits `text` (compositionstart…end). */
export async function imeType(page: Page, pinyin: string, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    await cdp.send('Input.imeSetComposition', {
      text: pinyin.slice(0, i),
      selectionStart: i,
      selectionEnd: i,
    });
  }
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

export async function allowClipboard(s: E2eSession): Promise<void> {
  await s.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: s.app.server.origin,
  });
}

export const writeClipboard = (page: Page, text: string): Promise<void> =>
  page.evaluate((t) => navigator.clipboard.writeText(t), text);
export const readClipboard = (page: Page): Promise<string> =>
  page.evaluate(() => navigator.clipboard.readText());

/** Puts the cursor on a cell of the grid by clicking it (row: 0-based among shown rows). */
export async function clickCell(
  page: Page,
  row: number,
  col: string,
  modifiers: ('Shift' | 'Control')[] = [],
): Promise<void> {
  await page
    .locator('[role="grid"] tr[data-line-id]')
    .nth(row)
    .locator(`td[data-col="${col}"]`)
    .click({ modifiers });
}
