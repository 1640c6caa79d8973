/**
 * The clerk's first hour in a new 2022 book, typed as a person types (real key events, a real
 * IME composition, the system clipboard): 万元 entry, typing into a selected cell, focus after
 * 保存项目, paste filling blanks as typing does, typing during a save, the Excel habits of the
 * grid, and deleting many rows. One test per item of issue 11.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookSnapshot } from '../../src/shared/domain';
import { callApi, startE2e, type E2eSession } from './harness';
import {
  allowClipboard,
  basicGrid,
  bookLines,
  clickCell,
  focusInGrid,
  holdChannel,
  imeType,
  lineRows,
  newBook,
  readClipboard,
  typeCell,
  writeClipboard,
} from './grid-helpers';

let s: E2eSession;
const SHOTS = process.env.BUDGETDESK_SHOTS ?? '/tmp';
const P = '440700220000000000201';

beforeAll(async () => {
  s = await startE2e();
  await newBook(s, '2022', 'first-hour.sqlite');
  await allowClipboard(s);
});
afterAll(async () => {
  await s?.close();
});

const amountCell = (page: Page, lineId: number) =>
  page.locator(`tr[data-line-id="${lineId}"] td[data-col="amountFen"]`);

/** The 审核 panel has checked the book as it is now (for screenshots that show it). */
const auditSettled = (page: Page) =>
  page.locator('aside[aria-label="审核"]').getByText('审核于').waitFor();

async function toBasic(page: Page): Promise<void> {
  await page.keyboard.press('Alt+3');
  await basicGrid(page).waitFor();
  await expect.poll(() => focusInGrid(page)).toBe('基本支出明细');
}

