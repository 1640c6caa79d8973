/**
 * The 审核 panel read as a colleague's notes, in a real Chromium on a new 2022 book: an empty
 * book has nothing to check yet; empty projects, an empty 国有资产 page and a "新指标" without a
 * value are reported; each finding is headed by its Chinese rule name; row numbers are the grid's
 * 序号; "等 N 条" expands; a jump puts the cursor into the field concerned. Issue 11, items 8–9.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LineItem, LineItemInput, Project } from '../../src/shared/domain';
import { callApi, startE2e, type E2eSession } from './harness';
import { newBook } from './grid-helpers';

let s: E2eSession;
const SHOTS = process.env.BUDGETDESK_SHOTS ?? '/tmp';
const L1 = '440700220000000000101';
const P = '440700220000000000201';

beforeAll(async () => {
  s = await startE2e();
  await newBook(s, '2022', 'audit.sqlite');
});
afterAll(async () => {
  await s?.close();
});

const panel = (page: Page) => page.locator('aside[aria-label="审核"]');
const finding = (page: Page, rule: string) => panel(page).locator(`.finding[data-rule="${rule}"]`);

const project = (code: string, level: 1 | 2, isKey: boolean): Project => ({
  code,
  name: level === 1 ? '信息化专项' : '网络安全加固',
  level,
  parentCode: level === 2 ? L1 : null,
  unitCode: '404011',
  isKey,
  approvedFen: null,
  procurementGoodsFen: 0,
  procurementWorksFen: 0,
  procurementServicesFen: 0,
});

async function saveProjects(page: Page): Promise<void> {
  await callApi(page, 'projects:save', { project: project(L1, 1, false) });
  await callApi(page, 'projects:save', { project: project(P, 2, true) });
}

const basic = (dept: string, amountFen: number): LineItemInput => ({
  unitCode: '404011',
  functionCode: '2080199',
  deptEconCode: dept,
  govEconCode: '',
  kind: dept.startsWith('301') ? '基本支出-人员经费' : '基本支出-公用经费',
  projectCode: null,
  fundSource: '一般公共预算',
  amountFen,
});

describe('issue 11: 审核 that reads like a colleague', () => {
  it('9 an empty book has nothing to check; an empty project, 国有资产 and a bare 新指标 are reported', async () => {
    const { page } = s;
    await panel(page).getByText('审核于').waitFor();
    const text = await panel(page).innerText();
    expect(text).toContain('还没有可审核的内容');
    expect(text).not.toContain('未发现问题');

    await saveProjects(page);
    await callApi(page, 'indicators:replace', {
      projectCode: P,
      items: [{ tier: '产出指标', category: '数量指标', name: '新指标', value: '', unit: '' }],
    });
    await callApi(page, 'lines:save-many', { lines: [basic('30101', 1_000_000)] });
    await page.reload();
    const targets = finding(page, 'KEY-PROJECT-TARGETS');
    await targets.waitFor();
    expect(await targets.innerText()).toContain('指标值');
    const empty = finding(page, 'PROJECT-NO-LINES');
    await empty.waitFor();
    expect(await empty.innerText()).toContain('“网络安全加固”');
    const assets = finding(page, 'ASSETS-MISSING');
    await assets.waitFor();
    expect(await assets.innerText()).toContain('国有资产');
    // Opening it puts the cursor into the first 国有资产 field.
    await assets.locator('button.main').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('asset-asOfDate');
    expect(s.pageErrors).toEqual([]);
  });

  it('8 headings are Chinese rule names; 序号 as on screen; 等 N 条 expands; jumps land in the field', async () => {
    const { page } = s;
    // Six more basic lines under 一般公共预算, and a 控制数 they do not match.
    await saveProjects(page); // already there after test 9; saved again so this test stands alone
    // The project line first, so that a basic line's id is not its 序号 in 基本支出.
    await callApi(page, 'lines:save-many', {
      lines: [{ ...basic('31007', 500_000), kind: '项目支出', projectCode: P }],
    });
    const depts = ['30102', '30103', '30107', '30201', '30205', '30211'];
    await callApi(page, 'lines:save-many', {
      lines: depts.map((d, i) => basic(d, 10_000 * (i + 1))),
    });
    await callApi(page, 'plan:set', {
      entry: { unitCode: '404011', fundSource: '一般公共预算', amountFen: 100_000_000 },
    });
    await page.reload();
    const f = finding(page, 'PLAN-SOURCE');
    await f.waitFor();
    expect(await f.locator('.rule-name').innerText()).toBe('资金来源未按控制数安排');
    expect(await f.locator('.rule-code').innerText()).toBe('PLAN-SOURCE');
    const size = (sel: string) =>
      f.locator(sel).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.rule-code')).toBeLessThan(await size('.rule-name'));

    const links = f.locator('button.go');
    const more = f.getByRole('button', { name: /^等 \d+ 条/ });
    const total = Number(/等 (\d+) 条/.exec(await more.innerText())?.[1]);
    const all = await callApi<LineItem[]>(page, 'lines:list');
    const basicCount = all.filter((l) => l.kind !== '项目支出').length;
    expect(total).toBe(1 + all.length); // the plan entry and every line (all 一般公共预算)
    await more.click();
    expect(await links.count()).toBe(total);
    await page.screenshot({ path: `${SHOTS}/ui-audit-expanded.png` });

    // The last basic line's link names its 序号 in 基本支出, and the cursor lands on that row.
    const label = await links.nth(total - 1).innerText();
    const no = /基本支出第 (\d+) 行/.exec(label)?.[1];
    expect(no).toBe(String(basicCount)); // the last line, numbered among 基本支出 only
    await links.nth(total - 1).click();
    await expect
      .poll(() => page.locator('[aria-current="page"]').innerText())
      .toContain('基本支出');
    const active = page.locator('td.active');
    await expect.poll(() => active.locator('xpath=..').locator('td.rownum').innerText()).toBe(no);
    expect(await active.getAttribute('data-col')).toBe('amountFen'); // the field the rule is about

    // The project line is numbered within its project's grid.
    const projectLink = links.filter({ hasText: '网络安全加固' });
    expect(await projectLink.innerText()).toContain('项目“网络安全加固”第 1 行');

    // The plan entry opens 收入预算 with the cursor in the 控制数 box.
    await f.locator('button.go[data-entry="plan"]').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('一般公共预算控制数（元）');
    expect(s.pageErrors).toEqual([]);
  });
});
