/**
 * The first screen in a real Chromium against the real browser mode: Chinese start screen with
 * its three actions, a new book created through the form (a real SQLite file), inline errors.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eSession } from './harness';

let s: E2eSession;

beforeAll(async () => {
  s = await startE2e();
});
afterAll(async () => {
  await s?.close();
});

describe('start screen (browser mode)', () => {
  it('refuses to serve the page without the launch token', async () => {
    const res = await fetch(s.app.server.origin + '/');
    expect(res.status).toBe(401);
  });

  it('shows the Chinese start screen with 新建预算 / 打开预算 / 打开示例', async () => {
    const { page } = s;
    await page.goto(s.app.server.url);
    await page.getByRole('heading', { name: '部门预算编制' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toBe('部门预算编制');
    for (const name of ['新建预算', '打开预算', '打开示例']) {
      await expect(
        page
          .getByRole('button', { name: new RegExp(`^${name}`) })
          .first()
          .isVisible(),
      ).resolves.toBe(true);
    }
    await page.screenshot({ path: '/tmp/budgetdesk-start.png' });
    expect(s.pageErrors).toEqual([]);
  });

  it('explains a form mistake inline in Chinese and creates nothing', async () => {
    const { page } = s;
    await page.getByLabel('单位编码').fill('40A');
    await page.getByRole('button', { name: '创建预算' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('“单位编码”应为 3 至 20 位数字');
    expect(text).toContain('请填写“单位名称”');
  });

  it('creates a book through the form and shows its header', async () => {
    const { page } = s;
    const path = join(s.workDir, '2021年部门预算-404011.sqlite');
    await page.getByLabel('预算年度').selectOption('2021');
    await page.getByLabel('单位编码').fill('404011');
    await page.getByLabel('单位名称').fill('江门市人力资源和社会保障局信息中心');
    await page.getByLabel('单位类型').selectOption('事业单位');
    await page.getByLabel('保存位置/文件名').fill(path);
    await page.getByRole('button', { name: '创建预算' }).click();

    await page.getByRole('heading', { name: '江门市人力资源和社会保障局信息中心' }).waitFor();
    expect(await page.locator('[data-field="unit"]').innerText()).toBe(
      '江门市人力资源和社会保障局信息中心（404011）',
    );
    expect(await page.locator('[data-field="year"]').innerText()).toBe('2021');
    expect(await page.locator('[data-field="unit-type"]').innerText()).toBe('事业单位');
    expect(await page.locator('[data-field="line-count"]').innerText()).toBe('0');
    expect(await page.locator('[data-field="path"]').innerText()).toBe(path);
    expect(existsSync(path)).toBe(true);
    await page.screenshot({ path: '/tmp/budgetdesk-book.png' });
  });

  it('after closing, lists the book under 打开预算 and refuses to overwrite it', async () => {
    const { page } = s;
    const path = join(s.workDir, '2021年部门预算-404011.sqlite');
    await page.getByRole('button', { name: '关闭预算' }).click();
    await page.getByRole('heading', { name: '部门预算编制' }).waitFor();

    await page.getByRole('button', { name: /^打开预算/ }).click();
    const recent = page.locator('.recent-item', { hasText: path });
    await recent.waitFor();

    await page.getByRole('button', { name: /^新建预算/ }).click();
    await page.getByLabel('单位编码').fill('404011');
    await page.getByLabel('单位名称').fill('另一个单位');
    await page.getByLabel('保存位置/文件名').fill(path);
    await page.getByRole('button', { name: '创建预算' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`文件“${path}”已存在，为免覆盖未新建预算`);

    await page.getByRole('button', { name: /^打开预算/ }).click();
    await page.locator('.recent-item', { hasText: path }).click();
    await page.getByRole('heading', { name: '江门市人力资源和社会保障局信息中心' }).waitFor();
    expect(s.pageErrors).toEqual([]);
  });

  it('opens the sample through 打开示例 and shows its lines', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '关闭预算' }).click();
    await page.getByRole('button', { name: /^打开示例/ }).click();
    await page.locator('.panel').getByRole('button', { name: '打开示例' }).click();
    await page.getByRole('heading', { name: '江门市人力资源和社会保障局信息中心' }).waitFor();
    expect(await page.locator('[data-field="year"]').innerText()).toBe('2021');
    expect(Number(await page.locator('[data-field="line-count"]').innerText())).toBeGreaterThan(0);
    expect(await page.locator('[data-field="path"]').innerText()).toContain(s.workDir);
    await page.screenshot({ path: '/tmp/budgetdesk-sample.png' });
    expect(s.pageErrors).toEqual([]);
  });
});
