/**
 * The table identities of the Jiangmen 2021 pack hold by construction on derived tables, so each
 * is proven alive on a deliberately corrupted model: move one cell by 1.00 万元 and that rule must
 * report an error of exactly that size. Tails are info, never errors.
 */
import { describe, expect, it } from 'vitest';
import type { LineItem } from '../../../src/shared/domain';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../../src/shared/tables/engine';
import type { TableModel } from '../../../src/shared/tables/model';
import { jiangmen2021Rules } from '../../../src/shared/tables/packs/jiangmen-2021/rules';
import { evaluateTableRules } from '../../../src/shared/validation';
import type { CellSel, ColumnSel, TableRule } from '../../../src/shared/validation/rule-types';
import { TableSet, findRow } from '../../../src/shared/validation/table-cells';
import { useTempDirs } from '../../helpers/temp-dir';
import { makeBook, row, validate } from './book-builder';

const tempDir = useTempDirs('budgetdesk-validation-');
const WAN = 1_000_000;

/** The sample plus lines that fill 表8, 表9 and the "其他支出" rows of 表12, so no rule is idle. */
function richModels(): TableModel[] {
  const book = sampleSnapshot();
  const extra: Omit<LineItem, 'id'>[] = [
    {
      unitCode: '404011',
      functionCode: '2080199',
      deptEconCode: '30201',
      govEconCode: '50502',
      kind: '基本支出-公用经费',
      projectCode: null,
      fundSource: '政府性基金预算',
      amountFen: 1_234_567,
    },
    {
      unitCode: '404011',
      functionCode: '2080199',
      deptEconCode: '31007',
      govEconCode: '50601',
      kind: '项目支出',
      projectCode: '440700210000000035603',
      fundSource: '国有资本经营预算',
      amountFen: 2_000_000,
    },
    {
      unitCode: '404011',
      functionCode: '2080199',
      deptEconCode: '30201',
      govEconCode: '50502',
      kind: '事业单位经营支出',
      projectCode: null,
      fundSource: '经营收入',
      amountFen: 500_000,
    },
  ];
  book.lines.push(...extra.map((l, i) => ({ ...l, id: 1000 + i })));
  return deriveTables(book);
}

/** The cell a rule reads first: bumping it must break that rule. */
function target(rule: TableRule, models: TableModel[]): CellSel {
  const model = models.find((m) => m.number === ('table' in rule ? rule.table : 0));
  switch (rule.kind) {
    case 'equal': {
      const c = rule.cells[0];
      if (!('row' in c)) throw new Error(`${rule.id}: first cell is a code sum`);
      return c;
    }
    case 'sum':
      if (!('row' in rule.total)) throw new Error(`${rule.id}: total is a code sum`);
      return rule.total;
    case 'row-sum':
      return { table: rule.table, row: model!.rows[0].key, column: rule.total };
    case 'tree-sum': {
      const first = model!.columns.findIndex((c) => c.kind === 'amount');
      return { table: rule.table, row: 'total', column: rule.columns?.[0] ?? first };
    }
    case 'rows-match': {
      const a = models.find((m) => m.number === rule.a.table)!;
      const r = a.rows.find(
        (x) => x.code !== '' && (!rule.codeLengths || rule.codeLengths.includes(x.code.length)),
      );
      return { table: rule.a.table, row: r!.key, column: rule.a.column };
    }
  }
}

function bump(models: TableModel[], sel: CellSel, by: number): TableModel[] {
  const copy = structuredClone(models);
  const set = new TableSet(copy);
  const model = set.table(sel.table, 'test');
  const col = set.column(model, sel.column as ColumnSel, 'test');
  const r = findRow(model, sel.row);
  if (!r) throw new Error(`no row ${sel.row} in 表${sel.table}`);
  const cell = r.cells[col];
  if (cell.kind !== 'amount') throw new Error('not an amount cell');
  cell.fen += by;
  return copy;
}

describe('table identities of the Jiangmen 2021 pack', () => {
  const models = richModels();
  const rules = jiangmen2021Rules.tables;

  it('hold on the derived tables (no errors, on the sample and with every table filled)', () => {
    expect(
      evaluateTableRules(rules, deriveTables(sampleSnapshot())).filter(
        (f) => f.severity === 'error',
      ),
    ).toEqual([]);
    expect(evaluateTableRules(rules, models).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(rules.map((r, i) => [`${r.id} #${i}`, r] as const))(
    '%s fires on a corrupted cell',
    (_name, rule) => {
      const sel = target(rule, models);
      const findings = evaluateTableRules([rule], bump(models, sel, WAN));
      const errors = findings.filter((f) => f.severity === 'error' && f.rule === rule.id);
      expect(errors.length).toBeGreaterThan(0);
      expect(Math.abs(errors[0].difference!.fen)).toBe(WAN);
      expect(errors[0].where.cells.some((c) => c.table === sel.table)).toBe(true);
    },
  );

  it('T1-e 收入总计 = 支出总计: an unbalanced 表1 is an error naming both totals', () => {
    const findings = evaluateTableRules(
      rules,
      bump(models, { table: 1, row: 'fixed:incomeAll', column: 1 }, 123),
    );
    const f = findings.find((x) => x.rule === 'T1-e')!;
    expect(f.severity).toBe('error');
    expect(f.expected!.fen - f.actual!.fen).toBe(123);
    expect(f.message).toContain('表1“收入总计”行“预算”列');
    expect(f.message).toContain('表1“支出总计”行“预算”列');
    expect(f.message).toContain('却为');
    expect(f.message).toContain('少 1.23 元');
  });

  it('T12-b nests 二级 projects (printed with "--") under their 一级 project', () => {
    const t12b = rules.filter((r) => r.id === 'T12-b');
    const l1 = 'project:440700210000000035573';
    const findings = evaluateTableRules(
      t12b,
      bump(models, { table: 12, row: l1, column: '总计' }, WAN),
    );
    expect(findings.map((f) => f.key)).toContain(`T12-b:12:${l1}:总计`);
    expect(findings.find((f) => f.key === `T12-b:12:${l1}:总计`)!.where.cells).toHaveLength(4);
  });

  it('a rule naming a column the pack lacks is refused, not read as 0', () => {
    const bad: TableRule = {
      id: 'BAD',
      text: '',
      kind: 'row-sum',
      table: 3,
      total: '不存在的列',
      parts: [],
    };
    expect(() => evaluateTableRules([bad], models)).toThrow(/表3.*不存在的列/);
  });
});

describe('tail differences', () => {
  it('8.975 + 8.225 万元 print 8.98 + 8.23 under 17.20: info for 21011 and 表6 301, no error', async () => {
    const path = await makeBook(tempDir(), [
      row({ fn: '2101102', dept: '30110', yuan: '89750.00' }),
      row({ fn: '2101103', dept: '30111', yuan: '82250.00' }),
    ]);
    const { code, findings } = await validate(path);
    expect(code).toBe(0);
    expect(findings.map((f) => [f.severity, f.rule, f.expected?.wan, f.actual?.wan])).toEqual([
      ['info', 'TAIL', '17.20', '17.21'],
      ['info', 'TAIL', '17.20', '17.21'],
    ]);
    expect(findings[0].where.cells.map((c) => c.table)).toEqual([2, 2, 3, 3, 5, 5]);
    expect(findings[1].where.cells.map((c) => `${c.table} ${c.rowLabel}`)).toEqual([
      '6 [301]工资福利支出',
    ]);
  });
});
