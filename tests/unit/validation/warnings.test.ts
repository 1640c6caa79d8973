/**
 * Each warning rule: a book that breaks exactly that rule yields exactly its findings, and the
 * fix the message names (a reason, targets, a split) clears it.
 */
import { describe, expect, it } from 'vitest';
import { insertIndicators } from '../../../src/main/ledger/indicators';
import { replaceLastYear } from '../../../src/main/ledger/last-year';
import { getProject, saveProject } from '../../../src/main/ledger/projects';
import { setReason } from '../../../src/main/ledger/reasons';
import type { BookDb } from '../../../src/main/ledger/book-db';
import { useTempDirs } from '../../helpers/temp-dir';
import { L2, baseRows, edit, makeBook, row, rulesOf, validate } from './book-builder';

const tempDir = useTempDirs('budgetdesk-validation-');

const indicator = {
  projectCode: L2,
  tier: '产出指标',
  category: '数量指标',
  name: '设备台数',
  value: '≥5',
  unit: '台',
} as const;

function lastYear(
  book: BookDb,
  tableNo: number,
  rowKey: string,
  columnIndex: number,
  amountFen: number,
): void {
  replaceLastYear(book, [
    { tableNo, rowKey, code: '', label: rowKey, columnIndex, caption: '', amountFen },
  ]);
}

describe('warnings', () => {
  it('GOV-CLASS-UNIT: a 事业单位 line under 503 (the catalog allows 31007 → 50306)', async () => {
    const path = await makeBook(tempDir(), [
      ...baseRows(),
      row({ dept: '31007', gov: '50306', kind: '项目支出', yuan: '12345.67' }),
    ]);
    const { code, findings } = await validate(path);
    expect(code).toBe(0);
    expect(rulesOf(findings)).toEqual(['GOV-CLASS-UNIT']);
    expect(findings[0]).toMatchObject({ severity: 'warning', key: 'GOV-CLASS-UNIT:404011:503' });
    expect(findings[0].actual).toEqual({ fen: 1_234_567, wan: '1.23', yuan: '12,345.67' });
  });

  it('KEY-PROJECT-TARGETS: a key project without 绩效目标, cleared by adding one', async () => {
    const path = await makeBook(tempDir(), baseRows());
    edit(path, (b) =>
      saveProject(b, { ...getProject(b, L2)!, isKey: true, procurementGoodsFen: 5_000_000 }),
    );
    const { code, findings } = await validate(path);
    expect(code).toBe(0);
    expect(rulesOf(findings)).toEqual(['KEY-PROJECT-TARGETS']);
    expect(findings[0].where.entries[0]).toMatchObject({
      type: 'project',
      open: { screen: 'projects', focus: L2 },
    });
    edit(path, (b) => insertIndicators(b, [indicator]));
    expect((await validate(path)).findings).toEqual([]);
  });

  it('KEY-PROJECT-PROCUREMENT: a key project buying equipment with no 政府采购 split', async () => {
    const path = await makeBook(tempDir(), baseRows());
    edit(path, (b) => {
      saveProject(b, { ...getProject(b, L2)!, isKey: true });
      insertIndicators(b, [indicator]);
    });
    const { findings } = await validate(path);
    expect(rulesOf(findings)).toEqual(['KEY-PROJECT-PROCUREMENT']);
    expect(findings[0].message).toContain('5.00 万元');
  });

  it('THREE-PUBLIC-RISE: 公务接待 above last year flags the item and the 三公 total', async () => {
    const path = await makeBook(tempDir(), [
      ...baseRows(),
      row({ dept: '30217', kind: '基本支出-公用经费', yuan: '2000.00' }),
    ]);
    edit(path, (b) => {
      replaceLastYear(b, [
        {
          tableNo: 7,
          rowKey: 'fixed:threePublic',
          code: '',
          label: '“三公”经费',
          columnIndex: 1,
          caption: '合计',
          amountFen: 150_000,
        },
        {
          tableNo: 7,
          rowKey: 'fixed:reception',
          code: '',
          label: '公务接待费',
          columnIndex: 1,
          caption: '合计',
          amountFen: 190_000,
        },
      ]);
      // Reasons are written, so only the rise itself is reported.
      setReason(b, '三公', '接待任务增加');
      setReason(b, '三公-公务接待', '接待任务增加');
    });
    const { code, findings } = await validate(path);
    expect(code).toBe(0);
    expect(findings.map((f) => f.key)).toEqual([
      'THREE-PUBLIC-RISE:三公',
      'THREE-PUBLIC-RISE:三公-公务接待',
    ]);
    expect(findings[0].expected?.fen).toBe(150_000);
    expect(findings[0].actual?.fen).toBe(200_000);
    expect(findings[0].where.cells).toEqual([
      { table: 7, rowKey: 'fixed:threePublic', rowLabel: '“三公”经费', column: '合计' },
    ]);
  });

  it('CHANGE-REASON: income 70% above last year without a reason, cleared by writing one', async () => {
    const path = await makeBook(tempDir(), baseRows());
    edit(path, (b) => lastYear(b, 1, 'fixed:incomeYear', 1, 10_000_000));
    const { code, findings } = await validate(path);
    expect(code).toBe(0);
    expect(rulesOf(findings)).toEqual(['CHANGE-REASON']);
    expect(findings[0]).toMatchObject({
      key: 'CHANGE-REASON:income',
      expected: { fen: 10_000_000 },
      actual: { fen: 17_000_000 },
    });
    expect(findings[0].message).toContain('变动 70.00%');
    edit(path, (b) => setReason(b, 'income', '新增信息化项目'));
    expect((await validate(path)).findings).toEqual([]);
  });

  it('CHANGE-REASON: the 10% threshold is compared on the printed percentage', async () => {
    const path = await makeBook(tempDir(), baseRows());
    // This year prints 17.00 万元. Last year 15,455,000 分 prints 15.46: +1.54 is 9.96% → no reason.
    edit(path, (b) => lastYear(b, 1, 'fixed:incomeYear', 1, 15_455_000));
    expect((await validate(path)).findings).toEqual([]);
    // Last year 15,454,546 分 (9.99997% in 分) prints 15.45: +1.55 is 10.03% as printed → a reason.
    edit(path, (b) => lastYear(b, 1, 'fixed:incomeYear', 1, 15_454_546));
    const { findings } = await validate(path);
    expect(rulesOf(findings)).toEqual(['CHANGE-REASON']);
    expect(findings[0].message).toContain('变动 10.03%');
  });

  it('FUND-TABLE-NOTE: 表8 carries money but still has no note', async () => {
    const path = await makeBook(tempDir(), [
      ...baseRows(),
      row({ dept: '30201', kind: '基本支出-公用经费', fund: '政府性基金预算', yuan: '3000.00' }),
    ]);
    const { code, findings } = await validate(path);
    expect(code).toBe(0);
    expect(rulesOf(findings)).toEqual(['FUND-TABLE-NOTE']);
    expect(findings[0].key).toBe('FUND-TABLE-NOTE:8');
  });
});
