/** The grid's block: Ctrl+C as Excel's tab-separated text, Ctrl+D filling the top row down. */
import { describe, expect, it } from 'vitest';
import { planFillDown, rangeOf, rangeTsv } from '../../../src/renderer/src/lib/grid-range';
import { buildLineOptions, gridColumns } from '../../../src/renderer/src/lib/line-cells';
import type { GridScope } from '../../../src/renderer/src/lib/line-edits';
import { parsePasteBlock, splitClipboard } from '../../../src/renderer/src/lib/paste-block';
import { getCatalog } from '../../../src/shared/catalogs';
import type { LineItem, Unit } from '../../../src/shared/domain';

const CENTER: Unit = {
  code: '404011',
  name: '江门市人力资源和社会保障局信息中心',
  type: '事业单位',
  parentCode: null,
};
const opts = buildLineOptions(getCatalog(2021), [CENTER]);
const cols = gridColumns({ multiUnit: false, withKind: true });
const scope: GridScope = {
  fixedKind: null,
  projectCode: null,
  defaultUnitCode: '404011',
  units: [CENTER],
};

const line = (id: number, dept: string, amountFen: number): LineItem => ({
  id,
  unitCode: '404011',
  functionCode: '2080199',
  deptEconCode: dept,
  govEconCode: dept.startsWith('301') ? '50501' : '50502',
  kind: dept.startsWith('301') ? '基本支出-人员经费' : '基本支出-公用经费',
  projectCode: null,
  fundSource: '一般公共预算',
  amountFen,
});
const rows = [line(1, '30101', 123_456), line(2, '30201', 3_500_000), null];

describe('rangeOf', () => {
  it('spans anchor and active cell whichever way the selection went', () => {
    expect(rangeOf({ row: 3, col: 4 }, { row: 1, col: 2 })).toEqual({ r0: 1, r1: 3, c0: 2, c1: 4 });
  });
});

describe('rangeTsv', () => {
  it('copies codes with names and plain amounts, rows by CRLF; the empty row is left out', () => {
    const tsv = rangeTsv(rows, cols, { r0: 0, r1: 2, c0: 1, c1: 5 }, opts, 'yuan');
    expect(tsv).toBe(
      '30101 基本工资\t50501 工资福利支出\t人员经费\t一般公共预算\t1234.56\r\n' +
        '30201 办公费\t50502 商品和服务支出\t公用经费\t一般公共预算\t35000.00\r\n',
    );
  });

  it('gives amounts in 万元 exactly when the grid shows 万元, and pastes back to the same lines', () => {
    const tsv = rangeTsv(rows, cols, { r0: 0, r1: 1, c0: 0, c1: 5 }, opts, 'wan');
    expect(tsv.split('\r\n')[1].split('\t').at(-1)).toBe('3.5');
    const back = parsePasteBlock(splitClipboard(tsv), cols, 0, opts, 1, 'wan');
    expect(back.problems).toEqual([]);
    expect(back.rows.map((r) => [r.deptEconCode, r.amountFen])).toEqual([
      ['30101', 123_456],
      ['30201', 3_500_000],
    ]);
  });
});

describe('planFillDown', () => {
  it('gives the lines below the top row its values in the block’s columns', () => {
    const more = [line(1, '30101', 100), line(2, '30201', 200), line(3, '30101', 100)];
    const amount = cols.length - 1;
    const updates = planFillDown(more, cols, { r0: 0, r1: 2, c0: amount, c1: amount }, opts, scope);
    // Line 3 already holds the top amount: only line 2 changes.
    expect(updates).toEqual([{ before: more[1], after: { ...more[1], amountFen: 100 } }]);
  });

  it('re-defaults 政府经济科目 and 支出类型 as typing a 部门经济科目 does', () => {
    const updates = planFillDown(rows, cols, { r0: 0, r1: 2, c0: 1, c1: 1 }, opts, scope);
    expect(updates).toHaveLength(1);
    expect(updates[0].after).toMatchObject({
      deptEconCode: '30101',
      govEconCode: '',
      kind: '基本支出-人员经费',
    });
  });
});
