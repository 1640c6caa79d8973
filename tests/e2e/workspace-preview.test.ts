/**
 * The workspace screens of UI-B in a real Chromium against the real browser mode, on the sample
 * book (打开示例): 报表预览 prints all thirteen tables with the published figures, 导出全部 saves
 * a workbook read back with exceljs, 收入预算 shows a difference after a 控制数 changes, the 审核
 * panel shows findings and opens the entry, and export with an error asks for an 出错说明 that
 * lands on the 审核说明 sheet. Screenshots of each screen go to /tmp/budgetdesk-ui-*.png.
 */
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '../../src/shared/money';
import { SAMPLE_LINES } from '../../src/shared/sample/jiangmen-2021';
import { openSample, startE2e, type E2eSession } from './harness';
import { expectRow, previewRows, PUBLISHED, readBack, section, shot } from './preview-helpers';
import { saveInDialog } from './save-dialog';

let s: E2eSession;

beforeAll(async () => {
  s = await startE2e();
});
afterAll(async () => {
  await s?.close();
});

describe('workspace screens of the sample book (browser mode)', () => {
  it('opens the sample into the workspace; 单位概况 shows the 第一部分 texts', async () => {
    const { page } = s;
    await openSample(s);
    await page.getByRole('navigation', { name: '预算编制' }).waitFor();
    await section(page, '单位概况');
    await expect(page.getByLabel('主要职责').inputValue()).resolves.toContain('金保工程');
    expect(await page.locator('[data-field="unit-code"]').innerText()).toBe('404011');
    await shot(page, 'unit');
  });

  it('单位概况 saves a text on leaving the box; Ctrl+Z brings the old text back', async () => {
    const { page } = s;
    const box = page.getByLabel('机构设置');
    const before = await box.inputValue();
    await box.fill('本单位内设五个部门。');
    await page.getByRole('heading', { name: '单位概况' }).click(); // leave the box: saved
    await page.locator('[data-status="saved"]').waitFor();
    expect(
      (await s.app.book()?.db.prepare('SELECT organization FROM unit_texts').get()) ?? null,
    ).toEqual({
      organization: '本单位内设五个部门。',
    });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (t) => (document.getElementById('text-organization') as HTMLTextAreaElement).value === t,
      before,
    );
    expect(await s.app.book()?.db.prepare('SELECT organization FROM unit_texts').get()).toEqual({
      organization: before,
    });
  });

  it('单位概况 adds and deletes a subordinate unit, each step undoable', async () => {
    const { page } = s;
    const units = page.getByRole('table', { name: '下属单位' });
    await page.getByLabel('单位编码').fill('4040');
    await page.getByRole('button', { name: '添加下属单位' }).click();
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain(
      '请填写“单位名称”',
    );
    await page.getByLabel('单位名称').fill('信息中心下属站');
    await page.getByRole('button', { name: '添加下属单位' }).click();
    await units.getByRole('cell', { name: '信息中心下属站' }).waitFor();
    expect(
      await s.app
        .book()
        ?.db.prepare("SELECT parent_code AS p FROM units WHERE code = '4040'")
        .get(),
    ).toEqual({
      p: '404011',
    });
    await units.getByRole('row', { name: /4040/ }).getByRole('button', { name: '删除' }).click();
    await units.getByRole('cell', { name: '信息中心下属站' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z'); // undo the delete: the unit is back
    await units.getByRole('cell', { name: '信息中心下属站' }).waitFor();
    await page.keyboard.press('Control+z'); // undo the add
    await units.getByRole('cell', { name: '信息中心下属站' }).waitFor({ state: 'detached' });
    expect(
      await s.app.book()?.db.prepare("SELECT COUNT(*) AS n FROM units WHERE code = '4040'").get(),
    ).toEqual({ n: 0 });
  });

  it('三公经费 explains each figure and why 机关运行经费 is 0; 国有资产 saves at once', async () => {
    const { page } = s;
    await section(page, '三公经费');
    const row = page.locator('tr[data-item="threePublic"]');
    expect(await row.locator('[data-col="total"]').innerText()).toBe('13,000.00');
    expect(await page.locator('[data-field="admin-note"]').innerText()).toContain('事业单位');
    await page
      .locator('tr[data-item="carRunning"]')
      .getByRole('button', { name: /条明细/ })
      .click();
    expect(await page.locator('tr.line-row').count()).toBeGreaterThan(0);
    await shot(page, 'three');

    await section(page, '国有资产');
    const vehicles = page.getByLabel('车辆');
    expect(await vehicles.inputValue()).toBe('1');
    await vehicles.fill('两辆');
    await vehicles.press('Enter');
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain(
      '“车辆”应为不小于 0 的整数',
    );
    await vehicles.fill('2');
    await vehicles.press('Enter');
    await page.getByRole('status').filter({ hasText: '已保存“车辆”' }).waitFor();
    expect(await s.app.book()?.db.prepare('SELECT vehicles FROM assets').get()).toEqual({
      vehicles: 2,
    });
    await shot(page, 'assets');
  });

  it('报表预览 prints all thirteen tables with the published figures', async () => {
    const { page } = s;
    await section(page, '报表预览');
    expect(await page.getByRole('tab').count()).toBe(13);
    for (const [n, checks] of Object.entries(PUBLISHED)) {
      const rows = await previewRows(page, Number(n));
      for (const [needle, amounts] of checks) expectRow(rows, needle, amounts);
    }
    const t8 = page.locator('article.sheet[data-table="8"]');
    await page.locator('.tabs [data-table="8"]').click();
    expect(await t8.locator('.note').innerText()).toContain('无');

    await previewRows(page, 1);
    expect(await page.locator('article.sheet .caption-line').innerText()).toContain(
      '单位名称：江门市人力资源和社会保障局信息中心',
    );
    await shot(page, 'preview-t1');
    const rows5 = await previewRows(page, 5);
    expect(rows5.length).toBeGreaterThan(10);
    // The merged header: 合计/小计 spans three columns in one header row of table 5.
    expect(
      await page.locator('article.sheet[data-table="5"] thead th[colspan="3"]').count(),
    ).toBeGreaterThan(0);
    await shot(page, 'preview-t5');
  });

  it('导出全部 saves a workbook with the thirteen sheets 表1…表13 where the clerk chose', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '导出全部' }).click();
    const path = await saveInDialog(page, s.workDir);
    expect(path).toBe(
      join(s.workDir, '2021年江门市人力资源和社会保障局信息中心部门预算公开表.xlsx'),
    );
    await page.locator('[data-field="export-result"]').waitFor();
    expect(await page.locator('[data-field="export-result"]').innerText()).toBe(`已导出：${path}`);
    const wb = await readBack(path);
    // Sheets the clerk sees; the book's own hidden data part is not a table.
    const visible = wb.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
    expect(visible.map((w) => w.name.split(' ')[0])).toEqual(
      Array.from({ length: 13 }, (_, i) => `表${i + 1}`),
    );
  });

  it('导出本表 saves the previewed table alone', async () => {
    const { page } = s;
    await previewRows(page, 5);
    await page.getByRole('button', { name: '导出本表' }).click();
    const path = await saveInDialog(page, s.workDir);
    expect(basename(path)).toMatch(/^表5 .*\.xlsx$/);
    await expect
      .poll(() => page.locator('[data-field="export-result"]').innerText())
      .toBe(`已导出：${path}`);
    const wb = await readBack(path);
    const visible = wb.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
    expect(visible.map((w) => w.name.split(' ')[0])).toEqual(['表5']);
  });

  it('收入预算 shows the difference after a 控制数 changes, and 审核 reports it', async () => {
    const { page } = s;
    await section(page, '收入预算');
    const row = page.locator('tr[data-source="一般公共预算"]');
    expect(await row.locator('[data-col="difference"]').innerText()).toBe('—');
    expect(await page.locator('[data-field="balance"]').innerText()).toContain('收支平衡');
    const input = page.getByLabel('一般公共预算控制数（元）');
    await input.fill('12.3万x');
    await input.press('Enter');
    await expect(row.getByRole('alert').innerText()).resolves.toContain('不是金额');
    await input.fill('7,300,000.00');
    await input.press('Enter');
    await page.waitForFunction(
      () =>
        document
          .querySelector('tr[data-source="一般公共预算"] [data-col="difference"]')
          ?.textContent?.trim() !== '—',
    );
    // Lines allocate what the sample's 一般公共预算 lines add up to; the plan is now 7,300,000.00 元.
    const allocated = SAMPLE_LINES.filter((l) => l.fundSource === '一般公共预算').reduce(
      (a, l) => a + l.amountFen,
      0,
    );
    expect(await row.locator('[data-col="difference"]').innerText()).toBe(
      formatYuan(allocated - 730_000_000),
    );
    expect(await page.locator('[data-field="balance"]').innerText()).toContain('收支不平衡');
    await page.locator('.count.error strong', { hasText: /^[1-9]/ }).waitFor();
    await shot(page, 'income');
  });

  it('export with an error asks for an 出错说明 and prints it on the 审核说明 sheet', async () => {
    const { page } = s;
    await section(page, '报表预览');
    await page.getByRole('button', { name: '导出全部' }).click();
    const dialog = page.getByRole('dialog', { name: '填写出错说明' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '保存说明并导出' }).click();
    await dialog.getByRole('alert').first().waitFor(); // an empty note is refused
    const notes = dialog.locator('textarea');
    for (let i = 0; i < (await notes.count()); i++)
      await notes.nth(i).fill('控制数待财政局下达后调整');
    await dialog.getByRole('button', { name: '保存说明并导出' }).click();
    // Same name as the first 导出全部: replaced after confirming.
    const path = await saveInDialog(page, s.workDir);
    await expect
      .poll(() => page.locator('[data-field="export-result"]').innerText())
      .toBe(`已导出：${path}`);
    const wb = await readBack(path);
    const sheet = wb.getWorksheet('审核说明');
    expect(sheet).toBeDefined();
    expect(String(sheet?.getRow(4).getCell(8).value)).toBe('控制数待财政局下达后调整');
    expect(String(sheet?.getRow(4).getCell(2).value)).toContain('PLAN-SOURCE');
  });

  it('the 审核 panel lists a finding and a click opens its entry', async () => {
    const { page } = s;
    const panel = page.locator('aside.panel');
    const nav = page.getByRole('navigation', { name: '预算编制' });
    const finding = panel.locator('.finding[data-rule="GOV-CLASS-UNIT"]').first();
    await finding.waitFor();
    expect(await finding.innerText()).toContain('事业单位');
    // The finding itself opens its first entry: the unit.
    await finding.locator('button.main').click();
    await page.getByRole('heading', { name: '单位概况' }).waitFor();
    // The cursor is on what the rule is about: the unit's 单位类型.
    await expect
      .poll(() =>
        page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field),
      )
      .toBe('unit-type');
    // Its line link opens the 项目支出 line (31007 on 503) with the cursor on it.
    const lineLink = finding.locator('button.go[data-entry="line"]').first();
    const label = await lineLink.innerText();
    await lineLink.click();
    await expect(
      nav.getByRole('button', { name: /^项目支出/ }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    // The link names the line by its 序号 in that project's grid, where the cursor now is.
    const no = /第 (\d+) 行/.exec(label)?.[1];
    expect(no).toBeDefined();
    const active = page.locator('td.active[aria-selected="true"]');
    await active.waitFor();
    expect(await active.locator('xpath=..').locator('td.rownum').innerText()).toBe(no);
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role="grid"]') !== null),
    ).toBe(true);
    await shot(page, 'audit');
    expect(s.pageErrors).toEqual([]);
  });
});
