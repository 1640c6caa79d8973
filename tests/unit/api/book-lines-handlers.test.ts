import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import { ApiFailure } from '../../../src/main/api/context';
import { servedApi } from '../../helpers/api-service';
import { centerProject } from '../../helpers/book-fixtures';
import { HEADER, csvText, validRows } from '../../helpers/lines-csv';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-api-');

function session() {
  const dir = tempDir();
  // The one invoke path the transports and the CLI serve.
  const served = servedApi({ dataDir: join(dir, 'data') });
  const api = served.api;
  const ctx = {
    dataDir: join(dir, 'data'),
    get book() {
      return served.book();
    },
  };
  const create = (name = 'a.sqlite') =>
    api['book:create']({
      path: join(dir, name),
      year: 2021,
      unitCode: '404011',
      unitName: '江门市人力资源和社会保障局信息中心',
      unitType: '事业单位',
    });
  return { dir, ctx, api, create };
}

async function failure(p: Promise<unknown>): Promise<ApiFailure> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ApiFailure);
  return e as ApiFailure;
}

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('book handlers', () => {
  it('creates, reopens and lists a book; remembers it; refuses to overwrite', async () => {
    const { dir, ctx, api, create } = session();
    const booksDir = join(ctx.dataDir, '预算文件');
    expect(await api['app:info']({})).toEqual({ version: pkg.version, recent: [], booksDir });
    expect(existsSync(booksDir)).toBe(true);
    expect(await api['book:summary']({})).toBeNull();
    const s = await create();
    expect(s).toEqual({
      year: 2021,
      packId: 'jiangmen-2021',
      unitCode: '404011',
      path: join(dir, 'a.sqlite'),
      unitName: '江门市人力资源和社会保障局信息中心',
      unitType: '事业单位',
      lineCount: 0,
      session: expect.stringMatching(/^[0-9a-f]{24}$/),
      packName: '江门市 2021 年部门预算公开表式',
    });
    expect((await api['app:info']({})).recent).toEqual([join(dir, 'a.sqlite')]);
    expect((await failure(create())).code).toBe('BOOK_EXISTS');
    const first = ctx.book;
    await create('b.sqlite');
    expect(first?.db.open).toBe(false); // opening another book closed the previous one
    await api['book:open']({ path: join(dir, 'a.sqlite') });
    // A bare file name is a book in the app's books folder, not in whatever folder the app started.
    const bare = await api['book:create']({
      path: '新账.sqlite',
      year: 2021,
      unitCode: '404011',
      unitName: '江门市人力资源和社会保障局信息中心',
      unitType: '事业单位',
    });
    expect(bare.path).toBe(join(booksDir, '新账.sqlite'));
    await api['book:open']({ path: join(dir, 'a.sqlite') });
    expect((await api['app:info']({})).recent).toEqual([
      join(dir, 'a.sqlite'),
      join(booksDir, '新账.sqlite'),
      join(dir, 'b.sqlite'),
    ]);
    await api['book:close']({});
    expect(ctx.book).toBeNull();
    expect((await failure(api['book:snapshot']({}))).code).toBe('BOOK_NOT_OPEN');
  });

  it('rejects bad create arguments and unreadable files with Chinese messages', async () => {
    const { dir, api } = session();
    const bad = await failure(
      api['book:create']({
        path: join(dir, 'x.sqlite'),
        year: 2031,
        unitCode: '404011',
        unitName: 'n',
        unitType: '事业单位',
      }),
    );
    expect(bad).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('“预算年度”应为 2021–2030 年之间的年份（收到“2031”）'),
    });
    const fields = await failure(
      api['book:create']({
        path: join(dir, 'y.sqlite'),
        year: 2021,
        unitCode: ' ',
        unitName: '',
        unitType: '企业' as never,
      }),
    );
    expect(fields.details).toEqual([
      '“单位编码”应为 3 至 20 位数字（字段 unitCode）',
      '“单位名称”不能为空（字段 unitName）',
      '“单位类型”应为 行政单位、参公事业单位、事业单位 之一（字段 unitType）',
    ]);
    expect((await failure(api['book:open']({ path: join(dir, 'none.sqlite') }))).code).toBe(
      'BOOK_NOT_FOUND',
    );
    writeFileSync(join(dir, 'text.sqlite'), 'hello');
    expect((await failure(api['book:open']({ path: join(dir, 'text.sqlite') }))).code).toBe(
      'NOT_A_BOOK',
    );
    expect(
      (
        await failure(
          api['book:create']({
            path: join(dir, 'no/such/dir/z.sqlite'),
            year: 2021,
            unitCode: '404011',
            unitName: 'n',
            unitType: '事业单位',
          }),
        )
      ).code,
    ).toBe('CANNOT_OPEN');
  });

  it('saves units, projects and the plan, with checks', async () => {
    const { api, create } = session();
    await create();
    await api['units:save']({
      unit: { code: '404012', name: '下属', type: '行政单位', parentCode: '404011' },
    });
    expect((await api['book:snapshot']({})).units.map((u) => u.code)).toEqual(['404011', '404012']);
    const loop = await failure(
      api['units:save']({
        unit: { code: '404011', name: 'x', type: '事业单位', parentCode: '404012' },
      }),
    );
    expect(loop.message).toContain('主管单位，不能有上级单位');
    const l1 = centerProject('P1', '一级', null);
    await api['projects:save']({ project: l1 });
    await api['projects:save']({
      project: {
        ...l1,
        code: 'P2',
        level: 2,
        parentCode: 'P1',
        isKey: true,
        approvedFen: 1_000_000,
      },
    });
    const orphan = await failure(
      api['projects:save']({ project: { ...l1, code: 'P3', level: 2, parentCode: 'NOPE' } }),
    );
    expect(orphan.message).toContain('二级项目须挂在已有的一级项目下');
    expect((await failure(api['projects:delete']({ code: 'P1' }))).code).toBe('IN_USE');
    await api['plan:set']({
      entry: { unitCode: '404011', fundSource: '一般公共预算', amountFen: 723_030_000 },
    });
    expect(await api['plan:list']({})).toEqual([
      { unitCode: '404011', fundSource: '一般公共预算', amountFen: 723_030_000 },
    ]);
    expect(
      (
        await failure(
          api['plan:set']({
            entry: { unitCode: '404011', fundSource: '一般公共预算', amountFen: 1.5 },
          }),
        )
      ).message,
    ).toContain('整数分');
  });
});

