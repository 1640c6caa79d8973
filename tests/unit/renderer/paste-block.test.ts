/** Paste of a block copied from Excel: splitting, per-cell checks, spreading over rows. */
import { describe, expect, it } from 'vitest';
import { buildLineOptions, gridColumns } from '../../../src/renderer/src/lib/line-cells';
import {
  applyValues,
  completeLine,
  planPaste,
  type GridScope,
} from '../../../src/renderer/src/lib/line-edits';
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
const basic: GridScope = {
  fixedKind: null,
  projectCode: null,
  defaultUnitCode: '404011',
  units: [CENTER],
};

const line: LineItem = {
  id: 7,
  unitCode: '404011',
  functionCode: '2080199',
  deptEconCode: '30101',
  govEconCode: '50501',
  kind: '基本支出-人员经费',
  projectCode: null,
  fundSource: '一般公共预算',
  amountFen: 100,
};

describe('splitClipboard', () => {
  it('splits Excel text: CRLF, tabs, trailing break, quoted cells, blank rows', () => {
    expect(splitClipboard('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitClipboard('"x\ty"\t"say ""hi"""\n\t\n1\t2')).toEqual([
      ['x\ty', 'say "hi"'],
      ['1', '2'],
    ]);
    expect(splitClipboard('"a\nb"\tc')).toEqual([['a\nb', 'c']]);
    expect(splitClipboard('')).toEqual([]);
  });
});

describe('parsePasteBlock + planPaste', () => {
  const text =
    '2080199 其他人力资源和社会保障管理事务支出\t[30101]基本工资\t\t人员经费\t一般公共预算\t537,386.12\n' +
    '2080505\t30108\t50501\t人员经费\t一般公共预算\t23.926万\n';

  it('reads a six-column block from 功能科目 on into two complete new lines', () => {
    const parsed = parsePasteBlock(splitClipboard(text), cols, 0, opts, 1);
    expect(parsed.problems).toEqual([]);
    const plan = planPaste(parsed.rows, [], 0, opts, basic);
    expect(plan.problems).toEqual([]);
    expect(plan.inserts).toEqual(
      [
        { ...line, id: undefined, govEconCode: '', amountFen: 53_738_612 },
        {
          ...line,
          id: undefined,
          functionCode: '2080505',
          deptEconCode: '30108',
          amountFen: 23_926_000,
        },
      ].map(({ id: _id, ...rest }) => rest),
    );
  });

  it('names row and column of every bad cell and of too many columns', () => {
    const bad = '2080199\t12345\t\t人员经费\t一般\t12元3\n2080199\t\t\t\t\t1\t9\n';
    const parsed = parsePasteBlock(splitClipboard(bad), cols, 0, opts, 4);
    expect(parsed.problems).toEqual([
      expect.stringContaining('第 4 行“部门经济科目”列：“12345”不是2021 年的部门经济科目'),
      expect.stringContaining('第 4 行“金额”列：“12元3”不是金额'),
      expect.stringContaining('第 5 行：粘贴了 7 列'),
      expect.stringContaining('第 5 行“部门经济科目”列：“部门经济科目”不能为空'),
    ]);
  });

  it('fills empty 支出类型, 政府经济科目 and 资金来源 of new rows as typing fills them', () => {
    const block = '2080199\t30201\t\t\t\t2000\n2080199\t30101\t\t\t\t1000\n';
    const parsed = parsePasteBlock(splitClipboard(block), cols, 0, opts, 2);
    expect(parsed.problems).toEqual([]);
    const above = { ...line, fundSource: '事业收入' as const };
    const plan = planPaste(parsed.rows, [above], 1, opts, basic);
    expect(plan.problems).toEqual([]);
    const typed = completeLine(
      { functionCode: '2080199', deptEconCode: '30201', amountFen: 200_000 },
      basic,
      above,
    );
    expect(plan.inserts[0]).toEqual('line' in typed ? typed.line : null);
    expect(plan.inserts.map((l) => [l.govEconCode, l.kind, l.fundSource])).toEqual([
      ['', '基本支出-公用经费', '事业收入'],
      ['', '基本支出-人员经费', '事业收入'],
    ]);
  });

  it('reads bare amounts in 万元 when the column shows 万元; an explicit unit wins', () => {
    const parsed = parsePasteBlock(
      [['3.5'], ['35000元'], ['1.2万']],
      cols,
      cols.length - 1,
      opts,
      1,
      'wan',
    );
    expect(parsed.rows.map((r) => r.amountFen)).toEqual([3_500_000, 3_500_000, 1_200_000]);
  });

  it('pasting amounts from the 金额 column updates existing rows and needs more for new rows', () => {
    const parsed = parsePasteBlock([['5'], ['6']], cols, cols.length - 1, opts, 1);
    const plan = planPaste(parsed.rows, [line], 0, opts, basic);
    expect(plan.updates).toEqual([{ before: line, after: { ...line, amountFen: 500 } }]);
    // The new row takes 功能科目 and 资金来源 from the row above, as a typed new row does.
    expect(plan.problems).toEqual([
      '第 2 行“部门经济科目”列：新行须填写部门经济科目，请在复制的区域中包含这一列并填上',
    ]);
  });
});

describe('applyValues / completeLine defaults', () => {
  it('re-defaults 政府经济科目 and 支出类型 when 部门经济科目 changes and they were defaults', () => {
    const next = applyValues(line, { deptEconCode: '30201' }, opts, basic);
    expect(next).toEqual({
      ...line,
      deptEconCode: '30201',
      govEconCode: '',
      kind: '基本支出-公用经费',
    });
    const kept = applyValues(
      { ...line, govEconCode: '50999' },
      { deptEconCode: '30102' },
      opts,
      basic,
    );
    expect(kept.govEconCode).toBe('50999');
  });

  it('gives a project grid line its project and fixed kind', () => {
    const scope: GridScope = { ...basic, fixedKind: '项目支出', projectCode: 'P1' };
    expect(
      completeLine({ functionCode: '2080199', deptEconCode: '31007', amountFen: 5 }, scope),
    ).toEqual({
      line: {
        ...line,
        id: undefined,
        deptEconCode: '31007',
        govEconCode: '',
        kind: '项目支出',
        projectCode: 'P1',
        amountFen: 5,
      },
    });
  });
});
