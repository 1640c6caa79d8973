import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../src/main/api/context';
import { importLinesFile } from '../../../src/main/import/lines-import';
import { BookDb } from '../../../src/main/ledger/book-db';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import { INIT_2021 } from '../../helpers/book-fixtures';
import {
  HEADER,
  L1_CODE,
  L2_CODE,
  csvText,
  utf8,
  validRows,
  xlsxBytes,
} from '../../helpers/lines-csv';

let book: BookDb;
beforeEach(() => {
  book = BookDb.openMemory(INIT_2021);
});
afterEach(() => book.close());

/** Imports and expects a rejection that left the book exactly as it was. */
async function rejected(fileName: string, bytes: Uint8Array): Promise<ApiFailure> {
  const before = loadSnapshot(book);
  const err = await importLinesFile(book, fileName, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiFailure);
  const failure = err as ApiFailure;
  expect(failure.code).toBe('IMPORT_REJECTED');
  expect(failure.message).toContain('未导入任何数据');
  expect(loadSnapshot(book)).toEqual(before);
  return failure;
}

function withRow(index: number, col: string, value: string): string[][] {
  const rows = validRows();
  rows[index][HEADER.indexOf(col)] = value;
  return rows;
}

describe('import-lines: valid files', () => {
  it('imports a UTF-8 CSV, creating units and projects and defaulting the 政府 code', async () => {
    const res = await importLinesFile(book, 'lines.csv', utf8(csvText(validRows())));
    expect(res).toEqual({ imported: 4, unitsCreated: 1, projectsCreated: 2 });
    const snap = loadSnapshot(book);
    expect(snap.units[1]).toEqual({
      code: '404012',
      name: '江门市下属单位',
      type: '行政单位',
      parentCode: '404011',
    });
    expect(snap.projects.map((p) => [p.code, p.level, p.parentCode])).toEqual([
      [L1_CODE, 1, null],
      [L2_CODE, 2, L1_CODE],
    ]);
    expect(snap.projects[1].name).toBe('网络信息安全加固项目, "一期"');
    expect(snap.lines.map((l) => [l.govEconCode, l.kind, l.amountFen])).toEqual([
      ['50501', '基本支出-人员经费', 53_740_000],
      ['50306', '项目支出', 100_000_000],
      ['', '结转下年', 5],
      ['50201', '基本支出-公用经费', -1230],
    ]);
    expect(snap.lines[1].projectCode).toBe(L2_CODE);
  });

  it('accepts UTF-8 with BOM, and GBK as Excel saves it, with names intact', async () => {
    await importLinesFile(book, 'bom.csv', utf8(csvText(validRows()), true));
    const gbk = new Uint8Array(iconv.encode(csvText(validRows()), 'gbk'));
    const other = BookDb.openMemory(INIT_2021);
    expect((await importLinesFile(other, 'gbk.csv', gbk)).imported).toBe(4);
    expect(loadSnapshot(other).units[1].name).toBe('江门市下属单位');
    expect(loadSnapshot(other).projects[1].name).toBe('网络信息安全加固项目, "一期"');
    expect(loadSnapshot(other).lines).toEqual(loadSnapshot(book).lines);
    other.close();
  });

  it('imports an .xlsx with numeric amounts and text codes', async () => {
    const rows: (string | number)[][] = validRows().map((r) => [
      ...r.slice(0, 12),
      Number(r[12].replace(/,/g, '')),
    ]);
    expect((await importLinesFile(book, 'lines.xlsx', await xlsxBytes(rows))).imported).toBe(4);
    expect(loadSnapshot(book).lines.map((l) => l.amountFen)).toEqual([
      53_740_000, 100_000_000, 5, -1230,
    ]);
  });

  it('skips blank rows, accepts full-width brackets in the header', async () => {
    const header = HEADER.map((h) => h.replace('(', '（').replace(')', '）'));
    const text = csvText(validRows(), header).replace('\r\n', '\r\n,,,,,,,,,,,,\r\n');
    expect((await importLinesFile(book, 'x.csv', utf8(text))).imported).toBe(4);
  });
});

