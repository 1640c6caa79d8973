/**
 * 科目表 in a real Chromium against the real browser mode: the sample rolled to 2022 (a 暂定
 * catalog) shows the notice; a code is found and its lines listed; an edited 科目表 is previewed
 * (added, removed, renamed, 停用), 确认导入 stores it and 审核 names the line on the dropped code;
 * a bad file is refused with one message per row and nothing stored. The preview is the README's
 * docs/images/ui-catalog.png (written when BUDGETDESK_SCREENSHOTS is set) and
 * /tmp/budgetdesk-ui-catalog-*.png.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/shared/catalogs';
import { callApi, openSample, startE2e, type E2eSession } from './harness';

let s: E2eSession;

beforeAll(async () => {
  s = await startE2e();
});
afterAll(async () => {
  await s?.close();
});

const shot = async (page: Page, name: string): Promise<void> => {
  await page.screenshot({ path: `/tmp/budgetdesk-ui-catalog-${name}.png` });
  if (name === 'preview' && process.env.BUDGETDESK_SCREENSHOTS)
    await page.screenshot({ path: resolve(__dirname, '../../docs/images/ui-catalog.png') });
};

/** The 2022 function list as CSV, edited: one code added, one renamed, two dropped. */
function editedCatalog(): string {
  const rows = getCatalog(2022)
    .data.functions.filter((e) => e.code !== '2101103' && e.code !== '2010104')
    .map((e) => {
      if (e.code === '2080506') return [e.code, '职业年金缴费支出'];
      return [e.code, e.name];
    });
  rows.push(['2080117', '人力资源市场监管']);
  return ['科目编码,科目名称', ...rows.map((r) => r.join(','))].join('\r\n');
}

async function pickFile(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: '选择科目表文件…' }).click();
  const dialog = page.getByRole('dialog', { name: '选择支出功能分类科目表' });
  const folder = dialog.getByRole('textbox', { name: '文件夹', exact: true });
  // Type only once the dialog shows its starting folder, or the listing would overwrite the text.
  await expect.poll(() => folder.inputValue()).not.toBe('');
  await folder.fill(file);
  await folder.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}

describe('科目表 (browser mode)', () => {
  it('a 2022 book (rolled from the sample) shows its 暂定 catalog, finds a code and its lines', async () => {
    const { page } = s;
    await openSample(s);
    await page.getByRole('heading', { name: '基本支出' }).waitFor();
    const path = join(s.workDir, '2022年部门预算.sqlite');
    await callApi(page, 'book:roll', { path, year: 2022 });
    // The page's call joins the 2022 book's session; the page then shows that session.
    const opened = await callApi<{ session: string }>(page, 'book:open', { path });
    await page.goto(`${s.app.server.url}&session=${opened.session}`);
    await page.getByRole('heading', { name: '基本支出' }).waitFor();
    // The tenth section is Alt+0.
    await page.keyboard.press('Alt+0');
    await page.getByRole('heading', { name: '科目表', exact: true }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: '预算编制' })
        .getByRole('button', { name: /^科目表/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    await page
      .getByRole('note')
      .filter({ hasText: '2022 年科目为暂定，请导入财政部门下发的科目表' })
      .waitFor();
    await page.getByLabel('查找科目').fill('2101103');
    const row = page.locator('.entries tr', { hasText: '2101103' });
    expect(await row.innerText()).toContain('公务员医疗补助');
    await row.getByRole('button', { name: '使用情况' }).click();
    const usage = page.getByRole('region', { name: '使用该科目的明细' });
    await usage.getByText('使用“2101103 公务员医疗补助”的明细：1 条').waitFor();
    expect(await usage.innerText()).toContain(
      '江门市人力资源和社会保障局信息中心，基本支出-人员经费',
    );
    expect(s.pageErrors).toEqual([]);
  });

  it('previews an edited 科目表: added, removed, renamed and 停用 codes', async () => {
    const { page } = s;
    const file = join(s.workDir, '2022年支出功能分类科目.csv');
    writeFileSync(file, editedCatalog());
    await pickFile(page, file);
    const preview = page.getByRole('region', { name: '科目表导入预览' });
    await preview.waitFor();
    expect(await preview.locator('.summary').innerText()).toContain(
      '新增 1 个，删除 1 个，改名 1 个，停用但仍有明细使用 1 个',
    );
    const changes = (await preview.locator('tbody tr').allInnerTexts()).map((t) =>
      t.split(/\s+/).join(' '),
    );
    expect(changes).toEqual([
      '新增 2080117 人力资源市场监管',
      '删除 2010104 人大会议',
      '改名 2080506 机关事业单位职业年金缴费支出 → 职业年金缴费支出',
      '停用 2101103 公务员医疗补助（文件中没有，仍有 1 条明细使用，保留待改）',
    ]);
    await shot(page, 'preview');
    // Nothing is stored before 确认导入.
    const before = await callApi<{ functions: { code: string }[] }>(page, 'catalog:book');
    expect(before.functions.some((e) => e.code === '2080117')).toBe(false);
  });

  it('确认导入 stores it: the 暂定 notice goes, the code is found, 审核 names the line', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '确认导入' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '已导入“2022年支出功能分类科目.csv”' })
      .waitFor();
    expect(await page.getByRole('note').count()).toBe(0);
    await page.getByLabel('查找科目').fill('2080117');
    await page.locator('.entries tr', { hasText: '人力资源市场监管' }).waitFor();
    await page.getByLabel('查找科目').fill('2101103');
    expect(await page.locator('.entries tr', { hasText: '2101103' }).innerText()).toContain('停用');
    await page
      .getByText(/使用的功能科目“2101103 公务员医疗补助”已不在导入的 2022 年科目表中/)
      .first()
      .waitFor();
    await shot(page, 'imported');
    expect(s.pageErrors).toEqual([]);
  });

  it('a bad 科目表 is refused with one message per row, nothing stored', async () => {
    const { page } = s;
    const before = await callApi<{ functions: unknown[]; source: string }>(page, 'catalog:book');
    const file = join(s.workDir, '坏科目表.csv');
    writeFileSync(
      file,
      '科目编码,科目名称\r\n208,社会保障和就业支出\r\n20801X,坏编码\r\n2080199,其他\r\n',
    );
    await pickFile(page, file);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('“坏科目表.csv”有 2 处有误，未导入任何科目');
    expect(text).toContain(
      '“坏科目表.csv”第 3 行，“科目编码”列（A）：“20801X”不是支出功能分类的科目编码',
    );
    expect(text).toContain(
      '“坏科目表.csv”第 4 行，“科目编码”列（A）：“2080199 其他”的上级科目“20801”不在文件中',
    );
    expect(await page.getByRole('region', { name: '科目表导入预览' }).count()).toBe(0);
    expect(await callApi(page, 'catalog:book')).toEqual(before);
    expect(s.pageErrors).toEqual([]);
  });
});
