/**
 * What the 公开文档 needs beyond tying figures (issue 11): a key project's indicator counts only
 * with its value, a project without lines and a book without 国有资产 are reported, and each
 * finding carries its Chinese rule name; lines are named by their 序号 in the grid that shows them.
 */
import { describe, expect, it } from 'vitest';
import { setAssets } from '../../../src/main/ledger/assets';
import { BookDb } from '../../../src/main/ledger/book-db';
import { insertIndicators } from '../../../src/main/ledger/indicators';
import { insertLines } from '../../../src/main/ledger/lines';
import { getProject, saveProject } from '../../../src/main/ledger/projects';
import { useTempDirs } from '../../helpers/temp-dir';
import { CENTER } from '../../helpers/book-fixtures';
import { L1, L2, baseRows, edit, makeBook, rulesOf, validate } from './book-builder';

const tempDir = useTempDirs('budgetdesk-validation-');

const bare = {
  projectCode: L2,
  tier: '产出指标',
  category: '数量指标',
  name: '新指标',
  value: '',
  unit: '',
} as const;

describe('checks of what the document needs', () => {
  it('KEY-PROJECT-TARGETS: a “新指标” without a value does not count', async () => {
    const path = await makeBook(tempDir(), baseRows());
    edit(path, (b) => {
      saveProject(b, { ...getProject(b, L2)!, isKey: true, procurementGoodsFen: 5_000_000 });
      insertIndicators(b, [bare]);
    });
    const { findings } = await validate(path);
    expect(rulesOf(findings)).toEqual(['KEY-PROJECT-TARGETS']);
    expect(findings[0].message).toContain('有 1 个绩效指标没有填写指标值');
    expect(findings[0].ruleName).toBe('重点项目缺少绩效目标');
    edit(path, (b) =>
      insertIndicators(b, [{ ...bare, name: '设备台数', value: '≥1', unit: '台' }]),
    );
    expect((await validate(path)).findings).toEqual([]);
  });

  it('PROJECT-NO-LINES: a 二级 project without lines, and a 一级 one without 二级 projects', async () => {
    const path = await makeBook(tempDir(), baseRows());
    edit(path, (b) => {
      const p = getProject(b, L2)!;
      saveProject(b, { ...p, code: `${L2}9`, name: '空项目' });
      saveProject(b, { ...getProject(b, L1)!, code: `${L1}9`, name: '空的一级项目' });
    });
    const { code, findings } = await validate(path);
    expect(code).toBe(0);
    expect(rulesOf(findings)).toEqual(['PROJECT-NO-LINES', 'PROJECT-NO-LINES']);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/二级项目“空项目”.*没有支出明细/);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/一级项目“空的一级项目”/);
    expect(findings[0].where.entries[0]).toMatchObject({ type: 'project' });
  });

  it('ASSETS-MISSING: a book with lines and an empty 国有资产 page', async () => {
    const path = await makeBook(tempDir(), baseRows());
    const book = BookDb.open(path);
    try {
      book.db.prepare('DELETE FROM assets').run();
    } finally {
      book.close();
    }
    const { code, findings } = await validate(path);
    expect(code).toBe(0);
    expect(rulesOf(findings)).toEqual(['ASSETS-MISSING']);
    expect(findings[0].where.entries[0]).toMatchObject({
      type: 'assets',
      open: { screen: 'assets', focus: 'asOfDate' },
    });
    edit(path, (b) => setAssets(b, { ...findingsFreeAssets }));
    expect((await validate(path)).findings).toEqual([]);
  });

  it('names a line by its 序号 in the grid that shows it, not by its id', async () => {
    const path = await makeBook(tempDir(), baseRows());
    edit(path, (b) =>
      insertLines(b, [
        {
          unitCode: CENTER.code,
          functionCode: '2080199',
          deptEconCode: '30201',
          govEconCode: '50502',
          kind: '基本支出-公用经费',
          projectCode: null,
          fundSource: '一般公共预算',
          amountFen: -100,
        },
      ]),
    );
    const { findings } = await validate(path);
    const negative = findings.find((f) => f.rule === 'NEGATIVE');
    // Lines 1, 2 basic, 3 the project's, 4 this one: the third line of 基本支出.
    expect(negative?.message).toContain('基本支出第 3 行的金额为负数');
    expect(negative?.where.entries[0].label).toMatch(/^基本支出第 3 行（2080199\/30201/);
    expect(negative?.ruleName).toBe('金额为负数');
  });
});

const findingsFreeAssets = {
  asOfDate: '2020-12-31',
  fixedAssetsFen: 0,
  buildingsM2: 0,
  vehicles: 0,
  equipmentOver1m: 0,
  plannedPurchaseFen: 0,
  plannedPurchaseText: '无',
};
