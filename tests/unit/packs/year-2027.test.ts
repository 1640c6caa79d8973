/**
 * The yearly cycle in a year with no template or catalog of its own: a 2027 book made by `new`,
 * filled by import-lines with the 行政运行 of eleven 类, checked, exported and documented — and
 * the 2022 roll of the built-in sample, which documents through the 2021 pack it extends.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli-run';
import { csvText } from '../../helpers/lines-csv';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-2027-');
let dir: string;
beforeEach(() => {
  dir = tempDir();
  process.env.BUDGETDESK_DATA_DIR = join(dir, 'data');
});

/** 行政运行 of eleven 类: 一般公共服务, 公共安全, 教育, 科技, 文旅, 社保, 卫健, 城乡社区, 农业农村, 交通运输, 应急管理. */
const ADMIN_RUN = [
  '2010101',
  '2040201',
  '2050101',
  '2060101',
  '2070101',
  '2080101',
  '2100101',
  '2120101',
  '2130101',
  '2140101',
  '2240101',
];

/** The visible text of a .docx (its word/document.xml runs). */
function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function line(functionCode: string, yuan: number): string[] {
  const unit = ['501001', '江门市某局', '行政单位', functionCode];
  return [...unit, '30101', '', '基本支出-人员经费', '', '', '', '', '一般公共预算', String(yuan)];
}

describe('a 2027 book through the whole cycle', () => {
  it('new, import-lines on eleven 类, validate, export and document with no error', async () => {
    const book = join(dir, '2027.sqlite');
    const made = await cli(
      'new',
      book,
      '--year',
      '2027',
      '--unit-code',
      '501001',
      '--unit-name',
      '江门市某局',
      '--unit-type',
      '行政单位',
    );
    expect(made.err).toBe('');
    expect(made.out).toContain('表式：江门市 2027 年部门预算公开表式');

    const rows = ADMIN_RUN.map((code, i) => line(code, 10000 * (i + 1)));
    writeFileSync(join(dir, 'lines.csv'), csvText(rows));
    const imported = await cli('import-lines', book, join(dir, 'lines.csv'));
    expect(imported).toMatchObject({ code: 0, err: '' });
    const total = ADMIN_RUN.reduce((s, _, i) => s + 10000 * (i + 1), 0);
    expect(
      (await cli('plan', book, '--source', '一般公共预算', '--amount', String(total))).code,
    ).toBe(0);
    const checked = await cli('validate', book);
    expect(checked.out).toContain('没有错误');
    expect(checked.code).toBe(0);

    const xlsx = join(dir, '2027.xlsx');
    expect(await cli('export', book, '--out', xlsx)).toMatchObject({ code: 0, err: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = (n: number) => wb.worksheets.find((s) => s.name.startsWith(`表${n} `));
    const t1 = sheet(1);
    const t5 = sheet(5);
    const texts = (ws: ExcelJS.Worksheet | undefined): string[] => {
      const out: string[] = [];
      ws?.eachRow((r) => r.eachCell((c) => out.push(String(c.value ?? ''))));
      return out;
    };
    // The Jiangmen layout prints no year in a table's title; the unit and 单位 line are there.
    expect(texts(t1).slice(0, 2)).toEqual(['收支总体情况表', '收支总体情况表']);
    expect(texts(t1)).toContain('单位名称：江门市某局');
    // Table 5 prints each 类 and its 行政运行 项, codes and names from the 2027 catalog.
    const t5text = texts(t5).join('\n');
    for (const code of ADMIN_RUN) {
      expect(t5text).toContain(`[${code.slice(0, 3)}]`);
      expect(t5text).toContain(`[${code}]行政运行`);
    }

    const docx = join(dir, '2027.docx');
    const documented = await cli('document', book, '--out', docx);
    expect(documented.code).toBe(0);
    expect(documented.err).not.toContain('出错');
    const text = docxText(docx);
    expect(text).toContain('第二部分 2027年部门预算表');
    expect(text).toContain('第四部分 名词解释');
    expect(text).toContain('[2240101]行政运行');

    // The next year's cycle starts from this book: 2027 → 2028 carries the eleven lines.
    const next = join(dir, '2028.sqlite');
    const rolled = await cli('roll', book, next);
    expect(rolled.err).toBe('');
    expect(rolled.out).toMatch(/基本支出明细 11 行.*表式：江门市 2028 年部门预算公开表式/);
    expect((await cli('document', next, '--out', join(dir, '2028.docx'))).code).toBe(0);
  });

  it('the sample rolled to 2022 makes its whole document', async () => {
    const a = join(dir, '示例.sqlite');
    const b = join(dir, '2022.sqlite');
    expect((await cli('sample', a)).code).toBe(0);
    const rolled = await cli('roll', a, b, '--year', '2022');
    expect(rolled).toMatchObject({ code: 0, err: '' });
    const docx = join(dir, 'x.docx');
    const documented = await cli('document', b, '--out', docx);
    expect(documented.code).toBe(0);
    expect(documented.err).not.toContain('出错');
    // 第三部分 and 第四部分 come from the 2021 pack the 2022 pack extends.
    const text = docxText(docx);
    expect(text).toContain('第二部分 2022年部门预算表');
    expect(text).toContain('2022年部门预算情况说明');
    expect(text).toContain('指市直行政（参公）单位、事业单位用于因公出国（境）');
  });

  it('roll refuses to go past 2030, naming the range', async () => {
    const book = join(dir, '2030.sqlite');
    const args = ['--unit-code', '101', '--unit-name', '某局', '--unit-type', '行政单位'];
    expect((await cli('new', book, '--year', '2030', ...args)).code).toBe(0);
    const r = await cli('roll', book, join(dir, '2031.sqlite'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      '“预算年度”应为 2021–2030 年之间的年份（收到“2031”），不能结转到 2031 年',
    );
    expect(existsSync(join(dir, '2031.sqlite'))).toBe(false);
  });

  it('new refuses a year outside 2021–2030, naming the range', async () => {
    for (const year of ['2020', '2031']) {
      const r = await cli(
        'new',
        join(dir, `${year}.sqlite`),
        '--year',
        year,
        '--unit-code',
        '101',
        '--unit-name',
        '某局',
        '--unit-type',
        '行政单位',
      );
      expect(r.code).toBe(2);
      expect(r.err).toContain(`“预算年度”应为 2021–2030 年之间的年份（收到“${year}”）`);
      expect(existsSync(join(dir, `${year}.sqlite`))).toBe(false);
    }
  });
});