/** A line on the empty row: 功能科目, 部门经济科目, three cells left blank, then the amount. */
async function typeLine(page: Page, dept: string, amount: string): Promise<void> {
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Home');
  await typeCell(page, '2080199', 'Tab');
  await typeCell(page, dept, 'Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await typeCell(page, amount, 'Enter');
}

/** Gives the book at least `n` basic lines (through the API) when earlier tests left fewer. */
async function seedLines(page: Page, n: number): Promise<void> {
  const have = (await bookLines(page)).filter((l) => l.kind !== '项目支出').length;
  if (have >= n) return;
  const line = (dept: string, amountFen: number) => ({
    unitCode: '404011',
    functionCode: '2080199',
    deptEconCode: dept,
    govEconCode: '',
    kind: dept.startsWith('301') ? '基本支出-人员经费' : '基本支出-公用经费',
    projectCode: null,
    fundSource: '一般公共预算',
    amountFen,
  });
  const depts = ['30101', '30102', '30201', '30205'].slice(0, n - have);
  await callApi(page, 'lines:save-many', {
    lines: depts.map((d, i) => line(d, 100_000 * (i + 1))),
  });
  await page.reload();
  await basicGrid(page).waitFor();
}

describe('issue 11: entry never mis-records', () => {
  it('1 万元 mode: a bare number is 万元, an explicit unit wins, the hint says which', async () => {
    const { page } = s;
    await toBasic(page);
    const hint = page.locator('[data-field="amount-hint"]');
    expect(await hint.innerText()).toContain('直接输入或粘贴的数字按元计');
    await page.getByRole('radio', { name: '万元' }).click();
    expect(await hint.innerText()).toContain('直接输入或粘贴的数字按万元计');
    await basicGrid(page).focus();
    await typeLine(page, '30101', '3.5');
    await expect.poll(async () => (await bookLines(page)).length).toBe(1);
    await typeLine(page, '30102', '35000元');
    await typeLine(page, '30201', '1.2万');
    await expect.poll(async () => (await bookLines(page)).length).toBe(3);
    const lines = await bookLines(page);
    expect(lines.map((l) => l.amountFen)).toEqual([3_500_000, 3_500_000, 1_200_000]);
    // The cell shows what was stored, in the unit of the column header.
    expect(await amountCell(page, lines[0].id).innerText()).toBe('3.50');
    expect(await amountCell(page, lines[2].id).innerText()).toBe('1.20');
    // F2 on a stored amount offers it in 万元, and Enter stores the same figure again.
    await clickCell(page, 0, 'amountFen');
    await page.keyboard.press('F2');
    expect(await page.getByRole('combobox', { name: '金额' }).inputValue()).toBe('3.5');
    await page.keyboard.press('Enter');
    expect((await bookLines(page))[0].amountFen).toBe(3_500_000);
    await auditSettled(page);
    await page.screenshot({ path: `${SHOTS}/ui-wan-entry.png` });
    await page.getByRole('radio', { name: '元', exact: true }).click();
    expect(await amountCell(page, lines[0].id).innerText()).toBe('35,000.00');
    expect(s.pageErrors).toEqual([]);
  });

  it('2 typing, IME composition included, into a selected cell starts editing with it', async () => {
    const { page } = s;
    await toBasic(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight'); // 部门经济科目 of the empty row, not editing
    await imeType(page, 'jibengongzi', '基本工资');
    const editor = page.getByRole('combobox', { name: '部门经济科目' });
    await editor.waitFor({ timeout: 10_000 });
    expect(await editor.inputValue()).toBe('基本工资');
    await page.getByRole('option', { name: /30101/ }).first().waitFor();
    await page.keyboard.press('Tab');
    const draft = page.locator('tr[data-line-id="new"]');
    expect(await draft.locator('td[data-col="deptEconCode"]').innerText()).toBe('30101 基本工资');
    await page.keyboard.press('Home');
    await typeCell(page, '2080199', 'Tab');
    await page.keyboard.press('End');
    await typeCell(page, '100', 'Enter');
    await expect.poll(async () => (await bookLines(page)).length).toBe(4);
    expect((await bookLines(page)).at(-1)).toMatchObject({
      deptEconCode: '30101',
      amountFen: 10000,
    });
  });

  it('3 after 保存项目 the keyboard is where the cursor is drawn: in the new grid', async () => {
    const { page } = s;
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { name: '项目支出' }).waitFor();
    await page.getByRole('button', { name: '新增一级项目', exact: true }).click();
    await page.getByLabel('项目编码').fill('440700220000000000101');
    await page.getByLabel('项目名称').fill('信息化专项');
    await page.getByRole('button', { name: '保存项目' }).click();
    await page.getByRole('treeitem', { name: /信息化专项/ }).waitFor();
    await page.getByRole('button', { name: '新增二级项目', exact: true }).click();
    await page.getByLabel('项目编码').fill(P);
    await page.getByLabel('项目名称').fill('网络安全加固');
    await page.getByLabel('重点项目').check();
    await page.getByRole('button', { name: '保存项目' }).click();
    await page.getByRole('grid', { name: /网络安全加固 的支出明细/ }).waitFor();
    await expect.poll(() => focusInGrid(page)).toBe('网络安全加固 的支出明细');
    await typeCell(page, '2080199', 'Tab');
    await typeCell(page, '31007', 'Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await typeCell(page, '5000', 'Enter');
    await expect
      .poll(async () => (await bookLines(page)).filter((l) => l.projectCode === P).length)
      .toBe(1);
    const saved = (await callApi<BookSnapshot>(page, 'book:snapshot')).projects.find(
      (p) => p.code === P,
    );
    expect(saved?.name).toBe('网络安全加固');
  });

  it('4 a pasted block is filled as typing fills it; a row still wrong is named, nothing stored', async () => {
    const { page } = s;
    await toBasic(page);
    const before = await bookLines(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await writeClipboard(
      page,
      '2080199\t30201 办公费\t\t\t\t2,000.00\r\n2080199\t30101\t\t\t\t1000\r\n',
    );
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await bookLines(page)).length).toBe(before.length + 2);
    const pasted = (await bookLines(page)).slice(before.length);
    // The same blanks typed by keyboard: the same 政府经济科目, 支出类型 and 资金来源.
    await typeLine(page, '30201', '2000');
    await expect.poll(async () => (await bookLines(page)).length).toBe(before.length + 3);
    const typed = (await bookLines(page)).at(-1);
    const blanks = (l?: { govEconCode: string; kind: string; fundSource: string }) => [
      l?.govEconCode,
      l?.kind,
      l?.fundSource,
    ];
    expect(blanks(pasted[0])).toEqual(blanks(typed));
    expect(pasted.map((l) => [l.deptEconCode, ...blanks(l), l.amountFen])).toEqual([
      ['30201', '50502', '基本支出-公用经费', '一般公共预算', 200_000],
      ['30101', '50501', '基本支出-人员经费', '一般公共预算', 100_000],
    ]);

    // Rows are named by the grid's 序号: the basic lines, then the two pasted rows.
    const count = await lineRows(page).count();
    await writeClipboard(page, '2080199\t30201\t\t\t\t5\n2080199\t\t\t\t\t6\n');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+v');
    const problem = page.locator('.block-error[role="alert"]');
    await problem.waitFor();
    expect(await problem.innerText()).toContain(`第 ${count + 2} 行“部门经济科目”列`);
    expect(await bookLines(page)).toHaveLength(before.length + 3);
    await page.keyboard.press('Escape');
  });

  it('5 characters typed while a save is in flight are kept', async () => {
    const { page } = s;
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { name: '项目支出' }).waitFor();
    await page.getByRole('treeitem', { name: /网络安全加固/ }).click();
    const indicators = () =>
      callApi<BookSnapshot>(page, 'book:snapshot').then(
        (b) => b.indicators?.filter((i) => i.projectCode === P) ?? [],
      );
    await page.getByRole('button', { name: '添加产出指标' }).click();
    await expect.poll(async () => (await indicators()).length).toBe(1);
    await page.getByRole('button', { name: /^撤销：添加产出指标/ }).waitFor();

    const held = await holdChannel(page, 'indicators:replace');
    const row = page.locator('[data-indicator]').first();
    await row.getByLabel('指标名称').fill('');
    await page.keyboard.type('加固设备台数');
    await page.keyboard.press('Tab'); // the name is saved: that request is held
    await page.keyboard.type('≥1'); // typed into 指标值 while the name's save is in flight
    await held.release();
    await page.getByRole('button', { name: /^撤销：修改绩效指标/ }).waitFor();
    expect(await row.getByLabel('指标值').inputValue()).toBe('≥1');
    await held.stop();
    await page.keyboard.press('Tab');
    await page.keyboard.type('台');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await indicators()).map((i) => [i.name, i.value, i.unit]))
      .toEqual([['加固设备台数', '≥1', '台']]);

    // 单位概况: a text saved on a pause, while another text's save is still on its way.
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { name: '单位概况' }).waitFor();
    const texts = await holdChannel(page, 'texts:set');
    await page.getByLabel('主要职责').click();
    await page.keyboard.type('负责信息化建设。');
    await page.getByLabel('机构设置').click(); // leaving 主要职责 saves it: held
    await page.keyboard.type('内设三个科室');
    // The pause in typing queues a save of 机构设置 behind the held one.
    await page.locator('label[for="text-organization"] [data-status="saving"]').waitFor();
    await texts.release();
    await page.locator('label[for="text-mainDuties"] [data-status="saved"]').waitFor();
    await page.keyboard.type('，另设一个中心。');
    await texts.stop();
    await page.getByRole('heading', { name: '单位概况' }).click();
    await expect
      .poll(
        async () => (await callApi<{ organization: string }>(page, 'texts:get', {})).organization,
      )
      .toBe('内设三个科室，另设一个中心。');
    expect(await page.locator('#text-organization').inputValue()).toBe(
      '内设三个科室，另设一个中心。',
    );
  });
});

