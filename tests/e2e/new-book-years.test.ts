/**
 * 新建预算 offers every budget year 2021–2030 and the packs of the data folder's packs/ (a bad
 * pack file is named with its problem); a 2027 book made through the form on the example pack
 * opens with the status bar naming the pack as the clerk knows it.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eSession } from './harness';

let s: E2eSession;

beforeAll(async () => {
  s = await startE2e();
});
afterAll(async () => {
  await s?.close();
});

describe('新建预算 for any year 2021–2030 (browser mode)', () => {
  it('lists the years and loaded packs, creates a 2027 book on one and names it', async () => {
    const { page } = s;
    const packs = join(s.workDir, 'data', 'packs');
    mkdirSync(packs, { recursive: true });
    copyFileSync(resolve(__dirname, '../../docs/packs/pengjiang-2027.json'), join(packs, 'p.json'));
    writeFileSync(join(packs, 'bad.json'), '{"id": "bad", "name": ""}');
    await page.goto(s.app.server.url);
    await page.getByRole('heading', { name: '部门预算编制' }).waitFor();
    const year = page.getByLabel('预算年度');
    const options = await year.locator('option').allInnerTexts();
    expect(options.map(Number).sort()).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    await year.selectOption('2027');
    const pack = page.getByLabel('公开表式');
    expect(await pack.locator('option').allInnerTexts()).toEqual([
      '江门市 2027 年部门预算公开表式（内置）',
      '江门市蓬江区 2027 年部门预算公开表式（江门市蓬江区，来自表式文件）',
    ]);
    await pack.selectOption('pengjiang-2027');
    const bad = join(packs, 'bad.json');
    await page.getByText(`表式“${bad}”有误，未加载：${bad}：name：不能为空`).waitFor();
    await page.getByLabel('单位编码').fill('501001');
    await page.getByLabel('单位名称').fill('江门市某局');
    await page.getByLabel('单位类型').selectOption('行政单位');
    const path = join(s.workDir, '2027年部门预算-501001.sqlite');
    await page.getByLabel('保存位置/文件名').fill(path);
    await page.screenshot({ path: '/tmp/budgetdesk-new-2027.png' });
    await page.getByRole('button', { name: '创建预算' }).click();

    await page.getByRole('heading', { name: '江门市某局' }).waitFor();
    expect(await page.locator('[data-field="year"]').innerText()).toBe('2027');
    expect(await page.locator('[data-field="pack"]').innerText()).toBe(
      '表式 江门市蓬江区 2027 年部门预算公开表式',
    );
    expect(existsSync(path)).toBe(true);
    await page.screenshot({ path: '/tmp/budgetdesk-new-2027-workspace.png' });
    expect(s.pageErrors).toEqual([]);
  });
});
