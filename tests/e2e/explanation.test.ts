/**
 * 情况说明 in a real Chromium against the browser mode: the sample with last year's figures
 * shows the published sentences, asks for the five reasons (highlighted), saves a typed reason
 * into the book at once, and exports the whole document as .docx.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplanationDraft } from '../../src/shared/narrative/types';
import { lastYearWorkbook } from '../unit/document/last-year-workbook';
import { callApi, openSample, startE2e, type E2eSession } from './harness';
import { saveInDialog } from './save-dialog';

let s: E2eSession;
const SHOTS = process.env.BUDGETDESK_SHOTS ?? '/tmp';

beforeAll(async () => {
  s = await startE2e();
});
afterAll(async () => {
  await s?.close();
});

describe('情况说明 screen (browser mode)', () => {
  it('shows the drafted 第三部分 of the sample with last year imported, and the reasons it needs', async () => {
    const { page } = s;
    await openSample(s);
    await page.getByRole('heading', { name: '江门市人力资源和社会保障局信息中心' }).waitFor();
    const preview = await callApi<{ previewId: string }>(page, 'lastyear:preview', {
      fileName: '2020年公开表.xlsx',
      contentBase64: (await lastYearWorkbook()).toString('base64'),
    });
    await callApi(page, 'lastyear:commit', { previewId: preview.previewId });

    await page.getByRole('button', { name: /^情况说明/ }).click();
    const changes = page.locator('[data-section="changes"] .para');
    await expect
      .poll(() => changes.innerText())
      .toContain('收入预算750.79万元,比上年减少436.66万元,下降36.77%');
    expect(await page.locator('[data-section="threePublic"] .para').innerText()).toContain(
      '公务接待费0.10万元,比上年减少0.10万元,下降50.00%',
    );
    expect(await page.locator('.reason-field.missing').count()).toBe(5);
    // Once drafted, the screen stays quiet: reading the draft must not count as an edit.
    const calls: string[] = [];
    const seen = (r: { url(): string }): void => void calls.push(new URL(r.url()).pathname);
    page.on('request', seen);
    await page.waitForTimeout(1500);
    page.off('request', seen);
    expect(calls.filter((c) => c.startsWith('/api/'))).toEqual([]);
    expect(await page.getByRole('status').filter({ hasText: '还有 5 处原因未填写' }).count()).toBe(
      1,
    );
  });

  it('saves a typed reason into the book and prints it in the sentence', async () => {
    const { page } = s;
    const field = page.getByLabel(/^收入预算：/);
    await field.fill('社保卡发行接近饱和，收入预算减少');
    await field.blur();
    await expect
      .poll(
        async () =>
          (await callApi<ExplanationDraft>(page, 'document:draft', {})).slots.find(
            (x) => x.subjectKey === 'income',
          )?.reason,
      )
      .toBe('社保卡发行接近饱和，收入预算减少');
    await expect
      .poll(() => page.locator('[data-section="changes"] .para').innerText())
      .toContain('下降36.77%,主要原因是社保卡发行接近饱和，收入预算减少;');
    expect(await page.locator('.reason-field.missing').count()).toBe(4);
    await page.screenshot({ path: join(SHOTS, 'explanation-view.png'), fullPage: false });
  });

  it('exports the whole document as .docx', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '导出文档 .docx' }).click();
    const file = await saveInDialog(page, s.workDir);
    expect(file).toBe(join(s.workDir, '2021年江门市人力资源和社会保障局信息中心部门预算.docx'));
    await page.getByText(`已导出“${file}”`).waitFor();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    // Main wrote the document there: its text carries the reason typed on this screen.
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(xml).toContain('社保卡发行接近饱和');
    expect(s.pageErrors).toEqual([]);
  });
});
