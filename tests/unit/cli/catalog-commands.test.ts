import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { BookDb } from '../../../src/main/ledger/book-db';
import { CENTER, NEW_ARGS_2021 } from '../../helpers/book-fixtures';
import { cli } from '../../helpers/cli-run';
import { HEADER, csvText, validRows } from '../../helpers/lines-csv';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-catcli-');
const NEW_ARGS = NEW_ARGS_2021;

let dir: string;
let book: string;
beforeEach(async () => {
  dir = tempDir();
  process.env.BUDGETDESK_DATA_DIR = join(dir, 'data');
  book = join(dir, 'b.sqlite');
  expect((await cli('new', book, ...NEW_ARGS)).code).toBe(0);
});

/** The book's function list as `catalog --csv` prints it. */
async function catalogCsv(path = book, kind = 'function'): Promise<string> {
  const res = await cli('catalog', path, '--csv', '--kind', kind);
  expect(res).toMatchObject({ code: 0, err: '' });
  return res.out;
}

/** One line of the sample's first row on function code `code`. */
function lineOn(code: string): string {
  const row = validRows()[0];
  row[HEADER.indexOf('功能科目编码')] = code;
  return csvText([row]);
}

describe('budgetdesk catalog / catalog-import', () => {
  it('catalog prints the book’s list; --csv is the import layout and round-trips unchanged', async () => {
    const plain = await cli('catalog', book);
    expect(plain.out).toMatch(/^2021 年支出功能分类（1775 个科目；来源：2021 年内置科目/);
    expect(plain.out).toContain('\n    2040201\t行政运行\n');
    expect(plain.out).toContain('2090101\t基本养老金〔待核实〕');
    const csv = await catalogCsv();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('科目编码,科目名称');
    expect(csv).toContain('\r\n2080199,其他人力资源和社会保障管理事务支出\r\n');
    const file = join(dir, '科目表.csv');
    writeFileSync(file, csv);
    const again = await cli('catalog-import', book, file);
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      '支出功能分类 1775 个科目（预算中现有 1775 个）。新增 0 个，删除 0 个，改名 0 个',
    );
    expect(await catalogCsv()).toBe(csv);
    const econ = await catalogCsv(book, 'dept-econ');
    expect(econ).toContain('\r\n30101,基本工资\r\n');
  });

  it('a code added by import can then be used by import-lines; --preview stores nothing', async () => {
    const lines = join(dir, 'lines.csv');
    writeFileSync(lines, lineOn('2080117'));
    const before = await cli('import-lines', book, lines);
    expect(before.code).toBe(2);
    expect(before.err).toContain('“2080117”');
    const file = join(dir, 'edited.csv');
    writeFileSync(
      file,
      (await catalogCsv())
        .replace('2080199,', '2080117,新设的人社事务\r\n2080199,')
        .replace('2080506,机关事业单位职业年金缴费支出', '2080506,职业年金缴费支出'),
    );
    const preview = await cli('catalog-import', book, file, '--preview');
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('新增 1 个，删除 0 个，改名 1 个');
    expect(preview.out).toContain('  新增  2080117 新设的人社事务');
    expect(preview.out).toContain(
      '  改名  2080506 机关事业单位职业年金缴费支出 → 职业年金缴费支出',
    );
    expect(preview.out).toContain('仅预览，未保存。');
    expect((await cli('import-lines', book, lines)).code).toBe(2);
    const done = await cli('catalog-import', book, file);
    expect(done.out).toContain('已导入：预算中的支出功能分类现有 1776 个科目。');
    // 历史版本 keeps the book as it was before the import (the preview took none).
    const kept = JSON.parse((await cli('snapshots', book, '--json')).out) as { reason: string }[];
    expect(kept.filter((v) => v.reason === 'before-catalog-import')).toHaveLength(1);
    const after = await cli('import-lines', book, lines);
    expect(after).toMatchObject({ code: 0, err: '' });
    expect((await cli('lines', book, '--csv')).out).toContain(',2080117,');
    expect((await cli('catalog', book)).out).toMatch(/来源：导入“edited\.csv”/);
  });

  it('a bad 科目表: exit 2, one message per bad row naming file, row and column, the book’s bytes unchanged', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        '2021年支出功能分类科目',
        '科目编码,科目名称',
        '208,社会保障和就业支出',
        '20801,人力资源和社会保障管理事务',
        '2080199,其他人力资源和社会保障管理事务支出',
        '208019X,坏编码',
        '2080101,',
        '2080199,重复',
        '2109901,没有上级的项',
      ].join('\r\n'),
    );
    const before = readFileSync(book);
    const res = await cli('catalog-import', book, file);
    expect(res.code).toBe(2);
    expect(res.out).toBe('');
    expect(res.err).toContain('出错：“bad.csv”有 4 处有误，未导入任何科目');
    expect(res.err).toContain(
      '“bad.csv”第 6 行，“科目编码”列（A）：“208019X”不是支出功能分类的科目编码（应为 3、5、7 位数字）',
    );
    expect(res.err).toContain(
      '“bad.csv”第 7 行，“科目名称”列（B）：编码“2080101”没有科目名称，请填写',
    );
    expect(res.err).toContain('“bad.csv”第 8 行，“科目编码”列（A）：编码“2080199”与第 5 行重复');
    expect(res.err).toContain(
      '“bad.csv”第 9 行，“科目编码”列（A）：“2109901 没有上级的项”的上级科目“21099”不在文件中',
    );
    expect(readFileSync(book).equals(before)).toBe(true);
    const kind = await cli('catalog-import', book, file, '--kind', 'econ');
    expect(kind.code).toBe(2);
    expect(kind.err).toContain('--kind 应为 function、dept-econ、gov-econ 之一');
  });

  it('reads one column “code name” / “[code]name” in GBK, and an .xlsx with a title row', async () => {
    const gbk = join(dir, 'gbk.csv');
    writeFileSync(
      gbk,
      iconv.encode(
        '财政局下发科目\r\n[301]工资福利支出\r\n30101 基本工资\r\n【30102】津贴补贴\r\n',
        'gbk',
      ),
    );
    const one = await cli('catalog-import', book, gbk, '--kind', 'dept-econ', '--preview');
    expect(one.code).toBe(0);
    expect(one.out).toContain('部门预算支出经济分类 3 个科目');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('科目');
    ws.addRow(['2021年政府预算支出经济分类科目']);
    ws.addRow(['科目编码', '科目名称']);
    ws.addRow([501, '机关工资福利支出']);
    ws.addRow([50101, '工资奖金津补贴']);
    const xlsx = join(dir, 'gov.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const x = await cli('catalog-import', book, xlsx, '--kind', 'gov-econ', '--preview');
    expect(x.code).toBe(0);
    expect(x.out).toContain('政府预算支出经济分类 2 个科目');
    expect(x.out).toMatch(/删除 \d+ 个/);
  });

  it('a code the file drops while a line uses it stays as 停用, and validate names the line (exit 1)', async () => {
    const lines = join(dir, 'lines.csv');
    writeFileSync(lines, lineOn('2080101'));
    expect((await cli('import-lines', book, lines)).code).toBe(0);
    const file = join(dir, 'dropped.csv');
    writeFileSync(file, (await catalogCsv()).replace('2080101,行政运行\r\n', ''));
    const res = await cli('catalog-import', book, file);
    expect(res.code).toBe(0);
    expect(res.out).toContain('停用但仍有明细使用 1 个');
    expect(res.out).toContain(
      '  停用  2080101 行政运行（文件中没有，仍有 1 条明细使用，保留待改）',
    );
    expect((await cli('catalog', book)).out).toContain('2080101\t行政运行〔停用，仍有明细使用〕');
    expect(await catalogCsv()).not.toContain('2080101,');
    const v = await cli('validate', book);
    expect(v.code).toBe(1);
    expect(v.out).toContain(
      '基本支出第 1 行（江门市人力资源和社会保障局信息中心，基本支出-人员经费，一般公共预算，53.74 万元）使用的功能科目“2080101 行政运行”已不在导入的 2021 年科目表中（已停用）',
    );
  });

  it('a provisional year says so', async () => {
    const path = join(dir, '2027.sqlite');
    BookDb.create(path, { year: 2027, packId: 'jiangmen-2022', unit: CENTER }).close();
    const res = await cli('catalog', path);
    expect(res.out.split('\n')[1]).toBe('2027 年科目为暂定，请导入财政部门下发的科目表');
    for (const name of ['catalog', 'catalog-import']) {
      const h = await cli(name, '--help');
      expect(h.out).toMatch(new RegExp(`^用法：budgetdesk ${name} `));
      expect(h.out).toContain('退出码');
    }
  });
});
