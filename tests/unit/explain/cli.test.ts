/**
 * `budgetdesk explain` on the sample book file: the JSON contract, captions with or without
 * 其中：, the side-by-side 表1, and the exit 2 messages that list what the table has.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli-run';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('budgetdesk-explain-');

async function sample(): Promise<string> {
  const path = join(tempDir(), '示例.sqlite');
  expect((await cli('sample', path)).code).toBe(0);
  return path;
}

describe('budgetdesk explain', () => {
  it('--json gives exactly {table,row,column,printed,totalFen,lines}, the lines summing to it', async () => {
    const path = await sample();
    const r = await cli(
      'explain',
      path,
      '--table',
      '5',
      '--row',
      '208',
      '--column',
      '基本支出',
      '--json',
    );
    expect(r.code).toBe(0);
    const e = JSON.parse(r.out) as {
      table: number;
      row: string;
      column: string;
      printed: string;
      totalFen: number;
      lines: Record<string, unknown>[];
    };
    expect(Object.keys(e)).toEqual(['table', 'row', 'column', 'printed', 'totalFen', 'lines']);
    expect(e).toMatchObject({ table: 5, row: '[208]社会保障和就业支出', column: '其中：基本支出' });
    expect(e.printed).toBe('286.99');
    expect(Object.keys(e.lines[0])).toEqual([
      'id',
      'unitCode',
      'functionCode',
      'deptEconCode',
      'kind',
      'fundSource',
      'projectCode',
      'amountFen',
    ]);
    expect(e.lines.reduce((s, l) => s + (l.amountFen as number), 0)).toBe(e.totalFen);
    expect(Math.round(e.totalFen / 10_000) / 100).toBeCloseTo(286.99, 2);
    const asPrinted = await cli(
      'explain',
      path,
      '--table',
      '5',
      '--row',
      '社会保障和就业支出',
      '--column',
      '其中：基本支出',
      '--json',
    );
    expect(JSON.parse(asPrinted.out)).toEqual(e);
  });

  it('prints the rule, lines, sum, rounding and the 尾差 in Chinese', async () => {
    const path = await sample();
    const r = await cli('explain', path, '--table', '3', '--row', '21011', '--column', '合计');
    expect(r.code).toBe(0);
    expect(r.out).toContain('“[21011]行政事业单位医疗”行“合计”列印 17.20 万元');
    expect(r.out).toContain('明细 2 条');
    expect(r.out).toContain('合计：172,000.00 元');
    expect(r.out).toContain('印作 17.20');
    expect(r.out).toMatch(/尾差：.*8\.98 \+ .*8\.23 = 17\.21，与本格 17\.20 相差 -0\.01/);
  });

  it('表1: the row label picks its half (income left, expenditure right)', async () => {
    const path = await sample();
    const income = JSON.parse(
      (
        await cli(
          'explain',
          path,
          '--table',
          '1',
          '--row',
          '本年收入合计',
          '--column',
          '预算',
          '--json',
        )
      ).out,
    );
    const spend = JSON.parse(
      (
        await cli(
          'explain',
          path,
          '--table',
          '1',
          '--row',
          '支出总计',
          '--column',
          '预算',
          '--json',
        )
      ).out,
    );
    expect(income.printed).toBe('750.79');
    expect(spend.printed).toBe('968.73');
    expect(spend.lines).toHaveLength(25);
  });

  it('exit 2 naming the rows or the columns that exist', async () => {
    const path = await sample();
    const row = await cli('explain', path, '--table', '5', '--row', '999', '--column', '小计');
    expect(row.code).toBe(2);
    expect(row.err).toContain('中没有“999”这一行');
    expect(row.err).toContain('[208]社会保障和就业支出');
    const col = await cli('explain', path, '--table', '5', '--row', '208', '--column', '结转');
    expect(col.code).toBe(2);
    expect(col.err).toContain('本表的金额列有：小计、其中：基本支出、项目支出');
    const table = await cli('explain', path, '--table', '14', '--row', '208', '--column', '小计');
    expect(table.code).toBe(2);
    expect(table.err).toContain('没有表14');
    const usage = await cli('explain', path, '--row', '208');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--table');
  });
});