describe('line handlers', () => {
  it('saves a line with the default 政府 code, updates it, refuses bad lines and missing ids', async () => {
    const { api, create } = session();
    await create();
    const [saved] = await api['lines:save-many']({
      lines: [
        {
          unitCode: '404011',
          functionCode: '2080199',
          deptEconCode: '30101',
          govEconCode: '',
          kind: '基本支出-人员经费',
          projectCode: null,
          fundSource: '一般公共预算',
          amountFen: 100,
        },
      ],
    });
    expect(saved.govEconCode).toBe('50501');
    const [updated] = await api['lines:save-many']({ lines: [{ ...saved, amountFen: 250 }] });
    expect(updated).toEqual({ ...saved, amountFen: 250 });
    const bad = await failure(
      api['lines:save-many']({
        lines: [{ ...saved, id: undefined, functionCode: '2080198', kind: '项目支出' }],
      }),
    );
    expect(bad.code).toBe('BAD_INPUT');
    expect(bad.details).toEqual([
      expect.stringContaining('“功能科目编码”：功能科目编码“2080198”'),
      expect.stringContaining('项目支出须选择二级项目'),
    ]);
    const missing = await failure(api['lines:save-many']({ lines: [{ ...saved, id: 999 }] }));
    expect(missing.code).toBe('NOT_FOUND');
    const gone = await failure(api['lines:save-many']({ lines: [], deleteIds: [saved.id, 999] }));
    expect(gone.code).toBe('NOT_FOUND');
    expect(await api['lines:list']({})).toHaveLength(1);
    await api['lines:save-many']({ lines: [], deleteIds: [saved.id] });
    expect(await api['lines:list']({})).toEqual([]);
  });

  it('imports a file, rejects a bad one with per-row details, and its CSV export round-trips', async () => {
    const { api, create } = session();
    await create();
    expect(
      await api['lines:import']({ fileName: 'l.csv', contentBase64: b64(csvText(validRows())) }),
    ).toEqual({ imported: 4, unitsCreated: 1, projectsCreated: 2 });
    const rows = validRows();
    rows[0][HEADER.indexOf('资金来源')] = '拨款';
    const bad = await failure(
      api['lines:import']({ fileName: 'bad.csv', contentBase64: b64(csvText(rows)) }),
    );
    expect(bad.code).toBe('IMPORT_REJECTED');
    expect(bad.details).toEqual([
      expect.stringMatching(/^第 2 行，“资金来源”列：“拨款”不是资金来源/),
    ]);
    expect(await api['lines:list']({})).toHaveLength(4);
    expect(
      (await failure(api['lines:import']({ fileName: 'x.csv', contentBase64: '@@@' }))).message,
    ).toContain('base64');

    const { csv } = await api['lines:export-csv']({});
    expect(csv.startsWith('\uFEFF' + HEADER.join(','))).toBe(true);
    const before = (await api['lines:list']({})).map(({ id: _id, ...l }) => l);
    await create('copy.sqlite');
    await api['lines:import']({ fileName: 'export.csv', contentBase64: b64(csv) });
    expect((await api['lines:list']({})).map(({ id: _id, ...l }) => l)).toEqual(before);
    expect((await api['lines:export-csv']({})).csv).toBe(csv);
    expect((await api['lines:list']({ unitCode: '404012' })).map((l) => l.unitCode)).toEqual([
      '404012',
    ]);
  });
});