describe('issue 11: a grid as fluent as Excel', () => {
  it('6 new rows inherit, ranges select and copy, Ctrl+D fills, widths stay, tabs read whole', async () => {
    const { page } = s;
    await seedLines(page, 3); // the lines of tests 1–4, or three of its own when run alone
    await toBasic(page);
    // The last line takes 事业收入 (pinyin initials): the new row below starts with it.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await typeCell(page, 'sysr', 'Enter');
    await expect.poll(async () => (await bookLines(page)).at(-1)?.fundSource).toBe('事业收入');
    const draft = page.locator('tr[data-line-id="new"]');
    expect(await draft.locator('td[data-col="functionCode"]').innerText()).toContain('2080199');
    expect(await draft.locator('td[data-col="fundSource"]').innerText()).toBe('事业收入');
    const n = (await bookLines(page)).length;
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await typeCell(page, '30199', 'Tab');
    await page.keyboard.press('End');
    await typeCell(page, '10', 'Enter');
    await expect.poll(async () => (await bookLines(page)).length).toBe(n + 1);
    expect((await bookLines(page)).at(-1)).toMatchObject({
      functionCode: '2080199',
      deptEconCode: '30199',
      fundSource: '事业收入',
    });
    // What a new row inherits is overwritten by typing, as any cell is.
    await page.keyboard.press('Home');
    await typeCell(page, '2080505', 'Tab');
    await typeCell(page, '30108', 'Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await typeCell(page, 'ybggys', 'Tab');
    await typeCell(page, '20', 'Enter');
    await expect.poll(async () => (await bookLines(page)).length).toBe(n + 2);
    expect((await bookLines(page)).at(-1)).toMatchObject({
      functionCode: '2080505',
      fundSource: '一般公共预算',
      amountFen: 2000,
    });

    // Shift+click: a block of cells, and no text highlighted by the browser.
    await clickCell(page, 0, 'functionCode');
    await clickCell(page, 2, 'deptEconCode', ['Shift']);
    expect(await page.locator('td.in-range').count()).toBe(6);
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
    await page.keyboard.press('Control+c');
    const shown = await lineRows(page).evaluateAll((rows) =>
      rows
        .slice(0, 3)
        .map((r) =>
          ['functionCode', 'deptEconCode']
            .map((c) => (r.querySelector(`td[data-col="${c}"]`) as HTMLElement).innerText.trim())
            .join('\t'),
        ),
    );
    expect((await readClipboard(page)).split(/\r?\n/).filter(Boolean)).toEqual(shown);
    await auditSettled(page);
    await page.screenshot({ path: `${SHOTS}/ui-range.png` });

    // Shift+arrows widen the block both ways; Ctrl+D fills the top row's amount down.
    await clickCell(page, 0, 'amountFen');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await page.locator('td.in-range').count()).toBe(6);
    await page.keyboard.press('Shift+ArrowRight');
    const before = await bookLines(page);
    await page.keyboard.press('Control+d');
    await expect
      .poll(async () => (await bookLines(page)).slice(0, 3).map((l) => l.amountFen))
      .toEqual([before[0].amountFen, before[0].amountFen, before[0].amountFen]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => bookLines(page)).toEqual(before);

    // Column widths are dragged and remembered.
    const th = page.locator('th[data-col="functionCode"]');
    const w0 = (await th.boundingBox())?.width ?? 0;
    const grip = (await th.locator('.col-resize').boundingBox()) ?? { x: 0, y: 0, width: 0 };
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 5);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 + 80, grip.y + 5, { steps: 4 });
    await page.mouse.up();
    const w1 = (await th.boundingBox())?.width ?? 0;
    expect(w1).toBeGreaterThan(w0 + 60);
    await page.reload();
    await basicGrid(page).waitFor();
    await basicGrid(page).focus();
    expect(Math.round((await th.boundingBox())?.width ?? 0)).toBe(Math.round(w1));

    // 报表预览: each tab reads the whole table name.
    await page.keyboard.press('Alt+7');
    const tab5 = page.locator('[role="tab"][data-table="5"]');
    await tab5.waitFor();
    expect(await tab5.innerText()).toContain('一般公共预算支出情况表（按功能分类科目）');
    expect(s.pageErrors).toEqual([]);
  });

  it('7 deleting many rows asks first with the count; one undo restores them all', async () => {
    const { page } = s;
    await toBasic(page);
    const before = await bookLines(page);
    const shownBefore = await lineRows(page).count();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+Delete');
    const ask = page.getByRole('alertdialog');
    await ask.waitFor({ timeout: 10_000 });
    expect(await ask.innerText()).toContain('删除选中的 3 行');
    await page.keyboard.press('Escape');
    expect(await ask.count()).toBe(0);
    expect(await bookLines(page)).toEqual(before);
    await expect.poll(() => focusInGrid(page)).toBe('基本支出明细');
    await page.keyboard.press('Control+Delete');
    await ask.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await bookLines(page)).length).toBe(before.length - 3);
    await page.keyboard.press('Control+z');
    await expect.poll(() => bookLines(page)).toEqual(before);
    expect(await lineRows(page).count()).toBe(shownBefore);
    expect(s.pageErrors).toEqual([]);
  });
});