describe('import-lines: bad input is rejected with a message per row and nothing written', () => {
  it('wrong header names the expected header', async () => {
    const header = [...HEADER];
    [header[3], header[4]] = [header[4], header[3]];
    const f = await rejected('h.csv', utf8(csvText(validRows(), header)));
    expect(f.message).toContain('第 4 列（D）应为“功能科目编码”，实际为“部门经济科目编码”');
    expect(f.message).toContain(HEADER.join(','));
  });

  it('missing header (data in row 1)', async () => {
    const text = csvText(validRows()).split('\r\n').slice(1).join('\r\n');
    const f = await rejected('noheader.csv', utf8(text));
    expect(f.message).toMatch(/第 1 行的表头不对：第 1 列（A）应为“单位编码”，实际为“404011”/);
  });

  it('unknown function and economic codes', async () => {
    const rows = withRow(0, '功能科目编码', '2080198');
    rows[1][HEADER.indexOf('部门经济科目编码')] = '39998';
    rows[3][HEADER.indexOf('政府经济科目编码')] = '50901';
    const f = await rejected('codes.csv', utf8(csvText(rows)));
    expect(f.details).toHaveLength(3);
    expect(f.details?.[0]).toMatch(/^第 2 行，“功能科目编码”列：功能科目编码“2080198”不是 2021 年/);
    expect(f.details?.[1]).toMatch(/^第 3 行，“部门经济科目编码”列：.*“39998”/);
    expect(f.details?.[2]).toMatch(
      /^第 5 行，“政府经济科目编码”列：政府经济科目“50901”不能与部门经济科目“30201”对应（行政单位默认对应“50201”）/,
    );
  });

  it('unknown 支出类型 and 资金来源', async () => {
    const rows = withRow(0, '支出类型', '基本支出');
    rows[2][HEADER.indexOf('资金来源')] = '财政拨款';
    const f = await rejected('kinds.csv', utf8(csvText(rows)));
    expect(f.details?.[0]).toMatch(
      /^第 2 行，“支出类型”列：“基本支出”不是支出类型，应为以下之一：基本支出-人员经费、/,
    );
    expect(f.details?.[1]).toMatch(/^第 4 行，“资金来源”列：“财政拨款”不是资金来源/);
  });

  it('text or three decimals in 金额', async () => {
    const rows = withRow(0, '金额(元)', '一百元');
    rows[1][HEADER.indexOf('金额(元)')] = '12.345';
    const f = await rejected('amount.csv', utf8(csvText(rows)));
    expect(f.details).toEqual([
      expect.stringMatching(/^第 2 行，“金额\(元\)”列：“一百元”不是金额/),
      expect.stringMatching(/^第 3 行，“金额\(元\)”列：“12\.345”小数位过多/),
    ]);
  });

  it('a 项目支出 line without a project, and a basic line naming one', async () => {
    const rows = withRow(1, '二级项目编码', '');
    rows[0][HEADER.indexOf('一级项目编码')] = L1_CODE;
    const f = await rejected('proj.csv', utf8(csvText(rows)));
    expect(f.details).toEqual([
      expect.stringMatching(/^第 2 行，“一级项目编码”列：只有“项目支出”可填写项目/),
      expect.stringMatching(/^第 3 行，“二级项目编码”列：项目支出须填写二级项目编码/),
    ]);
  });

  it('a unit whose name differs from the book, and a project redeclared differently', async () => {
    const rows = withRow(0, '单位名称', '别的名字');
    rows.push([...rows[1]]);
    rows[4][HEADER.indexOf('二级项目名称')] = '另一个名称';
    const f = await rejected('units.csv', utf8(csvText(rows)));
    expect(f.details?.[0]).toMatch(
      /第 2 行，“单位名称”列：单位“404011”在预算文件中的名称是“江门市人力资源和社会保障局信息中心”，与本行“别的名字”不一致/,
    );
    expect(f.details?.[1]).toMatch(
      /第 6 行，“二级项目编码”列：二级项目“440700210000000099001”在第 3 行的名称是/,
    );
  });

  it('a 21-digit code typed into a number cell of an .xlsx', async () => {
    const rows: (string | number)[][] = validRows();
    rows[1][HEADER.indexOf('二级项目编码')] = Number(L2_CODE);
    const f = await rejected('lossy.xlsx', await xlsxBytes(rows));
    expect(f.details?.[0]).toMatch(/^第 3 行，“二级项目编码”列：单元格是数字.*15 位有效数字/);
  });

  it('an empty file, a header-only file, an old .xls, an unclosed quote', async () => {
    expect((await rejected('empty.csv', new Uint8Array())).message).toContain('是空文件');
    expect((await rejected('blank.csv', utf8('\r\n\r\n'))).message).toContain('没有任何内容');
    expect((await rejected('head.csv', utf8(csvText([])))).message).toContain('只有表头');
    expect((await rejected('old.xls', utf8('x'))).message).toContain('另存为 .xlsx');
    expect((await rejected('q.csv', utf8(csvText(validRows()) + '"open'))).message).toContain(
      '第 6 行的引号没有闭合',
    );
  });

  it('collects every bad row, not just the first', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => {
      const r = validRows()[0];
      if (i % 10 === 3) r[HEADER.indexOf('金额(元)')] = 'x';
      return r;
    });
    const f = await rejected('many.csv', utf8(csvText(rows)));
    expect(f.details?.map((d) => d.split('，')[0])).toEqual([
      '第 5 行',
      '第 15 行',
      '第 25 行',
      '第 35 行',
      '第 45 行',
    ]);
    expect(f.message).toContain('有 5 行有误');
  });
});

describe('import-lines: volume', () => {
  it('imports 100,000 valid rows (its time is printed, not asserted)', async () => {
    const base = validRows();
    const rows = Array.from({ length: 100_000 }, (_, i) => {
      const r = [...base[i % base.length]];
      r[HEADER.indexOf('金额(元)')] = `${(i * 37) % 100000}.${String(i % 100).padStart(2, '0')}`;
      return r;
    });
    const bytes = utf8(csvText(rows), true);
    const t0 = performance.now();
    const res = await importLinesFile(book, 'big.csv', bytes);
    const ms = performance.now() - t0;
    console.log(
      `import of 100,000 rows (${(bytes.length / 1e6).toFixed(1)} MB CSV): ${ms.toFixed(0)} ms`,
    );
    expect(res.imported).toBe(100_000);
    expect(book.db.prepare('SELECT count(*) AS n FROM line_items').get()).toEqual({ n: 100_000 });
  });
});
