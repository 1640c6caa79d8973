/**
 * The whole document out of the seed book: a .docx that unzips to the cover, 目录, the four
 * parts, thirteen landscape table sections with repeated header rows and page-number footers;
 * a PDF printed by Chromium whose text holds the same, on A4 pages (the tables landscape).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/api/handlers';
import type { HandlerContext } from '../../../src/main/api/context';
import { documentFileName } from '../../../src/shared/export-names';
import { useTempDirs } from '../../helpers/temp-dir';
import { SEED_REASONS, seedBook } from './helpers';

const tempDir = useTempDirs('bd-docx-');

const TABLE_TITLES = [
  '收支总体情况表',
  '收入总体情况表',
  '支出总体情况表',
  '财政拨款收支总体情况表',
  '一般公共预算支出情况表（按功能分类科目）',
  '一般公共预算基本支出情况表（按经济分类款级科目）',
  '财政拨款安排的行政经费及“三公”经费预算表',
  '政府性基金预算支出情况表',
  '国有资本经营预算支出情况表',
  '一般公共预算项目支出情况表（按支出经济分类科目）',
  '部门预算基本支出预算表',
  '部门预算项目支出及其他支出预算表',
  '部门预算一级项目支出预算表',
];

const UNIT = '江门市人力资源和社会保障局信息中心';

async function exportSeed(
  format: 'docx' | 'pdf',
  printPdf?: HandlerContext['printPdf'],
): Promise<{ file: string; fileName: string }> {
  const dir = tempDir();
  const path = await seedBook(dir);
  const ctx: HandlerContext = { book: null, dataDir: dir, printPdf };
  const api = createHandlers(ctx);
  try {
    await api['book:open']({ path });
    for (const [subjectKey, reason] of Object.entries(SEED_REASONS))
      await api['reasons:set']({ subjectKey, reason });
    // Main writes the file where the clerk chose, under the name the save dialog proposes.
    const fileName = documentFileName(2021, UNIT, format);
    const file = join(dir, fileName);
    const res = await api['export:document']({ format, path: file });
    expect(res).toEqual({ path: file, size: statSync(file).size });
    return { file, fileName };
  } finally {
    ctx.book?.close();
  }
}

function unzipText(file: string, member: string): string {
  return execFileSync('unzip', ['-p', file, member], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The visible text of a WordprocessingML part: its w:t runs, concatenated. */
function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('the .docx', () => {
  it('holds the cover, 目录, the four parts and the thirteen tables in order', async () => {
    const { file, fileName } = await exportSeed('docx');
    expect(fileName).toBe(`2021年${UNIT}部门预算.docx`);
    const xml = unzipText(file, 'word/document.xml');
    const text = visibleText(xml);
    const order = [
      '2021年',
      UNIT,
      '部门预算',
      '目录',
      `第一部分 ${UNIT}概况`,
      '一、主要职责',
      '负责全市人力资源和社会保障系统信息化建设的规划',
      '第二部分 2021年部门预算表',
      ...TABLE_TITLES,
      '第三部分 2021年部门预算情况说明',
      '2021年本部门收入预算750.79万元,比上年减少436.66万元,下降36.77%,主要原因是社保卡发行接近饱和,收入预算减少',
      '服务类采购预算375万元等。',
      '网上业务办理量提升率为5%',
      '第四部分 名词解释',
      '十、“三公”经费：',
    ];
    // Each piece appears after the previous one (the 目录 lists the titles first, so search on).
    let at = 0;
    for (const piece of order) {
      const next = text.indexOf(piece, at);
      expect(next, `“${piece}” after position ${at}`).toBeGreaterThanOrEqual(0);
      at = next + piece.length;
    }
    expect(text).toContain('指市直行政（参公）单位、事业单位');
    expect(text).not.toContain('【请填写原因】');
  });

  it('prints each table in a landscape section with header rows repeated and page numbers in every footer', async () => {
    const { file } = await exportSeed('docx');
    const xml = unzipText(file, 'word/document.xml');
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(13);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(13 * 3);
    expect(xml).toContain('w:eastAsia="宋体"');
    const footerRefs = xml.match(/<w:footerReference /g) ?? [];
    expect(footerRefs.length).toBeGreaterThanOrEqual(16);
    const footer = unzipText(file, 'word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    // The 目录 entries link to bookmarks on their targets.
    expect(xml).toMatch(/<w:hyperlink [^>]*w:anchor="bd_table_7"/);
    expect(xml).toMatch(/<w:bookmarkStart w:name="bd_table_7"/);
  });
});

describe('the PDF', () => {
  it('is printed by Chromium: A4 pages, the tables landscape, the text of every part, page numbers', async () => {
    const { file, fileName } = await exportSeed('pdf');
    expect(fileName).toMatch(/部门预算\.pdf$/);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100', file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(19);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      (m) => Number(m[1]) > Number(m[2]),
    );
    expect(sizes.filter(Boolean).length).toBeGreaterThanOrEqual(13);
    expect(sizes[0]).toBe(false);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
      /[ \t]+/g,
      ' ',
    );
    for (const piece of [
      '目 录',
      '第一部分',
      '第二部分 2021年部门预算表',
      '第三部分 2021年部门预算情况说明',
      '第四部分 名词解释',
      ...TABLE_TITLES.slice(0, 9),
    ]) {
      expect(text.replace(/ /g, ''), piece).toContain(piece.replace(/ /g, ''));
    }
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('收入预算750.79万元,比上年减少436.66万元,下降36.77%');
    expect(flat).toContain('政府采购安排375万元');
    expect(flat).toContain(`第1页/共${pages}页`);
  }, 120_000);

  it('uses the printer the app provides (Electron’s printToPDF) when there is one', async () => {
    const printed: string[] = [];
    const { file } = await exportSeed('pdf', async (html) => {
      printed.push(html);
      return Buffer.from('%PDF-from-electron');
    });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('<section class="table-page landscape" id="table-13">');
    expect(printed[0]).toContain('第三部分 2021年部门预算情况说明');
    expect(execFileSync('cat', [file], { encoding: 'utf8' })).toBe('%PDF-from-electron');
  });
});
