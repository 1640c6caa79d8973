/**
 * lines:save-many (paste, undo/redo steps), projects and their 绩效指标 on a real in-memory book.
 */
import { describe, expect, it } from 'vitest';
import { ApiFailure, type HandlerContext } from '../../../src/main/api/context';
import { lineHandlers } from '../../../src/main/api/handlers/lines';
import { projectHandlers } from '../../../src/main/api/handlers/projects';
import { BookDb } from '../../../src/main/ledger/book-db';
import { listIndicators } from '../../../src/main/ledger/indicators';
import { listLines } from '../../../src/main/ledger/lines';
import type { LineItemInput, Project } from '../../../src/shared/domain';
import { INIT_2021, centerProject } from '../../helpers/book-fixtures';

function session() {
  const book = BookDb.openMemory(INIT_2021);
  const ctx: HandlerContext = { book, dataDir: '/nonexistent' };
  return { book, api: { ...lineHandlers(ctx), ...projectHandlers(ctx) } };
}

const line = (dept: string, fen: number, extra: Partial<LineItemInput> = {}): LineItemInput => ({
  unitCode: '404011',
  functionCode: '2080199',
  deptEconCode: dept,
  govEconCode: '',
  kind: '基本支出-人员经费',
  projectCode: null,
  fundSource: '一般公共预算',
  amountFen: fen,
  ...extra,
});

async function failure(p: Promise<unknown>): Promise<ApiFailure> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ApiFailure);
  return e as ApiFailure;
}

describe('lines:save-many', () => {
  it('inserts a block in one call, defaulting the 政府 code by unit type', async () => {
    const { book, api } = session();
    const saved = await api['lines:save-many']({
      lines: [line('30101', 100), line('30201', 250, { kind: '基本支出-公用经费' })],
    });
    expect(saved.map((l) => [l.deptEconCode, l.govEconCode, l.amountFen])).toEqual([
      ['30101', '50501', 100],
      ['30201', '50502', 250],
    ]);
    expect(listLines(book)).toEqual(saved);
  });

  it('writes nothing when one row of the block is bad, naming the row', async () => {
    const { book, api } = session();
    const [kept] = await api['lines:save-many']({ lines: [line('30101', 100)] });
    const e = await failure(
      api['lines:save-many']({
        lines: [{ ...kept, amountFen: 999 }, line('30101', 5), line('12345', 7)],
      }),
    );
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toContain('第 3 行');
    expect(e.message).toContain('部门经济科目');
    expect(listLines(book)).toEqual([kept]);
  });

  it('rolls back deletes and updates when a later update names a missing line', async () => {
    const { book, api } = session();
    const [a, b] = await api['lines:save-many']({ lines: [line('30101', 1), line('30102', 2)] });
    const e = await failure(
      api['lines:save-many']({
        deleteIds: [a.id],
        lines: [
          { ...b, amountFen: 20 },
          { ...line('30103', 3), id: 999 },
        ],
      }),
    );
    expect(e.code).toBe('NOT_FOUND');
    expect(listLines(book)).toEqual([a, b]);
  });

  it('deletes and restores lines under their old ids (undo of a delete)', async () => {
    const { book, api } = session();
    const saved = await api['lines:save-many']({
      lines: [line('30101', 1), line('30102', 2), line('30103', 3)],
    });
    await api['lines:save-many']({ lines: [], deleteIds: [saved[0].id, saved[2].id] });
    expect(listLines(book)).toEqual([saved[1]]);
    expect((await failure(api['lines:save-many']({ lines: [saved[0]] }))).code).toBe('NOT_FOUND');
    await api['lines:save-many']({ lines: [saved[0], saved[2]], restore: true });
    expect(listLines(book)).toEqual(saved);
    expect((await failure(api['lines:save-many']({ lines: [], deleteIds: [77] }))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('indicators', () => {
  const proj = (code: string, parentCode: string | null): Project =>
    centerProject(code, `项目${code}`, parentCode, { isKey: true });

  it('replaces a project’s indicators in order and refuses bad ones in Chinese', async () => {
    const { api, book } = session();
    await api['projects:save']({ project: proj('P1', null) });
    await api['projects:save']({ project: proj('P11', 'P1') });
    const items = [
      { tier: '产出指标', category: '数量指标', name: '加固系统数', value: '≥5', unit: '个' },
      {
        tier: '满意度指标',
        category: '服务对象满意度指标',
        name: '满意度',
        value: '≥90',
        unit: '%',
      },
    ] as const;
    const saved = await api['indicators:replace']({ projectCode: 'P11', items: [...items] });
    expect(saved.map((i) => [i.projectCode, i.name])).toEqual([
      ['P11', '加固系统数'],
      ['P11', '满意度'],
    ]);
    expect(listIndicators(book, 'P11')).toEqual(saved);
    const bad = await failure(
      api['indicators:replace']({
        projectCode: 'P11',
        items: [{ ...items[0], tier: '效果指标' as '产出指标', name: ' ' }],
      }),
    );
    expect(bad.message).toContain('第 1 个指标的“一级指标”');
    expect(bad.message).toContain('“指标名称”不能为空');
    expect(listIndicators(book, 'P11')).toEqual(saved);
    const none = await failure(api['indicators:replace']({ projectCode: 'NOPE', items: [] }));
    expect(none.message).toContain('项目“NOPE”不存在');
  });
});
