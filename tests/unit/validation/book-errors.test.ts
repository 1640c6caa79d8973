/**
 * Each book-level error rule: a book that breaks exactly that rule yields exactly its finding,
 * with the amounts on both sides; the clean base book yields none.
 */
import { describe, expect, it } from 'vitest';
import { insertLines } from '../../../src/main/ledger/lines';
import { getProject, saveProject } from '../../../src/main/ledger/projects';
import { getUnit, saveUnit } from '../../../src/main/ledger/units';
import { useTempDirs } from '../../helpers/temp-dir';
import { CENTER } from '../../helpers/book-fixtures';
import { L2, baseRows, cli, edit, makeBook, row, rulesOf, validate } from './book-builder';

const tempDir = useTempDirs('budgetdesk-validation-');

describe('book-level errors', () => {
  it('a clean book has no findings at all and validates with exit 0', async () => {
    const path = await makeBook(tempDir(), baseRows());
    const { code, findings } = await validate(path);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('PLAN-SOURCE: lines of a source differ from its 控制数', async () => {
    const path = await makeBook(tempDir(), baseRows());
    expect(
      (await cli(['plan', path, '--source', '一般公共预算', '--amount', '160000.00'])).code,
    ).toBe(0);
    const { code, findings } = await validate(path);
    expect(code).toBe(1);
    expect(rulesOf(findings)).toEqual(['PLAN-SOURCE']);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect(f.expected).toEqual({ fen: 16_000_000, wan: '16.00', yuan: '160,000.00' });
    expect(f.actual?.fen).toBe(17_000_000);
    expect(f.difference?.fen).toBe(1_000_000);
    expect(f.message).toContain('多 1.00 万元（10,000.00 元）');
    expect(f.where.entries[0]).toMatchObject({
      type: 'plan',
      open: { screen: 'plan', focus: '404011/一般公共预算' },
    });
    expect(f.where.entries.filter((e) => e.type === 'line')).toHaveLength(3);

    // Setting the plan to what the lines allocate clears it.
    await cli(['plan', path, '--source', '一般公共预算', '--amount', '170000']);
    expect((await validate(path)).findings).toEqual([]);
  });

  it('PROJECT-APPROVED: a project’s lines differ from its approved amount', async () => {
    const path = await makeBook(tempDir(), baseRows());
    edit(path, (b) => saveProject(b, { ...getProject(b, L2)!, approvedFen: 6_000_000 }));
    const { code, findings } = await validate(path);
    expect(code).toBe(1);
    expect(rulesOf(findings)).toEqual(['PROJECT-APPROVED']);
    expect(findings[0].expected?.fen).toBe(6_000_000);
    expect(findings[0].actual?.fen).toBe(5_000_000);
    expect(findings[0].where.entries[0]).toMatchObject({ type: 'project', code: L2 });
  });

  it('CATALOG-CODE: a code outside the year’s catalog (written past the import, which refuses it)', async () => {
    const path = await makeBook(tempDir(), baseRows());
    edit(path, (b) =>
      insertLines(b, [
        {
          unitCode: CENTER.code,
          functionCode: '2089998',
          deptEconCode: '30201',
          govEconCode: '50502',
          kind: '基本支出-公用经费',
          projectCode: null,
          fundSource: '一般公共预算',
          amountFen: 100_000,
        },
      ]),
    );
    const { code, findings } = await validate(path);
    expect(code).toBe(1);
    expect(rulesOf(findings)).toEqual(['CATALOG-CODE']);
    expect(findings[0].message).toContain('2089998');
    expect(findings[0].where.entries).toEqual([expect.objectContaining({ type: 'line', id: 4 })]);
  });

  it('ECON-PAIR: the unit becomes a 行政单位, so its 50502 pair is no longer allowed', async () => {
    const path = await makeBook(tempDir(), [
      row({ dept: '30201', kind: '基本支出-公用经费', yuan: '20000.00' }),
    ]);
    edit(path, (b) => saveUnit(b, { ...getUnit(b, CENTER.code)!, type: '行政单位' }));
    const { code, findings } = await validate(path);
    expect(code).toBe(1);
    expect(rulesOf(findings)).toEqual(['ECON-PAIR']);
    expect(findings[0].key).toBe('ECON-PAIR:404011:30201:50502');
    expect(findings[0].message).toContain('应为 50201');
  });

  it('NEGATIVE: a negative line', async () => {
    const path = await makeBook(tempDir(), [
      ...baseRows(),
      row({ dept: '30201', kind: '基本支出-公用经费', yuan: '-1000.00' }),
    ]);
    const { code, findings } = await validate(path);
    expect(code).toBe(1);
    expect(rulesOf(findings)).toEqual(['NEGATIVE']);
    expect(findings[0].actual?.fen).toBe(-100_000);
    expect(findings[0].expected?.fen).toBe(0);
  });

  it('PROCUREMENT: 政府采购 above the project’s lines', async () => {
    const path = await makeBook(tempDir(), baseRows());
    edit(path, (b) => saveProject(b, { ...getProject(b, L2)!, procurementGoodsFen: 6_000_000 }));
    const { code, findings } = await validate(path);
    expect(code).toBe(1);
    expect(rulesOf(findings)).toEqual(['PROCUREMENT']);
    expect(findings[0].expected?.fen).toBe(5_000_000);
    expect(findings[0].actual?.fen).toBe(6_000_000);
  });
});
