/**
 * The seed: the sample book with 2020's figures loaded through import-last-year yields the
 * figures and sentences of the published 第三部分; reasons typed by the clerk complete them.
 */
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../src/shared/api/contract';
import { ApiFailure, type HandlerContext } from '../../../src/main/api/context';
import { createHandlers } from '../../../src/main/api/handlers';
import {
  MISSING_REASON,
  paragraphText,
  type ExplanationDraft,
} from '../../../src/shared/narrative';
import { useTempDirs } from '../../helpers/temp-dir';
import { SEED_REASONS, seedBook } from './helpers';

const tempDir = useTempDirs('bd-doc-');

async function openSeed(
  withLastYear = true,
): Promise<{ api: ApiHandlers; ctx: HandlerContext; path: string; dir: string }> {
  const dir = tempDir();
  const path = await seedBook(dir, withLastYear);
  const ctx: HandlerContext = { book: null, dataDir: dir };
  const api = createHandlers(ctx);
  await api['book:open']({ path });
  return { api, ctx, path, dir };
}

function section(draft: ExplanationDraft, key: string): string {
  const s = draft.sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section ${key}`);
  return s.paragraphs.map(paragraphText).join('\n');
}

describe('第三部分 of the seed', () => {
  it('prints the published figures of 收入 and 支出 against last year', async () => {
    const { api, ctx } = await openSeed();
    try {
      const draft = await api['document:draft']({});
      const text = section(draft, 'changes');
      expect(text).toContain('2021年本部门收入预算750.79万元,比上年减少436.66万元,下降36.77%');
      expect(text).toContain('支出预算968.73万元,比上年减少220.28万元,下降18.53%');
      expect(text).toContain(`主要原因是${MISSING_REASON}`);
    } finally {
      ctx.book?.close();
    }
  });

  it('prints 三公 and its items with change and percent; 因公出国 is 与上年持平 and needs no reason', async () => {
    const { api, ctx } = await openSeed();
    try {
      const draft = await api['document:draft']({});
      const text = section(draft, 'threePublic');
      expect(text).toContain(
        '2021年本部门财政拨款安排“三公”经费1.30万元,比上年增加0.30万元,增长30.00%',
      );
      expect(text).toContain('其中:因公出国(境)费0.00万元,与上年持平;');
      expect(text).toContain(
        '公务用车购置及运行费1.20万元(公务用车购置费0.00万元,公务用车运行维护费1.20万元),比上年增加0.40万元,增长50.00%',
      );
      expect(text).toContain('公务接待费0.10万元,比上年减少0.10万元,下降50.00%');
      const needed = draft.slots.filter((s) => s.needed).map((s) => s.subjectKey);
      expect(needed).toEqual(['income', 'expenditure', '三公', '三公-公务用车', '三公-公务接待']);
      expect(draft.slots.find((s) => s.subjectKey === '三公-因公出国')?.change.direction).toBe(
        'flat',
      );
    } finally {
      ctx.book?.close();
    }
  });

  it('prints 机关运行经费 with the 事业单位 sentence, 政府采购 375 (服务类 375), 国有资产 and the key projects', async () => {
    const { api, ctx } = await openSeed();
    try {
      const draft = await api['document:draft']({});
      expect(section(draft, 'admin')).toContain(
        '2021年，本部门机关运行经费安排0.00万元，本部门为非参照公务员法管理的事业单位，按照上述定义，本部门无机关运行经费。',
      );
      expect(draft.slots.map((s) => s.subjectKey)).not.toContain('机关运行经费');
      expect(section(draft, 'procurement')).toBe(
        '2021年本部门政府采购安排375万元，其中：货物类采购预算0万元，工程类采购预算0万元，服务类采购预算375万元等。',
      );
      expect(section(draft, 'assets')).toBe(
        '截至2020年12月31日，本部门固定资产金额1.68万元，分布构成情况为：房屋0平方米，车辆1辆，单价在100万元以上的设备0台等。本年度拟购置固定资产0万元。',
      );
      const table = draft.sections.find((s) => s.key === 'keyProjects')?.table;
      expect(table?.rows.map((r) => r.amountText).sort()).toEqual([
        '100万元',
        '125万元',
        '150万元',
      ]);
      expect(table?.rows.find((r) => r.amountText === '150万元')?.targets).toContain(
        '网上业务办理量提升率为5%',
      );
      expect(table?.note).toBe('注：无');
    } finally {
      ctx.book?.close();
    }
  });

  it('with the clerk’s reasons stored, prints the published sentences word for word; reasons persist in the book', async () => {
    const { api, ctx, path } = await openSeed();
    try {
      let draft = await api['document:draft']({});
      for (const [subjectKey, reason] of Object.entries(SEED_REASONS))
        draft = await api['reasons:set']({ subjectKey, reason });
      expect(section(draft, 'changes')).toBe(
        '2021年本部门收入预算750.79万元,比上年减少436.66万元,下降36.77%,主要原因是社保卡发行接近饱和,收入预算减少;支出预算968.73万元,比上年减少220.28万元,下降18.53%,主要原因是收入预算减少,支出预算相应压减。',
      );
      expect(section(draft, 'threePublic')).toBe(
        '2021年本部门财政拨款安排“三公”经费1.30万元,比上年增加0.30万元,增长30.00%,主要原因是公务用车车龄较高,维修率提升。' +
          '其中:因公出国(境)费0.00万元,与上年持平;公务用车购置及运行费1.20万元(公务用车购置费0.00万元,公务用车运行维护费1.20万元),' +
          '比上年增加0.40万元,增长50.00%,主要原因是公务用车车龄较高,维修率提升;公务接待费0.10万元,比上年减少0.10万元,下降50.00%,' +
          '主要原因是节约费用,减少支出。',
      );
      expect(draft.warnings.join('')).not.toContain('尚未填写主要原因');
      await api['book:close']({});
      await api['book:open']({ path });
      expect(
        (await api['document:draft']({})).slots.find((s) => s.subjectKey === 'income')?.reason,
      ).toBe(SEED_REASONS.income);
      // A blank reason removes it again.
      draft = await api['reasons:set']({ subjectKey: 'income', reason: '  ' });
      expect(draft.slots.find((s) => s.subjectKey === 'income')?.reason).toBe('');
      expect(draft.warnings.join('')).toContain('尚未填写主要原因');
    } finally {
      ctx.book?.close();
    }
  });

  it('refuses a reason for an unknown subject, or one far too long, and stores nothing', async () => {
    const { api, ctx } = await openSeed();
    try {
      await expect(api['reasons:set']({ subjectKey: 'nope', reason: 'x' })).rejects.toThrow(
        /“nope”不存在.*收入预算（income）/,
      );
      const long = api['reasons:set']({ subjectKey: 'income', reason: '很'.repeat(501) });
      await expect(long).rejects.toBeInstanceOf(ApiFailure);
      await expect(long).rejects.toThrow(/超过 500 字/);
      expect((await api['document:draft']({})).slots.every((s) => s.reason === '')).toBe(true);
    } finally {
      ctx.book?.close();
    }
  });

  it('without last year’s figures: no comparison, no reason asked, and a warning that says what to import', async () => {
    const { api, ctx } = await openSeed(false);
    try {
      const draft = await api['document:draft']({});
      expect(section(draft, 'changes')).toBe('2021年本部门收入预算750.79万元;支出预算968.73万元。');
      expect(draft.slots.some((s) => s.needed)).toBe(false);
      expect(draft.warnings[0]).toMatch(/尚未导入上年预算数.*导入上年预算/);
    } finally {
      ctx.book?.close();
    }
  });
});
